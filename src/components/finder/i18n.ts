import { createContext, useContext } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { finderMessages, type FinderMessages } from '../../lib/i18n/messages/finder';

/** The finder's language and words, set once by Finder for every component below it. */
export interface FinderText {
  locale: Locale;
  t: FinderMessages;
}

export const FinderTextContext = createContext<FinderText>({ locale: 'en', t: finderMessages('en') });

export function useFinderText(): FinderText {
  return useContext(FinderTextContext);
}
