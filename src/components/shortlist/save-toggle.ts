import { ShortlistFullError, type SavedFacility } from '../../lib/shortlist/list';
import { countSentence, StorageUnavailableError, toggleSaved } from '../../lib/shortlist/storage';
import { announce } from './announce';

/** Words of every Save control, in one place for translation. */
export const SAVE_TEXT = {
  save: 'Save',
  saved: 'Saved',
  added: (name: string) => `Saved ${name} on this device.`,
  removed: (name: string) => `Removed ${name} from your list.`,
  full: 'Your list is full. Remove a facility from it to save another.',
};

/**
 * Save the facility, or remove it if saved, and say what happened in the
 * live region. Returns whether it is saved now; undefined if nothing changed
 * (list full, or the browser refuses to store).
 */
export function toggleAndAnnounce(item: SavedFacility): boolean | undefined {
  try {
    const { saved, list } = toggleSaved(item);
    announce(
      `${saved ? SAVE_TEXT.added(item.name) : SAVE_TEXT.removed(item.name)} ${countSentence(list.items.length)}`,
    );
    return saved;
  } catch (error) {
    if (error instanceof ShortlistFullError) announce(SAVE_TEXT.full);
    else if (error instanceof StorageUnavailableError) announce(error.message);
    else throw error;
    return undefined;
  }
}
