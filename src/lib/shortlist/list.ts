/**
 * A shortlist: facilities someone saved, each with an optional private note,
 * and an optional note for the cover of the printed referral packet. Plain
 * data and pure functions; storage.ts keeps it in the browser.
 */

/** Most facilities one list holds: a referral rarely needs more, and a share link stays a sensible length. */
export const MAX_ITEMS = 100;
/** Longest private note, in characters. */
export const NOTE_MAX = 1000;
/** Longest cover note, in characters. */
export const COVER_MAX = 1000;
const NAME_MAX = 200;
const PLACE_MAX = 100;

/** Facility ids are slugs: lowercase words joined by hyphens (the schema's `slug`). */
export const FACILITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SavedFacility {
  id: string;
  /** The name when it was saved: shown while the details load, or if the facility leaves the directory. */
  name: string;
  /** "Denver, CO" when it was saved. */
  place?: string;
  /** The person's own note; never leaves the browser unless they choose to share or print it. */
  note?: string;
}

export interface Shortlist {
  items: SavedFacility[];
  /** Note for the cover of the printed packet. */
  cover?: string;
}

export const EMPTY: Shortlist = { items: [] };

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() ? value.slice(0, max) : undefined;

/** A saved facility from untrusted JSON, or undefined if it has no valid id. */
function itemOf(value: unknown): SavedFacility | undefined {
  const v = value as Partial<SavedFacility> | null;
  if (!v || typeof v.id !== 'string' || v.id.length > 120 || !FACILITY_ID.test(v.id)) return undefined;
  const place = text(v.place, PLACE_MAX);
  const note = text(v.note, NOTE_MAX);
  return { id: v.id, name: text(v.name, NAME_MAX) ?? v.id, ...(place ? { place } : {}), ...(note ? { note } : {}) };
}

/**
 * A shortlist from stored JSON. Anything unreadable is dropped, item by
 * item, so one bad entry never loses the rest; duplicates keep the first.
 */
export function parseShortlist(json: string | null | undefined): Shortlist {
  if (!json) return EMPTY;
  let data: { items?: unknown; cover?: unknown };
  try {
    data = JSON.parse(json) as typeof data;
  } catch {
    return EMPTY;
  }
  const seen = new Set<string>();
  const items: SavedFacility[] = [];
  for (const raw of Array.isArray(data?.items) ? data.items : []) {
    const item = itemOf(raw);
    if (item && !seen.has(item.id) && items.length < MAX_ITEMS) {
      seen.add(item.id);
      items.push(item);
    }
  }
  const cover = text(data?.cover, COVER_MAX);
  return { items, ...(cover ? { cover } : {}) };
}

/** The stored form: versioned, so a later format can read this one. */
export function serializeShortlist(list: Shortlist): string {
  return JSON.stringify({ v: 1, items: list.items, ...(list.cover ? { cover: list.cover } : {}) });
}

export const isSaved = (list: Shortlist, id: string) => list.items.some((i) => i.id === id);

/** Add a facility at the end; unchanged if it is there already. Throws when the list is full. */
export function addItem(list: Shortlist, item: SavedFacility): Shortlist {
  if (isSaved(list, item.id)) return list;
  if (list.items.length >= MAX_ITEMS) throw new ShortlistFullError();
  const clean = itemOf(item);
  if (!clean) throw new Error(`Not a facility id: ${item.id}`);
  return { ...list, items: [...list.items, clean] };
}

export function removeItem(list: Shortlist, id: string): Shortlist {
  return { ...list, items: list.items.filter((i) => i.id !== id) };
}

/** Set or clear (empty text) a facility's note. */
export function setNote(list: Shortlist, id: string, note: string): Shortlist {
  const clean = text(note, NOTE_MAX);
  return {
    ...list,
    items: list.items.map((i) => {
      if (i.id !== id) return i;
      const { note: _old, ...rest } = i;
      return clean ? { ...rest, note: clean } : rest;
    }),
  };
}

export function setCover(list: Shortlist, cover: string): Shortlist {
  const clean = text(cover, COVER_MAX);
  return { items: list.items, ...(clean ? { cover: clean } : {}) };
}

/**
 * Update a saved facility's name and place, or follow it to another id
 * (listings merged), keeping its note. If the new id is saved already, the old entry goes.
 */
export function renameItem(list: Shortlist, from: string, to: { id: string; name: string; place?: string }): Shortlist {
  if (to.id !== from && isSaved(list, to.id)) return removeItem(list, from);
  return { ...list, items: list.items.map((i) => (i.id === from ? { ...i, ...to } : i)) };
}

/** `other`'s facilities added after this list's; a facility in both keeps this list's note, or takes other's. */
export function mergeLists(list: Shortlist, other: Shortlist): Shortlist {
  const items = list.items.map((i) => {
    const theirs = other.items.find((o) => o.id === i.id);
    return !i.note && theirs?.note ? { ...i, note: theirs.note } : i;
  });
  for (const item of other.items) {
    if (items.length >= MAX_ITEMS) break;
    if (!items.some((i) => i.id === item.id)) items.push(item);
  }
  const cover = list.cover ?? other.cover;
  return { items, ...(cover ? { cover } : {}) };
}

export class ShortlistFullError extends Error {
  constructor() {
    super(`The list is full (${MAX_ITEMS} facilities).`);
  }
}
