import type { FinderState } from '../../lib/finder/url-state';
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
  telehealth: 'telehealth',
  sort: 'sort order',
  page: 'page',
};

export function describeIgnored(ignored: readonly string[]): string {
  const names = ignored.map((p) => PARAM_NAMES[p] ?? p);
  return `Some settings in this link were not understood and were ignored: ${names.join(', ')}. The rest of the search still applies.`;
}

const LOADING: Record<string, string> = {
  place: 'Loading facilities near',
  state: 'Loading facilities in',
  national: 'Loading the national directory to search every state (about 1 MB; a ZIP code or state is faster)…',
  none: 'Loading the search…',
};

/** The live-region sentence: what is shown, what is loading, or what to do next. */
export function summarize(args: {
  search: SearchStatus;
  place: PlaceStatus;
  placeLabel?: string;
  state: FinderState;
  stateLabel?: string;
}): string {
  const { search, place, placeLabel, state, stateLabel } = args;
  if (place.status === 'error') return 'Fix the place above to see results, or clear it to search everywhere.';
  if (place.status === 'loading') return `Looking up ${place.label}…`;
  if (search.status === 'error') return search.message;
  if (search.status === 'idle') {
    return 'Enter a ZIP code or city, use your location, or type what you are looking for, to see facilities.';
  }
  if (search.status === 'loading') {
    if (search.scope === 'place') return `${LOADING.place} ${placeLabel ?? 'you'}…`;
    if (search.scope === 'state') return `${LOADING.state} ${stateLabel ?? 'the state'}…`;
    return LOADING[search.scope] ?? LOADING.none!;
  }
  const where =
    place.status === 'ok'
      ? `within ${state.radius} miles of ${placeLabel ?? 'the location'}`
      : stateLabel
        ? `in ${stateLabel}`
        : 'nationwide';
  const what = state.q.trim() ? ` matching “${state.q.trim()}”` : '';
  const count = search.result.order.length;
  return count === 0 ? `No facilities ${where}${what} with these filters.` : `${where}${what}.`;
}

export function emptyHelp(args: {
  state: FinderState;
  hasPlace: boolean;
  onWiden(): void;
  onClearFilters(): void;
  onClearText(): void;
}) {
  const { state, hasPlace } = args;
  const filtered =
    state.levels.length +
      state.specialties.length +
      state.payment.length +
      state.ages.length +
      state.languages.length +
      state.medications.length >
      0 || state.telehealth;
  return (
    <div className="finder-empty">
      <p>Try one of these:</p>
      <ul>
        {hasPlace && state.radius < 100 && (
          <li>
            <button type="button" className="finder-link-button" onClick={args.onWiden}>
              Search within 100 miles
            </button>
          </li>
        )}
        {filtered && (
          <li>
            <button type="button" className="finder-link-button" onClick={args.onClearFilters}>
              Clear the filters
            </button>
          </li>
        )}
        {state.q.trim() && (
          <li>
            <button type="button" className="finder-link-button" onClick={args.onClearText}>
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
