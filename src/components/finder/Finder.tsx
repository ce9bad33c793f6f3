import './finder.css';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { dataCaveats } from '../../lib/finder/caveats';
import { roundPoint } from '../../lib/finder/format';
import { noticesOf } from '../../lib/finder/notices';
import { pageInfo, pageOf } from '../../lib/finder/pagination';
import {
  countedGroups,
  finderSearch,
  toSearchRequest,
  wantsSearch,
  withCityAsWords,
} from '../../lib/finder/search-plan';
import {
  chipsOf,
  clearedFilters,
  selectionCount,
  selectionOf,
  toggleOption,
  toggleTelehealth,
  withoutChip,
  type Chip,
} from '../../lib/finder/selection';
import { sortOptionsFor } from '../../lib/finder/sort-options';
import { toFinderSearchParams, type FinderState } from '../../lib/finder/url-state';
import type { LatLon } from '../../lib/geo/distance';
import { stateName, type StateCode } from '../../lib/geo/states';
import { mergeFilters } from '../../lib/search/facets';
import type { FilterGroupKey } from '../../lib/search/groups';
import type { Locale } from '../../lib/i18n/locales';
import { finderMessages } from '../../lib/i18n/messages/finder';
import { foldText, interpretQuery, replaceSpan } from '../../lib/search/query';
import { Filters } from './Filters';
import { FinderTextContext, useFinderText } from './i18n';
import { describeIgnored, EmptyHelp, summarize } from './messages';
import { ReadingNotes } from './ReadingNotes';
import { Results } from './Results';
import { SearchForm } from './SearchForm';
import { useFinderUrl } from './useFinderUrl';
import { usePlace } from './usePlace';
import { loadSearchClient, prefetchNames, searchEarly, useSearch, type SearchStatus } from './useSearch';
import { useLocate } from './useLocate';
import { useResultsFocus, useWideScreen } from './useResultsFocus';

export interface FinderProps {
  tileUrl: string;
  tileAttribution: string;
  /** The page's language: every word of the finder follows it. */
  locale?: Locale;
}

/** The home-page finder: what and where, filters, results list and map, all in the URL. */
export default function Finder({ locale = 'en', ...props }: FinderProps) {
  const text = useMemo(() => ({ locale, t: finderMessages(locale) }), [locale]);
  return (
    <FinderTextContext.Provider value={text}>
      <FinderBody {...props} />
    </FinderTextContext.Provider>
  );
}

function FinderBody({ tileUrl, tileAttribution }: Omit<FinderProps, 'locale'>) {
  const { locale, t } = useFinderText();
  const { state, ignored, revision, update: writeUrl } = useFinderUrl();
  const [qInput, setQInput] = useState('');
  const [whereInput, setWhereInput] = useState('');
  const [selectedId, setSelectedId] = useState<string>();
  const [nearSource, setNearSource] = useState<'geo' | 'map' | 'link'>('link');
  const [unfolded, setUnfolded] = useState<FilterGroupKey[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  // Text boxes follow the URL when it is read (load, Back, Forward).
  useEffect(() => {
    setQInput(stateRef.current.q);
    setWhereInput(stateRef.current.where);
    setNearSource('link');
  }, [revision]);

  const update = useCallback(
    (patch: Partial<FinderState>) => writeUrl({ ...stateRef.current, page: 1, ...patch }),
    [writeUrl],
  );

  // What the words say, and what to search for: pure functions of the state (lib/finder).
  const reading = useMemo(() => interpretQuery(state.q), [state.q]);
  const planned = useMemo(() => finderSearch(state, reading), [state, reading]);
  const place = usePlace(planned.where, state.near);
  const cityNotFound = place.status === 'error' && planned.whereFromWords && reading.place?.kind === 'city';
  const search = useMemo(
    () => (cityNotFound ? finderSearch(state, withCityAsWords(reading)) : planned),
    [cityNotFound, planned, state, reading],
  );
  const center = place.status === 'ok' ? place.center : undefined;
  const placePending = place.status === 'loading' || (place.status === 'error' && !cityNotFound);
  const countGroups = useMemo(() => countedGroups(unfolded, state), [unfolded, state]);
  const request = useMemo(
    () =>
      !placePending && wantsSearch(search, center) ? toSearchRequest(state, search, center, countGroups) : undefined,
    [placePending, search, center, state, countGroups],
  );
  const status = useSearch(request);

  // While the worker runs a search, the results area keeps showing the last
  // settled one (results, key and summary together): tests and screen
  // readers never see a mix of two searches.
  const settled = useRef<{ status: SearchStatus; resultsKey: string; summary: string }>(undefined);
  const shown = status.pending && settled.current ? settled.current.status : status;
  const result = shown.status === 'ready' ? shown.result : undefined;
  const records = shown.status === 'ready' ? shown.records : EMPTY_RECORDS;
  const recordsVersion = shown.status === 'ready' ? shown.recordsVersion : 0;

  const locator = useLocate((near) => {
    setWhereInput('');
    setNearSource('geo');
    update({ near, where: '' });
  });
  const focus = useResultsFocus(place.status !== 'loading' && !status.pending && status.status !== 'loading');
  const wide = useWideScreen();

  // The search for what is being typed goes to the worker from the key press
  // itself (when the place is unchanged), while React renders the box.
  const placeRef = useRef({ where: search.where, center, settled: !placePending && !cityNotFound });
  placeRef.current = { where: search.where, center, settled: !placePending && !cityNotFound };
  const countGroupsRef = useRef(countGroups);
  countGroupsRef.current = countGroups;
  const onQ = (value: string) => {
    setQInput(value);
    const next = { ...stateRef.current, q: value, page: 1 };
    const plan = finderSearch(next);
    const { where, center: c, settled } = placeRef.current;
    if (settled && plan.where === where && wantsSearch(plan, c)) {
      searchEarly(toSearchRequest(next, plan, c, countGroupsRef.current));
    }
    // Nationwide, a name word's letters live in a shard of their own: fetch it as the word starts.
    if (settled && !c) prefetchNames(startedWord(value));
    // Results follow in a transition, so typing never waits for them.
    startTransition(() => writeUrl(next, 'soon'));
  };
  const commitWhere = (where: string) => {
    locator.clearError();
    update({ where: where.trim(), near: where.trim() ? undefined : stateRef.current.near, q: qInput });
  };
  const onWhere = (value: string) => {
    setWhereInput(value);
    if (/^\d{5}$/.test(value.trim()) && value.trim() !== stateRef.current.where) commitWhere(value);
    else if (!value.trim() && stateRef.current.where) commitWhere('');
  };
  const onSubmit = () => {
    commitWhere(whereInput);
    focus.request();
  };
  const onLocate = () => locator.locate(() => focus.request());
  const locateRef = useRef(onLocate);
  locateRef.current = onLocate;
  const onLocateRef = useCallback(() => locateRef.current(), []);

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
        writeUrl({ ...stateRef.current, page: pageOf(index) });
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

  const readingRef = useRef(reading);
  readingRef.current = reading;
  const onToggle = useCallback(
    (group: FilterGroupKey, id: string, on: boolean) =>
      update(toggleOption(stateRef.current, readingRef.current, group, id, on)),
    [update],
  );
  const onTelehealth = useCallback(
    (on: boolean) => update(toggleTelehealth(stateRef.current, readingRef.current, on)),
    [update],
  );
  const onUnfold = useCallback(
    (group: FilterGroupKey, open: boolean) =>
      setUnfolded((groups) => (open ? [...groups, group] : groups.filter((g) => g !== group))),
    [],
  );
  const onStateCode = useCallback((code: StateCode | undefined) => update({ state: code }), [update]);
  const onClearFilters = useCallback(() => {
    const patch = clearedFilters(stateRef.current, readingRef.current);
    if (patch.q !== undefined) setQInput(patch.q);
    update(patch);
  }, [update]);
  const onRemoveChip = useCallback(
    (chip: Chip) => {
      const q = withoutChip(stateRef.current.q, chip);
      setQInput(q);
      update({ q });
    },
    [update],
  );

  // The same selection object while it is the same, so the filters do not re-render on every key press.
  const selection = useSameValue(useMemo(() => selectionOf(state, reading), [state, reading]));
  const shownFilter = useMemo(() => mergeFilters(search.filter, search.termFilter), [search]);
  const stateCode = search.stateCode;
  const placeLabel =
    place.status === 'ok' || place.status === 'loading'
      ? search.where
        ? place.label
        : nearSource === 'geo'
          ? t.place.yourLocation
          : nearSource === 'map'
            ? t.place.mapArea
            : t.place.linkLocation
      : undefined;
  let resultsKey = `${toFinderSearchParams(state).toString()}|${center ? `${center.lat},${center.lon}` : ''}`;
  const fitKey = `${center ? `${center.lat},${center.lon}` : ''}|${state.radius}|${stateCode ?? ''}`;
  const hasPlace = !!center;
  const sortOptions = useMemo(
    () => sortOptionsFor(hasPlace, search.words.length > 0, locale),
    [hasPlace, search.words.length, locale],
  );
  const onSort = useCallback((sort: string) => update({ sort: sort as FinderState['sort'] }), [update]);
  const onPage = useCallback((page: number) => update({ page }), [update]);
  const onWiden = useCallback(() => update({ radius: 100 }), [update]);
  const onClearText = useCallback(() => {
    setQInput('');
    update({ q: '' });
  }, [update]);

  const chips = useMemo(
    () => chipsOf(reading, planned.whereFromWords || planned.stateFromWords, locale),
    [reading, planned, locale],
  );
  const notices = useMemo(
    () =>
      noticesOf({
        reading,
        result,
        hasPlace: hasPlace || !!state.where || !!state.near,
        placeFromWords: planned.whereFromWords || planned.stateFromWords,
        cityNotFound,
      }),
    [reading, result, hasPlace, state.where, state.near, planned, cityNotFound],
  );
  const caveats = useMemo(
    () => dataCaveats({ levels: selection.levels as FinderState['levels'] }, locale),
    [selection.levels, locale],
  );
  const filtered = selectionCount(selection) > 0;
  // Elements handed to the memoised Results are memoised too: a new element
  // on every key press would re-render the whole list before the search answers.
  const hasText = !!state.q.trim();
  const empty = useMemo(
    () => (
      <EmptyHelp
        hasPlace={hasPlace}
        canWiden={state.radius < 100}
        filtered={filtered}
        hasWords={hasText}
        onWiden={onWiden}
        onClearFilters={onClearFilters}
        onClearText={onClearText}
      />
    ),
    [hasPlace, state.radius, filtered, hasText, onWiden, onClearFilters, onClearText],
  );
  const onAccept = useCallback(
    (span: { start: number; end: number }, guess: string) => {
      const q = replaceSpan(stateRef.current.q, span, guess);
      setQInput(q);
      update({ q });
    },
    [update],
  );
  const notes = useMemo(
    () => (
      <ReadingNotes
        chips={chips}
        notices={notices}
        onRemoveChip={onRemoveChip}
        onLocate={onLocateRef}
        onAccept={onAccept}
      />
    ),
    [chips, notices, onRemoveChip, onLocateRef, onAccept],
  );

  // A state or national list maps only the page shown (its other facilities are not loaded).
  const pageOnly = !!deferredResult && deferredResult.scope !== 'place';
  const mapOrder = useMemo(() => {
    if (!deferredResult || deferredResult.scope === 'place') return deferredResult?.order;
    const info = pageInfo(deferredResult.order.length, state.page);
    return deferredResult.order.slice(info.start, info.end);
  }, [deferredResult, state.page]);
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
  let summary = summarize({
    search: status,
    place,
    placeLabel,
    radius: state.radius,
    stateLabel: stateCode && stateName(stateCode),
    t,
  });
  if (!status.pending) settled.current = { status, resultsKey, summary };
  else if (settled.current) ({ resultsKey, summary } = settled.current);

  return (
    <div className="finder">
      {ignored.length > 0 && (
        <p className="finder-notice" role="status">
          {describeIgnored(ignored, t)}
        </p>
      )}
      <SearchForm
        q={qInput}
        where={whereInput}
        radius={state.radius}
        placeError={locator.error ?? (place.status === 'error' && !cityNotFound ? place.message : undefined)}
        nearLabel={!state.where && state.near ? placeLabel : undefined}
        locating={locator.locating}
        onQ={onQ}
        onWhere={onWhere}
        onRadius={(radius) => update({ radius })}
        onSubmit={onSubmit}
        onLocate={onLocate}
        onClearNear={() => update({ near: undefined })}
        onWarmUp={() => void loadSearchClient().catch(() => undefined)}
      />
      <div className="finder-layout">
        <Filters
          selection={selection}
          stateCode={stateCode}
          counts={deferredResult?.counts}
          chosen={selectionCount(selection, stateCode)}
          resultCount={result?.order.length}
          onToggle={onToggle}
          onState={onStateCode}
          onTelehealth={onTelehealth}
          onClear={onClearFilters}
          onShowResults={focus.now}
          onUnfold={onUnfold}
        />
        <Results
          result={result}
          records={records}
          recordsVersion={recordsVersion}
          page={state.page}
          phase={shown.status}
          resultsKey={resultsKey}
          summary={summary}
          summaryRef={focus.target}
          sort={sortOptions.find((o) => o.value === state.sort)?.value ?? sortOptions[0]?.value ?? 'relevance'}
          sortOptions={sortOptions}
          filter={shownFilter}
          selectedId={selectedId}
          notes={notes}
          emptyHelp={empty}
          caveats={caveats}
          map={mapProps}
          mapOrder={mapOrder}
          mapOpen={wide && !pageOnly}
          mapPageOnly={pageOnly}
          onSort={onSort}
          onPage={onPage}
          onShowOnMap={onShowOnMap}
        />
      </div>
    </div>
  );
}

const EMPTY_RECORDS: readonly never[] = [];

/** The first letter of a word just begun at the end of the text ("recovery c" -> "c"), if any. */
function startedWord(text: string): string[] {
  const m = /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}])$/u.exec(text);
  return m ? [foldText(m[1]!)] : [];
}

/** `value`, or the earlier value it equals (as JSON): keeps memoised children from re-rendering. */
function useSameValue<T>(value: T): T {
  const kept = useRef<{ json: string; value: T }>(undefined);
  const json = JSON.stringify(value);
  if (kept.current?.json !== json) kept.current = { json, value };
  return kept.current.value;
}
