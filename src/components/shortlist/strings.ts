import { createContext, useContext } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { shortlistMessages, type ShortlistMessages } from '../../lib/i18n/messages/shortlist';

/** The shortlist page's language and words (lib/i18n/messages/shortlist.ts), set by ShortlistPage. */
export const ShortlistTextContext = createContext<{ locale: Locale; T: ShortlistMessages }>({
  locale: 'en',
  T: shortlistMessages('en'),
});

export function useShortlistText() {
  return useContext(ShortlistTextContext);
}
