import './finder.css';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { facetFilterOf, GROUP_STATE_FIELD } from '../../lib/finder/engine-query';
import { roundPoint } from '../../lib/finder/format';
import { pageOf } from '../../lib/finder/pagination';
import { DEFAULT_STATE, toFinderSearchParams, type FinderState } from '../../lib/finder/url-state';
import type { LatLon } from '../../lib/geo/distance';
import { stateName, type StateCode } from '../../lib/geo/states';
import type { FilterGroupKey } from '../../lib/search/groups';
import type { SearchRecord } from '../../lib/search/record';
import { queryWords } from '../../lib/search/normalize';
import { Filters } from './Filters';
import { dataCaveats } from '../../lib/finder/caveats';
import { describeIgnored, emptyHelp, summarize } from './messages';
import { Results } from './Results';
import { SearchForm } from './SearchForm';
import { usePlace } from './usePlace';
import { useFinderUrl, type HistoryMode } from './useFinderUrl';
import { loadSearchClient, useSearch, type SearchStatus } from './useSearch';

export interface FinderProps {
  tileUrl: string;
  tileAttribution: string;
}

type NearSource = 'geo' | 'map' | 'link';

const GEO_ERRORS: Record<number, string> = {
  1: 'Location permission was denied, so we cannot use your location. Enter a ZIP code or city instead.',
  2: 'Your location is not available right now. Enter a ZIP code or city instead.',
  3: 'Finding your location took too long. Try again, or enter a ZIP code or city.',
};

/** The home-page finder: where, what, filters, results list and map, all in the URL. */
export default function Finder({ tileUrl, tileAttribution }: FinderProps) {
  const { state, ignored, revision, update: writeUrl } = useFinderUrl();
  const [qInput, setQInput] = useState('');
  const [whereInput, setWhereInput] = useState('');
  const [geoError, setGeoError] = useState<string>();
  const [locating, setLocating] = useState(false);
  const [nearSource, setNearSource] = useState<NearSource>('link');
  const [selectedId, setSelectedId] = useState<string>();
  const [focusRequest, setFocusRequest] = useState(0);
  const typing = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;

  // Text boxes follow the URL when it is read (load, Back, Forward).
  useEffect(() => {
    setQInput(stateRef.current.q);
    setWhereInput(stateRef.current.where);
    setNearSource('link');
  }, [revision]);

  const update = useCallback(
    (patch: Partial<FinderState>, mode: HistoryMode = 'push') => {
      typing.current = false;
      writeUrl({ ...stateRef.current, page: 1, ...patch }, mode);
    },
    [writeUrl],
  );

  const place = usePlace(state);
  const center = place.status === 'ok' ? place.center : undefined;
  const placePending = place.status === 'loading' || place.status === 'error';
  const search = useSearch(state, center, placePending);
  // While the worker runs a search, the results area keeps showing the last
  // settled one (results, key, phase and summary together), as it did when the
  // search ran in a transition: tests and screen readers never see a mix.
  const settled = useRef<{ search: SearchStatus; resultsKey: string; summary: string }>(undefined);
  const shownSearch = search.pending && settled.current ? settled.current.search : search;
  const result = shownSearch.status === 'ready' ? shownSearch.result : undefined;
  // The records array only ever grows, so once loaded it serves every render,
  // including deferred ones still showing the previous results.
  const storeRecords = useRef<readonly SearchRecord[]>([]);
  if (search.status === 'ready') storeRecords.current = search.records;
  const records = storeRecords.current;

  const onQ = (value: string) => {
    setQInput(value);
    const mode: HistoryMode = typing.current ? 'replace' : 'push';
    typing.current = true;
    // Results follow in a transition, so typing never waits for them.
    startTransition(() => writeUrl({ ...stateRef.current, q: value, page: 1 }, mode));
  };

  const commitWhere = (where: string) => {
    setGeoError(undefined);
    update({ where: where.trim(), near: where.trim() ? undefined : stateRef.current.near, q: qInput });
  };

  const onWhere = (value: string) => {
    setWhereInput(value);
    if (/^\d{5}$/.test(value.trim()) && value.trim() !== stateRef.current.where) commitWhere(value);
  };

  const locate = () => {
    setGeoError(undefined);
    if (!('geolocation' in navigator)) {
      setGeoError('This browser cannot share its location. Enter a ZIP code or city instead.');
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        setWhereInput('');
        setNearSource('geo');
        update({ near: roundPoint({ lat: position.coords.latitude, lon: position.coords.longitude }), where: '' });
      },
      (error) => {
        setLocating(false);
        setGeoError(GEO_ERRORS[error.code] ?? GEO_ERRORS[2]);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  };

  const onSearchArea = useCallback(
    (point: LatLon, miles: number) => {
      setWhereInput('');
      setNearSource('map');
      update({ near: roundPoint(point), where: '', radius: miles });
    },
    [update],
  );

  // Selecting on the map shows the facility in the list (turning the page if needed).
  const orderRef = useRef<Int32Array | undefined>(undefined);
  orderRef.current = result?.order;
  const recordsRef = useRef(records);
  recordsRef.current = records;
  const onMapSelect = useCallback(
    (id: string) => {
      setSelectedId(id);
      const order = orderRef.current;
      if (!order) return;
      const index = order.findIndex((i) => recordsRef.current[i]?.id === id);
      if (index >= 0 && pageOf(index) !== stateRef.current.page) {
        writeUrl({ ...stateRef.current, page: pageOf(index) }, 'replace');
      }
      window.setTimeout(() => document.getElementById(`result-${id}`)?.scrollIntoView({ block: 'nearest' }), 0);
    },
    [writeUrl],
  );
  const onShowOnMap = useCallback((id: string) => {
    setSelectedId(id);
    setFocusRequest((n) => n + 1);
    document.getElementById('finder-map-heading')?.scrollIntoView({ block: 'start' });
  }, []);

  // Counts and the map follow a moment later than the list: typing waits for neither.
  const deferredResult = useDeferredValue(result);

  const onToggle = useCallback(
    (group: FilterGroupKey, id: string, on: boolean) => {
      const field = GROUP_STATE_FIELD[group];
      const current = stateRef.current[field] as string[];
      update({ [field]: on ? [...current, id] : current.filter((v) => v !== id) });
    },
    [update],
  );
  const onStateCode = useCallback((code: StateCode | undefined) => update({ state: code }), [update]);
  const onTelehealth = useCallback((telehealth: boolean) => update({ telehealth }), [update]);
  const onClearFilters = useCallback(() => {
    const { q, where, near, radius, sort } = stateRef.current;
    update({ ...DEFAULT_STATE, q, where, near, radius, sort });
  }, [update]);

  const { levels, specialties, payment, ages, languages, medications } = state;
  const selectedFilters = useMemo(
    () => ({ levels, specialties, payment, ages, languages, medications }),
    [levels, specialties, payment, ages, languages, medications],
  );
  const filter = useMemo(() => facetFilterOf(state), [state]);
  const hasWords = queryWords(state.q).length > 0;
  const placeLabel =
    place.status === 'ok' || place.status === 'loading'
      ? state.where
        ? place.label
        : nearSource === 'geo'
          ? 'your location'
          : nearSource === 'map'
            ? 'the map area'
            : 'the location in the link'
      : undefined;
  let resultsKey = `${toFinderSearchParams(state).toString()}|${center ? `${center.lat},${center.lon}` : ''}`;
  const fitKey = `${center ? `${center.lat},${center.lon}` : ''}|${state.radius}|${state.state ?? ''}`;
  const hasPlace = !!center;
  const onSort = useCallback((sort: string) => update({ sort: sort as FinderState['sort'] }), [update]);
  const onPage = useCallback((page: number) => update({ page }), [update]);
  const onWiden = useCallback(() => update({ radius: 100 }), [update]);
  const onClearText = useCallback(() => {
    setQInput('');
    update({ q: '' });
  }, [update]);
  const empty = useMemo(
    () => emptyHelp({ state, hasPlace, onWiden, onClearFilters, onClearText }),
    [state, hasPlace, onWiden, onClearFilters, onClearText],
  );
  // Memoised on the levels alone: Results re-renders only when its props change.
  const caveats = useMemo(() => dataCaveats({ levels: state.levels }), [state.levels]);
  const mapProps = useMemo(
    () => ({
      selectedId,
      focusRequest,
      onSelect: onMapSelect,
      center,
      radius: state.radius,
      fitKey,
      onSearchArea,
      tileUrl,
      tileAttribution,
    }),
    [selectedId, focusRequest, onMapSelect, center, state.radius, fitKey, onSearchArea, tileUrl, tileAttribution],
  );
  let summary = summarize({ search, place, placeLabel, state, stateLabel: state.state && stateName(state.state) });
  if (!search.pending) settled.current = { search, resultsKey, summary };
  else if (settled.current) ({ resultsKey, summary } = settled.current);
  const placeError = geoError ?? (place.status === 'error' ? place.message : undefined);
  const sortOptions = useMemo(
    () =>
      hasPlace
        ? [
            { value: 'relevance', label: 'Distance (nearest first)' },
            { value: 'name', label: 'Name (A–Z)' },
          ]
        : hasWords
          ? [
              { value: 'relevance', label: 'Best match' },
              { value: 'name', label: 'Name (A–Z)' },
            ]
          : [{ value: 'name', label: 'Name (A–Z)' }],
    [hasPlace, hasWords],
  );

  return (
    <div className="finder">
      {ignored.length > 0 && (
        <p className="finder-notice" role="status">
          {describeIgnored(ignored)}
        </p>
      )}
      <SearchForm
        q={qInput}
        where={whereInput}
        radius={state.radius}
        placeError={placeError}
        nearLabel={!state.where && state.near ? placeLabel : undefined}
        locating={locating}
        onQ={onQ}
        onWhere={onWhere}
        onRadius={(radius) => update({ radius })}
        onSubmit={() => commitWhere(whereInput)}
        onLocate={locate}
        onClearNear={() => update({ near: undefined })}
        onWarmUp={() => void loadSearchClient().catch(() => undefined)}
      />
      <div className="finder-layout">
        <Filters
          selected={selectedFilters}
          stateCode={state.state}
          telehealth={state.telehealth}
          counts={deferredResult?.counts}
          onToggle={onToggle}
          onState={onStateCode}
          onTelehealth={onTelehealth}
          onClear={onClearFilters}
        />
        <Results
          result={result}
          records={records}
          page={state.page}
          phase={shownSearch.status}
          resultsKey={resultsKey}
          summary={summary}
          sort={sortOptions.find((o) => o.value === state.sort)?.value ?? sortOptions[0]!.value}
          sortOptions={sortOptions}
          filter={filter}
          selectedId={selectedId}
          emptyHelp={empty}
          caveats={caveats}
          map={mapProps}
          mapOrder={deferredResult?.order}
          onSort={onSort}
          onPage={onPage}
          onShowOnMap={onShowOnMap}
        />
      </div>
    </div>
  );
}
