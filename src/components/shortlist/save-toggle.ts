import { ShortlistFullError, type SavedFacility } from '../../lib/shortlist/list';
import { StorageUnavailableError, toggleSaved } from '../../lib/shortlist/storage';
import { announce } from './announce';

/** Words of every Save control, in one place for translation. */
export const SAVE_TEXT = {
  save: 'Save',
  saved: 'Saved',
  added: (name: string) => `Saved ${name} on this device.`,
  removed: (name: string) => `Removed ${name} from your list.`,
  count: (n: number) =>
    n === 0
      ? 'Your list is empty.'
      : `${n.toLocaleString('en-US')} ${n === 1 ? 'facility' : 'facilities'} on your list.`,
  full: 'Your list is full. Remove a facility from it to save another.',
  storageOff: 'This browser is not letting the site keep a list on this device (storage is off or full).',
};

/** What to tell the person when a change to the list could not be stored; rethrows anything else. */
export function storageErrorText(error: unknown): string {
  if (error instanceof ShortlistFullError) return SAVE_TEXT.full;
  if (error instanceof StorageUnavailableError) return SAVE_TEXT.storageOff;
  throw error;
}

/**
 * Save the facility, or remove it if saved, and say what happened in the
 * live region. Returns whether it is saved now; undefined if nothing changed
 * (list full, or the browser refuses to store).
 */
export function toggleAndAnnounce(item: SavedFacility): boolean | undefined {
  try {
    const { saved, list } = toggleSaved(item);
    announce(
      `${saved ? SAVE_TEXT.added(item.name) : SAVE_TEXT.removed(item.name)} ${SAVE_TEXT.count(list.items.length)}`,
    );
    return saved;
  } catch (error) {
    announce(storageErrorText(error));
    return undefined;
  }
}
