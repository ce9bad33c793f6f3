import './finder.css';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { dataCaveats } from '../../lib/finder/caveats';
import { roundPoint } from '../../lib/finder/format';
import { noticesOf } from '../../lib/finder/notices';
import { pageInfo } from '../../lib/finder/pagination';
import { chipsOf, selectionCount, selectionOf } from '../../lib/finder/selection';
import { sortOptionsFor } from '../../lib/finder/sort-options';
import { toFinderSearchParams, type FinderState } from '../../lib/finder/url-state';
import type { LatLon } from '../../lib/geo/distance';
import { stateName, type StateCode } from '../../lib/geo/states';
import type { Locale } from '../../lib/i18n/locales';
import { finderMessages, type FinderMessages } from '../../lib/i18n/messages/finder';
import { mergeFilters } from '../../lib/search/facets';
import type { FilterGroupKey } from '../../lib/search/groups';
import { Filters } from './Filters';
import { FinderTextContext, useFinderText } from './i18n';
import { describeIgnored, EmptyHelp, summarize } from './messages';
import { ReadingNotes } from './ReadingNotes';
import { Results } from './Results';
import { SearchForm } from './SearchForm';
import { useFinderSearch } from './useFinderSearch';
import { useFinderUrl } from './useFinderUrl';
import { useLocate } from './useLocate';
import { useMapSelection } from './useMapSelection';
import type { PlaceStatus } from './usePlace';
import { useQueryEdits } from './useQueryEdits';
import { useResultsFocus, useWideScreen } from './useResultsFocus';
import { useSameValue } from './useSameValue';
import { useEarlySearch } from './useEarlySearch';
import { loadSearchClient, type SearchStatus } from './useSearch';

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
  const [nearSource, setNearSource] = useState<NearSource>('link');
  const [unfolded, setUnfolded] = useState<FilterGroupKey[]>([]);
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

  const { reading, planned, place, cityNotFound, search, center, placePending, countGroups, status } = useFinderSearch(
    state,
    unfolded,
  );

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

  const searchAsTyped = useEarlySearch(search.where, center, !placePending && !cityNotFound, countGroups);
  const onQ = (value: string) => {
    setQInput(value);
    const next = { ...stateRef.current, q: value, page: 1 };
    searchAsTyped(next);
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

  const { selectedId, focusRequest, onMapSelect, onShowOnMap } = useMapSelection(
    result?.order,
    records,
    stateRef,
    writeUrl,
  );

  // Counts and the map follow a moment later than the list: typing waits for neither.
  const deferredResult = useDeferredValue(result);

  const { onToggle, onTelehealth, onClearFilters, onRemoveChip, onAccept, onClearText } = useQueryEdits(
    stateRef,
    reading,
    update,
    setQInput,
  );
  const onUnfold = useCallback(
    (group: FilterGroupKey, open: boolean) =>
      setUnfolded((groups) => (open ? [...groups, group] : groups.filter((g) => g !== group))),
    [],
  );
  const onStateCode = useCallback((code: StateCode | undefined) => update({ state: code }), [update]);

  // The same selection object while it is the same, so the filters do not re-render on every key press.
  const selection = useSameValue(useMemo(() => selectionOf(state, reading), [state, reading]));
  const shownFilter = useMemo(() => mergeFilters(search.filter, search.termFilter), [search]);
  const stateCode = search.stateCode;
  const placeLabel = placeLabelOf(place, !!search.where, nearSource, t);
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
    stateLabel: stateCode && stateName(stateCode, locale),
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

/** Where a "near" point came from: the device, the map's "Search this area", or a shared link. */
type NearSource = 'geo' | 'map' | 'link';

/** How the place searched around is named: what was typed, or where the point came from. */
function placeLabelOf(place: PlaceStatus, typed: boolean, source: NearSource, t: FinderMessages): string | undefined {
  if (place.status !== 'ok' && place.status !== 'loading') return undefined;
  if (typed) return place.label;
  return source === 'geo' ? t.place.yourLocation : source === 'map' ? t.place.mapArea : t.place.linkLocation;
}
