import type { Locale } from '../../lib/i18n/locales';
import { shortlistMessages } from '../../lib/i18n/messages/shortlist';
import { ShortlistFullError, type SavedFacility } from '../../lib/shortlist/list';
import { StorageUnavailableError, toggleSaved } from '../../lib/shortlist/storage';
import { announce } from './announce';

/** The page's language, for scripts that run outside a React island (Save buttons on facility pages). */
export function pageLocale(): Locale {
  return document.documentElement.lang === 'es' ? 'es' : 'en';
}

/** What to tell the person when a change to the list could not be stored; rethrows anything else. */
export function storageErrorText(error: unknown, locale: Locale = pageLocale()): string {
  const t = shortlistMessages(locale);
  if (error instanceof ShortlistFullError) return t.full;
  if (error instanceof StorageUnavailableError) return t.storageOff;
  throw error;
}

/**
 * Save the facility, or remove it if saved, and say what happened in the
 * live region. Returns whether it is saved now; undefined if nothing changed
 * (list full, or the browser refuses to store).
 */
export function toggleAndAnnounce(item: SavedFacility, locale: Locale = pageLocale()): boolean | undefined {
  const t = shortlistMessages(locale);
  try {
    const { saved, list } = toggleSaved(item);
    announce(`${saved ? t.added(item.name) : t.removedSaved(item.name)} ${t.count(list.items.length)}`);
    return saved;
  } catch (error) {
    announce(storageErrorText(error, locale));
    return undefined;
  }
}
