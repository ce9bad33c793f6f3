import type { FinderSort } from './url-state';

/**
 * The orders that make sense for a search. With a place: nearest first, or
 * best match first when there are name words. Without a place the list is
 * in directory order (state, then name), or best match with name words.
 */
export function sortOptionsFor(hasPlace: boolean, hasWords: boolean): { value: FinderSort; label: string }[] {
  if (hasPlace) {
    return hasWords
      ? [
          { value: 'relevance', label: 'Best match, then nearest' },
          { value: 'distance', label: 'Distance (nearest first)' },
          { value: 'name', label: 'Name (A–Z)' },
        ]
      : [
          { value: 'relevance', label: 'Distance (nearest first)' },
          { value: 'name', label: 'Name (A–Z)' },
        ];
  }
  return hasWords
    ? [
        { value: 'relevance', label: 'Best match' },
        { value: 'name', label: 'State, then name' },
      ]
    : [{ value: 'relevance', label: 'State, then name' }];
}
