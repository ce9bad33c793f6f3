import { useSyncExternalStore } from 'react';
import { savedIds, subscribe } from '../../lib/shortlist/storage';
import type { Locale } from '../../lib/i18n/locales';
import { shortlistMessages } from '../../lib/i18n/messages/shortlist';
import { toggleAndAnnounce } from './save-toggle';

export interface SaveButtonProps {
  id: string;
  name: string;
  /** "Denver, CO". */
  place: string;
  className?: string;
  /** The page's language. */
  locale: Locale;
}

/** A toggle that keeps the facility on this device's shortlist; pressed while it is saved. */
export function SaveButton({ id, name, place, className, locale }: SaveButtonProps) {
  const t = shortlistMessages(locale);
  const saved = useSyncExternalStore(
    subscribe,
    () => savedIds().has(id),
    () => false,
  );
  return (
    <button
      type="button"
      className={className}
      aria-pressed={saved}
      data-save-id={id}
      onClick={() => toggleAndAnnounce({ id, name, place }, locale)}
    >
      {saved ? t.saved : t.save}
      <span className="visually-hidden"> ({name})</span>
    </button>
  );
}
