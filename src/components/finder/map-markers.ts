import L from 'leaflet';
import { distanceMiles } from '../../lib/geo/distance';
import { RADIUS_CHOICES } from '../../lib/finder/url-state';
import { FLAG_APPROXIMATE, type SearchRecord } from '../../lib/search/record';
import type { Locale } from '../../lib/i18n/locales';
import { finderMessages } from '../../lib/i18n/messages/finder';
import { pathsFor } from '../../lib/site-paths';

/*
 * Marker icons and popups of the finder map. Exact addresses are solid pins,
 * ZIP-centroid (approximate) locations hollow dashed ones; the selected
 * facility is red. The legend in MapPanel matches these classes.
 */

function pinIcon(approximate: boolean, selected: boolean): L.DivIcon {
  const kind = approximate ? 'approx' : 'exact';
  return L.divIcon({
    className: `finder-pin finder-pin--${kind}${selected ? ' finder-pin--selected' : ''}`,
    // 28 px: every marker is a target of at least 24 px (WCAG 2.5.8), with room for its outline.
    iconSize: [28, 28],
    iconAnchor: [14, 14],
    popupAnchor: [0, -12],
    html: '',
  });
}

const ICONS = {
  exact: pinIcon(false, false),
  approx: pinIcon(true, false),
  exactSelected: pinIcon(false, true),
  approxSelected: pinIcon(true, true),
};

export function iconFor(record: SearchRecord, selected: boolean): L.DivIcon {
  const approximate = (record.flags & FLAG_APPROXIMATE) !== 0;
  if (approximate) return selected ? ICONS.approxSelected : ICONS.approx;
  return selected ? ICONS.exactSelected : ICONS.exact;
}

/** Popup content built as DOM nodes: facility text is never parsed as HTML. */
export function popupContent(record: SearchRecord, locale: Locale): HTMLElement {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = pathsFor(locale).facility(record.id);
  link.textContent = record.name;
  const place = document.createElement('div');
  place.textContent = `${record.city}, ${record.state}${
    record.flags & FLAG_APPROXIMATE ? ` ${finderMessages(locale).map.approxPopup}` : ''
  }`;
  box.append(link, place);
  return box;
}

/** Radius that covers the visible map, rounded up to a choice the finder offers. */
export function radiusForView(map: L.Map): number {
  const c = map.getCenter();
  const b = map.getBounds();
  const half = Math.min(
    distanceMiles({ lat: c.lat, lon: c.lng }, { lat: b.getNorth(), lon: c.lng }),
    distanceMiles({ lat: c.lat, lon: c.lng }, { lat: c.lat, lon: b.getEast() }),
  );
  return RADIUS_CHOICES.find((r) => r >= half) ?? 100;
}
