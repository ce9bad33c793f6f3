import type { SearchScope } from '../../lib/search/engine';
import type { PlaceStatus } from './usePlace';
import type { SearchStatus } from './useSearch';

/** Plain names of URL parameters, for the "ignored" notice. */
const PARAM_NAMES: Record<string, string> = {
  near: 'location',
  radius: 'distance',
  state: 'state',
  level: 'level of care',
  specialty: 'specialty',
  payment: 'payment',
  age: 'ages',
  language: 'language',
  medication: 'medication',
  focus: 'what is treated',
  therapy: 'therapy',
  telehealth: 'telehealth',
  sort: 'sort order',
  page: 'page',
  q: 'search words',
  where: 'place',
};

export function describeIgnored(ignored: readonly string[]): string {
  const names = ignored.map((p) => PARAM_NAMES[p] ?? `“${p.slice(0, 40)}”`);
  return `Some settings in this link were not understood or were repeated, and were ignored: ${names.join(', ')}. The rest of the search still applies.`;
}

const LOADING: Record<SearchScope, string> = {
  place: 'Loading facilities near',
  state: 'Loading facilities in',
  national: 'Searching every state…',
};

/** The live-region sentence: what is shown, what is loading, or what to do next. */
export function summarize(args: {
  search: SearchStatus;
  place: PlaceStatus;
  placeLabel?: string;
  radius: number;
  stateLabel?: string;
}): string {
  const { search, place, placeLabel, radius, stateLabel } = args;
  if (place.status === 'error') return 'Fix the place above to see results, or clear it to search everywhere.';
  if (place.status === 'loading') return `Looking up ${place.label}…`;
  if (search.status === 'error') return search.message;
  if (search.status === 'idle') {
    return 'Type what you are looking for, enter a ZIP code or city, or use your location, to see facilities.';
  }
  if (search.status === 'loading') {
    if (search.scope === 'place') return `${LOADING.place} ${placeLabel ?? 'you'}…`;
    if (search.scope === 'state') return `${LOADING.state} ${stateLabel ?? 'the state'}…`;
    return LOADING.national;
  }
  const where =
    search.result.scope === 'place'
      ? `within ${radius} miles of ${placeLabel ?? 'the location'}`
      : stateLabel
        ? `in ${stateLabel}`
        : 'nationwide';
  return search.result.order.length === 0 ? `No facilities ${where} with these filters.` : `${where}.`;
}

export function EmptyHelp(props: {
  hasPlace: boolean;
  canWiden: boolean;
  filtered: boolean;
  hasWords: boolean;
  onWiden(): void;
  onClearFilters(): void;
  onClearText(): void;
}) {
  return (
    <div className="finder-empty">
      <p>Try one of these:</p>
      <ul>
        {props.hasPlace && props.canWiden && (
          <li>
            <button type="button" className="finder-link-button" onClick={props.onWiden}>
              Search within 100 miles
            </button>
          </li>
        )}
        {props.filtered && (
          <li>
            <button type="button" className="finder-link-button" onClick={props.onClearFilters}>
              Clear the filters
            </button>
          </li>
        )}
        {props.hasWords && (
          <li>
            <button type="button" className="finder-link-button" onClick={props.onClearText}>
              Clear the search words
            </button>{' '}
            or check their spelling
          </li>
        )}
        <li>
          Call the SAMHSA National Helpline, <a href="tel:+18006624357">1-800-662-4357</a>, free and confidential, 24
          hours a day.
        </li>
      </ul>
    </div>
  );
}
