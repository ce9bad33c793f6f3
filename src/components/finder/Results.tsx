import { memo, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { pageInfo, rangeLabel } from '../../lib/finder/pagination';
import { useFinderText } from './i18n';
import type { FacetFilter } from '../../lib/search/facets';
import type { EngineResult } from '../../lib/search/engine';
import type { SearchRecord } from '../../lib/search/record';
import { MapPanel } from './MapPanel';
import type { FinderMapProps } from './FinderMap';
import { Pager } from './Pager';
import { ResultItem } from './ResultItem';
import { ResultsTools } from './ResultsTools';

const EMPTY = new Int32Array(0);

export interface ResultsProps {
  /** Undefined until a search has results to show. */
  result?: EngineResult;
  /** Loaded records by ordinal. */
  records: readonly (SearchRecord | undefined)[];
  /** Changes when records arrive for the page shown (the array grows in place). */
  recordsVersion: number;
  page: number;
  /** Sentence for the live region: counts, loading, or what to do next. */
  summary: string;
  /** Receives focus after a search, so the count is read first and the list follows. */
  summaryRef: RefObject<HTMLParagraphElement | null>;
  /** "ready", "loading", "idle" or "error", for styling and tests. */
  phase: string;
  /** Changes whenever the shown results are for a different search. */
  resultsKey: string;
  sort: string;
  sortOptions: { value: string; label: string }[];
  filter: FacetFilter;
  selectedId?: string;
  /** Chips and notices about how the words were read. */
  notes?: ReactNode;
  emptyHelp?: ReactNode;
  /** Limits of the data that affect this search, shown above the list. */
  caveats?: readonly string[];
  map?: Omit<FinderMapProps, 'records' | 'order'>;
  /** Results the map shows: may lag the list by a frame (see useDeferredValue). */
  mapOrder?: Int32Array;
  /** Whether the map starts open: not on a phone, and not for a nationwide list. */
  mapOpen: boolean;
  /** The map shows only this page's facilities (a state or national list). */
  mapPageOnly: boolean;
  onSort(value: string): void;
  onPage(page: number): void;
  onShowOnMap(id: string): void;
}

/** Memoised: typing re-renders the page first with the old results, which must cost nothing. */
export const Results = memo(function Results(props: ResultsProps) {
  const { result, records, page, summary, phase, selectedId, filter } = props;
  const { locale, t } = useFinderText();
  const info = result ? pageInfo(result.order.length, page) : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wanted = { specialties: filter.masks.specialties, payment: filter.masks.payment };

  // After a page change, start reading at the top of the list.
  const lastPage = useRef(page);
  useEffect(() => {
    if (lastPage.current !== page) headingRef.current?.focus();
    lastPage.current = page;
  }, [page]);

  // Once the map has loaded it stays mounted (hidden while there is nothing
  // to show): re-creating Leaflet for every new search would stall typing.
  const mapVisible = !!props.mapOrder && props.mapOrder.length > 0;
  const [mapMounted, setMapMounted] = useState(false);
  useEffect(() => {
    if (mapVisible) setMapMounted(true);
  }, [mapVisible]);

  const positions = info ? Array.from({ length: info.end - info.start }, (_, k) => info.start + k) : [];
  // A state or national page is answered before its facilities arrive: "filling" until they have.
  const filling = phase === 'ready' && positions.some((p) => !records[result!.order[p]!]);
  return (
    <section
      className="finder-results"
      aria-labelledby="finder-results-heading"
      aria-busy={filling || undefined}
      data-phase={filling ? 'filling' : phase}
      data-results-key={props.resultsKey}
    >
      <div className="finder-results__head">
        <h2 id="finder-results-heading" ref={headingRef} tabIndex={-1}>
          {t.results.heading}
        </h2>
        {result && result.order.length > 1 && props.sortOptions.length > 1 && (
          <div className="finder-field finder-field--inline">
            <label htmlFor="finder-sort">{t.sort.label}</label>
            <select id="finder-sort" value={props.sort} onChange={(event) => props.onSort(event.target.value)}>
              {props.sortOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {props.notes}
      <p
        className="finder-summary"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        id="finder-summary"
        tabIndex={-1}
        ref={props.summaryRef}
      >
        {info && result && result.order.length > 0 ? `${rangeLabel(info, locale)} ${summary}` : summary}
      </p>
      {props.caveats?.map((caveat) => (
        <p key={caveat} className="finder-caveat">
          {caveat}
        </p>
      ))}
      {result && result.order.length > 0 && phase === 'ready' && <ResultsTools result={result} />}
      {result && result.order.length === 0 && props.emptyHelp}
      {(mapVisible || mapMounted) && props.map && (
        <MapPanel
          {...props.map}
          records={records}
          order={props.mapOrder ?? EMPTY}
          visible={mapVisible}
          startOpen={props.mapOpen}
          pageOnly={props.mapPageOnly}
        />
      )}
      <ol id="finder-results-list" className="finder-list" tabIndex={-1} start={(info?.start ?? 0) + 1}>
        {positions.map((position) => {
          const record = records[result!.order[position]!];
          if (!record) {
            return (
              <li key={`loading-${position}`} className="finder-result finder-result--loading">
                {t.results.loadingCard}
              </li>
            );
          }
          return (
            <ResultItem
              key={record.id}
              record={record}
              distance={result!.distance?.[position]}
              selected={record.id === selectedId}
              wanted={wanted}
              onShowOnMap={props.map ? props.onShowOnMap : undefined}
            />
          );
        })}
      </ol>
      {info && <Pager info={info} onPage={props.onPage} />}
    </section>
  );
});
