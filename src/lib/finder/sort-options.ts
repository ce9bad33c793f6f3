import type { Locale } from '../i18n/locales';
import { finderMessages } from '../i18n/messages/finder';
import type { FinderSort } from './url-state';

/**
 * The orders that make sense for a search. With a place: nearest first, or
 * best match first when there are name words. Without a place the list is
 * in directory order (state, then name), or best match with name words.
 */
export function sortOptionsFor(
  hasPlace: boolean,
  hasWords: boolean,
  locale: Locale = 'en',
): { value: FinderSort; label: string }[] {
  const t = finderMessages(locale).sort;
  if (hasPlace) {
    return hasWords
      ? [
          { value: 'relevance', label: t.bestThenNearest },
          { value: 'distance', label: t.nearest },
          { value: 'name', label: t.name },
        ]
      : [
          { value: 'relevance', label: t.nearest },
          { value: 'name', label: t.name },
        ];
  }
  return hasWords
    ? [
        { value: 'relevance', label: t.best },
        { value: 'name', label: t.stateThenName },
      ]
    : [{ value: 'relevance', label: t.stateThenName }];
}
