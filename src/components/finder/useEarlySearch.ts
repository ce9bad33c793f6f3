import { useCallback, useRef } from 'react';
import { finderSearch, toSearchRequest, wantsSearch } from '../../lib/finder/search-plan';
import type { FinderState } from '../../lib/finder/url-state';
import type { LatLon } from '../../lib/geo/distance';
import type { FilterGroupKey } from '../../lib/search/groups';
import { foldText } from '../../lib/search/query';
import { prefetchNames, searchEarly } from './useSearch';

/**
 * Sends the search for what is being typed to the worker from the key press
 * itself, while React is still rendering the box, when the place is settled
 * and unchanged by the new text. The answer is waiting when React asks.
 */
export function useEarlySearch(
  where: string,
  center: LatLon | undefined,
  placeSettled: boolean,
  countGroups: FilterGroupKey[],
) {
  const current = useRef({ where, center, placeSettled, countGroups });
  current.current = { where, center, placeSettled, countGroups };
  return useCallback((next: FinderState) => {
    const { where, center, placeSettled, countGroups } = current.current;
    if (!placeSettled) return;
    const plan = finderSearch(next);
    if (plan.where === where && wantsSearch(plan, center)) {
      searchEarly(toSearchRequest(next, plan, center, countGroups));
    }
    // Nationwide, a name word's letters live in a shard of their own: fetch it as the word starts.
    if (!center) prefetchNames(startedWord(next.q));
  }, []);
}

/** The first letter of a word just begun at the end of the text ("recovery c" -> "c"), if any. */
function startedWord(text: string): string[] {
  const m = /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}])$/u.exec(text);
  return m ? [foldText(m[1]!)] : [];
}
