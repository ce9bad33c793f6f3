import { useMemo } from 'react';
import {
  countedGroups,
  finderSearch,
  toSearchRequest,
  wantsSearch,
  withCityAsWords,
} from '../../lib/finder/search-plan';
import type { FinderState } from '../../lib/finder/url-state';
import type { FilterGroupKey } from '../../lib/search/groups';
import { interpretQuery } from '../../lib/search/query';
import { usePlace } from './usePlace';
import { useSearch } from './useSearch';

/**
 * From the finder's state to a search answer: what the words say, where the
 * place is, and the request to the worker. Each step is a pure function in
 * lib/finder; this hook only wires them to the place lookup and the worker.
 */
export function useFinderSearch(state: FinderState, unfolded: FilterGroupKey[]) {
  const reading = useMemo(() => interpretQuery(state.q), [state.q]);
  const planned = useMemo(() => finderSearch(state, reading), [state, reading]);
  const place = usePlace(planned.where, state.near);
  // A city read from the words that turns out to be no city ("recovery springs") is searched as name words.
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
  return { reading, planned, place, cityNotFound, search, center, placePending, countGroups, status };
}
