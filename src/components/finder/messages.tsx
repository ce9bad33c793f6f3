import type { FinderMessages } from '../../lib/i18n/messages/finder';
import type { SearchScope } from '../../lib/search/engine';
import { useFinderText } from './i18n';
import type { PlaceStatus } from './usePlace';
import type { SearchStatus } from './useSearch';

/** The notice about link parameters that were not understood or were repeated. */
export function describeIgnored(ignored: readonly string[], t: FinderMessages): string {
  const names = ignored.map((p) => t.ignored.params[p] ?? `“${p.slice(0, 40)}”`);
  return t.ignored.lead(names.join(', '));
}

/** The live-region sentence: what is shown, what is loading, or what to do next. */
export function summarize(args: {
  search: SearchStatus;
  place: PlaceStatus;
  placeLabel?: string;
  radius: number;
  stateLabel?: string;
  t: FinderMessages;
}): string {
  const { search, place, placeLabel, radius, stateLabel } = args;
  const t = args.t.summary;
  if (place.status === 'error') return t.fixPlace;
  if (place.status === 'loading') return t.lookingUp(place.label);
  if (search.status === 'error') return search.message;
  if (search.status === 'idle') return t.idle;
  if (search.status === 'loading') {
    const loading: Record<SearchScope, () => string> = {
      place: () => t.loadingPlace(placeLabel ?? args.t.place.you),
      state: () => t.loadingState(stateLabel ?? t.theState),
      national: () => t.loadingNational,
    };
    return loading[search.scope]();
  }
  const where =
    search.result.scope === 'place'
      ? t.within(radius, placeLabel ?? args.t.place.chosenLocation)
      : stateLabel
        ? t.inState(stateLabel)
        : t.nationwide;
  return search.result.order.length === 0 ? t.none(where) : t.some(where);
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
  const t = useFinderText().t.empty;
  return (
    <div className="finder-empty">
      <p>{t.tryThese}</p>
      <ul>
        {props.hasPlace && props.canWiden && (
          <li>
            <button type="button" className="finder-link-button" onClick={props.onWiden}>
              {t.widen}
            </button>
          </li>
        )}
        {props.filtered && (
          <li>
            <button type="button" className="finder-link-button" onClick={props.onClearFilters}>
              {t.clearFilters}
            </button>
          </li>
        )}
        {props.hasWords && (
          <li>
            <button type="button" className="finder-link-button" onClick={props.onClearText}>
              {t.clearWords}
            </button>{' '}
            {t.checkSpelling}
          </li>
        )}
        <li>
          {t.helplineLead} <a href="tel:+18006624357">1-800-662-4357</a>
          {t.helplineAfter}
        </li>
      </ul>
    </div>
  );
}
