// Leaflet's stylesheets come with this lazily loaded chunk, as files of this
// site (bundled from node_modules, no CDN) linked when the map first shows:
// not up front on every page, and not as inline <style>, so the
// Content-Security-Policy needs no 'unsafe-inline' for styles.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import clusterCss from 'react-leaflet-cluster/dist/assets/MarkerCluster.css?url';
import clusterDefaultCss from 'react-leaflet-cluster/dist/assets/MarkerCluster.Default.css?url';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { Circle, MapContainer, TileLayer } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import type { LatLon } from '../../lib/geo/distance';
import { hasPoint, type SearchRecord } from '../../lib/search/record';
import { TILE_REFERRER_POLICY } from '../../lib/site-config';
import { useFinderText } from './i18n';
import { iconFor, popupContent, radiusForView } from './map-markers';

export interface FinderMapProps {
  /** Loaded records by ordinal. */
  records: readonly (SearchRecord | undefined)[];
  /** Ordinals of the results to show. */
  order: Int32Array;
  selectedId?: string;
  /** Incremented when the list asks the map to show the selected facility. */
  focusRequest: number;
  onSelect(id: string): void;
  center?: LatLon;
  radius: number;
  /** Changes with the place, radius or state: the map then fits the circle or the results. */
  fitKey: string;
  onSearchArea(center: LatLon, miles: number): void;
  tileUrl: string;
  tileAttribution: string;
  /** False while the panel is hidden (no results): Leaflet re-measures when it shows again. */
  visible?: boolean;
}

if (typeof document !== 'undefined' && !document.querySelector('link[data-map-styles]')) {
  for (const href of [leafletCss, clusterCss, clusterDefaultCss]) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.mapStyles = '';
    document.head.append(link);
  }
}

const METERS_PER_MILE = 1609.344;
/** Wait this long after the results change before updating markers. */
const MARKER_DELAY_MS = 250;
/** Without a place, refit to the results this long after they stop changing. */
const REFIT_DELAY_MS = 800;
/** Markers created and added per task. */
const MARKER_SLICE = 1500;
const US_CENTER: [number, number] = [39.5, -98.35];

/** A phone or tablet: one finger must scroll the page, not drag the map. */
function isTouchFirst(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches === true;
}

/**
 * Results on a Leaflet map, clustered so thousands stay smooth. Markers are
 * managed imperatively (added and removed in batches) rather than as one
 * React element each.
 */
export default function FinderMap(props: FinderMapProps) {
  const { records, order, selectedId, focusRequest, center, radius, fitKey } = props;
  const [map, setMap] = useState<L.Map | null>(null);
  const [cluster, setCluster] = useState<L.MarkerClusterGroup | null>(null);
  const [moved, setMoved] = useState(false);
  const { locale, t: text } = useFinderText();
  const t = text.map;
  const [touchFirst] = useState(isTouchFirst);
  const [active, setActive] = useState(!touchFirst);
  const markers = useRef(new Map<string, { marker: L.Marker; record: SearchRecord }>());
  const onMap = useRef(new Set<string>());
  const programmatic = useRef(false);
  const onSelect = useRef(props.onSelect);
  onSelect.current = props.onSelect;

  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;

  const markerFor = (record: SearchRecord): L.Marker => {
    const known = markers.current.get(record.id);
    if (known) return known.marker;
    const marker = L.marker([record.lat, record.lon], {
      icon: iconFor(record, record.id === selectedRef.current),
      title: record.name,
      keyboard: true,
    });
    marker.bindPopup(() => popupContent(record, locale));
    marker.on('click', () => onSelect.current(record.id));
    // Leaflet makes markers focusable but reports Enter only as a keypress.
    marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
      if (event.originalEvent.key !== 'Enter' && event.originalEvent.key !== ' ') return;
      event.originalEvent.preventDefault();
      onSelect.current(record.id);
      marker.openPopup();
    });
    markers.current.set(record.id, { marker, record });
    return marker;
  };

  // Markers follow the results a moment after they settle (typing is not
  // held up by the map), in slices so a national search with thousands of
  // results never blocks the page for long. Markers are made once and reused.
  useEffect(() => {
    if (!cluster) return;
    let timer = window.setTimeout(() => {
      const list: SearchRecord[] = [];
      const wanted = new Set<string>();
      for (const i of order) {
        const r = records[i];
        if (r && hasPoint(r)) {
          list.push(r);
          wanted.add(r.id);
        }
      }
      const remove: L.Layer[] = [];
      for (const id of onMap.current) if (!wanted.has(id)) remove.push(markers.current.get(id)!.marker);
      if (remove.length > MARKER_SLICE || remove.length > onMap.current.size / 2) {
        // Mostly new results: starting over is far cheaper than removing one by one.
        cluster.clearLayers();
        onMap.current.clear();
      } else if (remove.length) {
        cluster.removeLayers(remove);
        for (const id of onMap.current) if (!wanted.has(id)) onMap.current.delete(id);
      }
      let pos = 0;
      const step = () => {
        const add: L.Layer[] = [];
        for (const end = Math.min(list.length, pos + MARKER_SLICE); pos < end; pos++) {
          const record = list[pos]!;
          if (onMap.current.has(record.id)) continue;
          add.push(markerFor(record));
          onMap.current.add(record.id);
        }
        if (add.length) cluster.addLayers(add);
        if (pos < list.length) timer = window.setTimeout(step, 0);
      };
      step();
    }, MARKER_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [cluster, records, order]);

  // Highlight the selected facility.
  const previous = useRef<string | undefined>(undefined);
  useEffect(() => {
    const prev = previous.current && markers.current.get(previous.current);
    if (prev) prev.marker.setIcon(iconFor(prev.record, false)).setZIndexOffset(0);
    const next = selectedId ? markers.current.get(selectedId) : undefined;
    if (next) next.marker.setIcon(iconFor(next.record, true)).setZIndexOffset(1000);
    previous.current = selectedId;
  }, [selectedId, order]);

  // The list asked to see a facility: zoom to it and open its popup.
  useEffect(() => {
    if (!focusRequest || !cluster || !selectedId) return;
    const entry = markers.current.get(selectedId);
    if (!entry) return;
    programmatic.current = true;
    cluster.zoomToShowLayer(entry.marker, () => entry.marker.openPopup());
    // If nothing had to move, no moveend clears the flag.
    const timer = window.setTimeout(() => (programmatic.current = false), 1000);
    return () => window.clearTimeout(timer);
    // Runs per request only: a new selection alone must not move the map.
  }, [focusRequest]);

  const fitResults = () => {
    if (!map) return;
    let south = 90;
    let north = -90;
    let west = 180;
    let east = -180;
    for (const i of order) {
      const r = records[i];
      if (!r || !hasPoint(r)) continue;
      if (r.lat < south) south = r.lat;
      if (r.lat > north) north = r.lat;
      if (r.lon < west) west = r.lon;
      if (r.lon > east) east = r.lon;
    }
    if (south > north) return;
    programmatic.current = true;
    map.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      { maxZoom: 12, animate: false, padding: [16, 16] },
    );
    // Leaflet may not fire moveend when the view does not change.
    window.setTimeout(() => (programmatic.current = false), 0);
  };

  // A new place, radius or state (or the map showing again): fit the radius
  // circle, or the results.
  const visible = props.visible !== false;
  useEffect(() => {
    if (!map || !visible) return;
    map.invalidateSize({ animate: false });
    setMoved(false);
    if (center) {
      programmatic.current = true;
      map.fitBounds(L.latLng(center.lat, center.lon).toBounds(radius * 2 * METERS_PER_MILE), { animate: false });
      window.setTimeout(() => (programmatic.current = false), 0);
    } else fitResults();
  }, [map, fitKey, visible]);

  // Without a place, follow the results once typing settles, unless the
  // person has moved the map themselves.
  useEffect(() => {
    if (!map || center || moved || !visible) return;
    const timer = window.setTimeout(fitResults, REFIT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [map, order]);

  // Enter on a focused cluster zooms into it, like a click.
  useEffect(() => {
    if (!cluster) return;
    const onKey = (event: L.LeafletEvent) => {
      const key = (event as L.LeafletKeyboardEvent).originalEvent?.key;
      if (key === 'Enter' || key === ' ') (event.propagatedFrom ?? event.layer)?.zoomToBounds?.();
    };
    cluster.on('clusterkeypress', onKey);
    return () => {
      cluster.off('clusterkeypress', onKey);
    };
  }, [cluster]);

  // Offer "Search this area" after the person moves the map.
  useEffect(() => {
    if (!map) return;
    const onMoveStart = () => {
      if (!programmatic.current) setMoved(true);
    };
    const onMoveEnd = () => {
      programmatic.current = false;
    };
    map.on('movestart', onMoveStart);
    map.on('moveend', onMoveEnd);
    return () => {
      map.off('movestart', onMoveStart);
      map.off('moveend', onMoveEnd);
    };
  }, [map]);

  // On touch screens the map starts still, so a finger scrolling the page
  // over it scrolls the page. Two fingers pinch and move it at any time
  // (Leaflet's touch zoom); a tap on the map lets one finger drag it, until
  // a touch lands outside the map.
  useEffect(() => {
    if (!map || !touchFirst) return;
    const activate = () => {
      map.dragging.enable();
      setActive(true);
    };
    const deactivate = (event: PointerEvent) => {
      if (map.getContainer().contains(event.target as Node)) return;
      map.dragging.disable();
      setActive(false);
    };
    map.on('click', activate);
    document.addEventListener('pointerdown', deactivate);
    return () => {
      map.off('click', activate);
      document.removeEventListener('pointerdown', deactivate);
    };
  }, [map, touchFirst]);

  return (
    <div className="finder-map__wrap" data-active={active}>
      <MapContainer
        ref={setMap}
        className="finder-map__canvas"
        center={US_CENTER}
        zoom={4}
        scrollWheelZoom={false}
        dragging={!touchFirst}
      >
        <TileLayer url={props.tileUrl} attribution={props.tileAttribution} referrerPolicy={TILE_REFERRER_POLICY} />
        {center && (
          <Circle
            center={[center.lat, center.lon]}
            radius={radius * METERS_PER_MILE}
            interactive={false}
            pathOptions={{ color: '#183a6b', weight: 2, fill: false, dashArray: '6 6' }}
          />
        )}
        <MarkerClusterGroup
          ref={setCluster}
          chunkedLoading
          chunkInterval={16}
          chunkDelay={16}
          showCoverageOnHover={false}
          maxClusterRadius={50}
        >
          {null}
        </MarkerClusterGroup>
      </MapContainer>
      {!active && (
        <p className="finder-map__hint" aria-hidden="true">
          {t.touchHint}
        </p>
      )}
      {moved && map && (
        <button
          type="button"
          className="finder-button finder-map__search-area"
          onClick={() => {
            const c = map.getCenter();
            setMoved(false);
            props.onSearchArea({ lat: c.lat, lon: c.lng }, radiusForView(map));
          }}
        >
          {t.searchArea}
        </button>
      )}
    </div>
  );
}
