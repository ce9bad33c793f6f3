import {
  addItem,
  isSaved,
  parseShortlist,
  removeItem,
  serializeShortlist,
  type SavedFacility,
  type Shortlist,
} from './list';

/**
 * Where the shortlist lives: this browser's local storage, on this device
 * only. Nothing here sends it anywhere. Every save control, the header count
 * and the shortlist page read and write through these functions, and hear
 * about changes (also from other tabs) through `subscribe`.
 */
export const STORAGE_KEY = 'iop-finder.shortlist';

/** Fired on `window` after this tab changes the list (other tabs get the `storage` event). */
export const CHANGE_EVENT = 'iop-finder:shortlist';

/** The part of the Web Storage API used here, so tests can pass a stand-in. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's local storage, or undefined where it is switched off (some private modes throw on access). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The stored text of the list (null if none): a cheap snapshot that changes whenever the list does. */
export function storedText(storage = browserStorage()): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function readShortlist(storage = browserStorage()): Shortlist {
  return parseShortlist(storedText(storage));
}

let lastRaw: string | null | undefined;
let lastIds = new Set<string>();

/** Ids of the saved facilities, cheap to ask often (each result card asks on every render). */
export function savedIds(storage = browserStorage()): ReadonlySet<string> {
  const raw = storedText(storage);
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastIds = new Set(parseShortlist(raw).items.map((i) => i.id));
  }
  return lastIds;
}

/** The browser refused to store the list (storage off, or full). */
export class StorageUnavailableError extends Error {
  constructor() {
    super('This browser is not letting the site keep a list on this device (storage is off or full).');
  }
}

/** Store the list and tell this tab's listeners. Throws StorageUnavailableError if the browser refuses. */
export function writeShortlist(list: Shortlist, storage = browserStorage()): void {
  if (!storage) throw new StorageUnavailableError();
  try {
    storage.setItem(STORAGE_KEY, serializeShortlist(list));
  } catch {
    throw new StorageUnavailableError();
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Save the facility, or remove it if it is saved; returns whether it is saved now and the list. */
export function toggleSaved(item: SavedFacility, storage = browserStorage()): { saved: boolean; list: Shortlist } {
  const list = readShortlist(storage);
  const saved = !isSaved(list, item.id);
  const next = saved ? addItem(list, item) : removeItem(list, item.id);
  writeShortlist(next, storage);
  return { saved, list: next };
}

/** Call `listener` whenever the list changes, in this tab or another; returns the unsubscribe function. */
export function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener('storage', onStorage);
  };
}
