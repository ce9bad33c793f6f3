import { useSyncExternalStore } from 'react';
import { savedIds, subscribe } from '../../lib/shortlist/storage';
import { SAVE_TEXT, toggleAndAnnounce } from './save-toggle';

export interface SaveButtonProps {
  id: string;
  name: string;
  /** "Denver, CO". */
  place: string;
  className?: string;
}

/** A toggle that keeps the facility on this device's shortlist; pressed while it is saved. */
export function SaveButton({ id, name, place, className }: SaveButtonProps) {
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
      onClick={() => toggleAndAnnounce({ id, name, place })}
    >
      {saved ? SAVE_TEXT.saved : SAVE_TEXT.save}
      <span className="visually-hidden"> ({name})</span>
    </button>
  );
}
