import { describe, expect, it } from 'vitest';
import {
  addItem,
  EMPTY,
  MAX_ITEMS,
  mergeLists,
  parseShortlist,
  removeItem,
  renameItem,
  serializeShortlist,
  setCover,
  setNote,
  ShortlistFullError,
  type Shortlist,
} from './list';
import { parseShareFragment, shareFragment, shareUrl } from './share';
import {
  readShortlist,
  STORAGE_KEY,
  StorageUnavailableError,
  toggleSaved,
  writeShortlist,
  type KeyValueStorage,
} from './storage';

const item = (id: string, note?: string) => ({
  id,
  name: `Name of ${id}`,
  place: 'Denver, CO',
  ...(note ? { note } : {}),
});

/** A Storage stand-in; `refuse` makes setItem throw as a full or disabled storage does. */
function memoryStorage(refuse = false): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (refuse) throw new DOMException('QuotaExceededError');
      data.set(k, v);
    },
  };
}

describe('shortlist', () => {
  it('adds once, removes, and keeps notes and the cover through storage', () => {
    let list = addItem(addItem(EMPTY, item('a-one')), item('b-two'));
    list = addItem(list, item('a-one'));
    list = setNote(setCover(list, '  For Sam, March  '), 'b-two', 'Call after 3pm');
    expect(list.items.map((i) => i.id)).toEqual(['a-one', 'b-two']);
    expect(parseShortlist(serializeShortlist(list))).toEqual(list);
    expect(setNote(list, 'b-two', '   ').items[1]).not.toHaveProperty('note');
    expect(removeItem(list, 'a-one').items.map((i) => i.id)).toEqual(['b-two']);
  });

  it('reads damaged storage item by item: bad ids, duplicates and non-JSON lose nothing else', () => {
    const stored = JSON.stringify({
      v: 1,
      items: [
        item('good-one'),
        { id: '../etc/passwd' },
        { id: 'javascript:alert(1)' },
        item('good-one'),
        7,
        null,
        { id: 'x', note: 5 },
      ],
    });
    expect(parseShortlist(stored).items.map((i) => i.id)).toEqual(['good-one', 'x']);
    expect(parseShortlist('{not json')).toEqual(EMPTY);
    expect(parseShortlist('"a string"')).toEqual(EMPTY);
    expect(parseShortlist(null)).toEqual(EMPTY);
  });

  it('refuses more than MAX_ITEMS facilities with an error the page can show', () => {
    let list: Shortlist = EMPTY;
    for (let i = 0; i < MAX_ITEMS; i++) list = addItem(list, item(`f-${i}`));
    expect(() => addItem(list, item('one-more'))).toThrow(ShortlistFullError);
  });

  it('follows a merged listing to its new id, keeping the note', () => {
    const list = addItem(addItem(EMPTY, item('old-id', 'good fit')), item('other'));
    expect(renameItem(list, 'old-id', { id: 'new-id', name: 'New' }).items[0]).toMatchObject({
      id: 'new-id',
      name: 'New',
      note: 'good fit',
    });
    expect(renameItem(list, 'other', { id: 'other', name: 'Renamed', place: 'Aurora, CO' }).items[1]).toEqual({
      id: 'other',
      name: 'Renamed',
      place: 'Aurora, CO',
    });
    // Already saved under the new id: the old entry goes.
    expect(renameItem(list, 'old-id', { id: 'other', name: 'Other' }).items.map((i) => i.id)).toEqual(['other']);
  });

  it('merges a shared list after the own one, filling in notes only where there were none', () => {
    const mine = addItem(addItem(EMPTY, item('a', 'mine')), item('b'));
    const theirs = addItem(addItem(EMPTY, item('b', 'theirs')), item('c'));
    expect(mergeLists(mine, theirs).items.map((i) => [i.id, i.note])).toEqual([
      ['a', 'mine'],
      ['b', 'theirs'],
      ['c', undefined],
    ]);
  });
});

describe('share link', () => {
  const list = setCover(addItem(addItem(EMPTY, item('a-one', 'Tuesdays & Thursdays = ok?')), item('b-two')), 'For Sam');

  it('carries the ids, and notes only when the person chooses', () => {
    expect(shareFragment(list, false)).toBe('ids=a-one,b-two');
    const url = shareUrl('https://example.org/shortlist/#old', list, true);
    expect(url.startsWith('https://example.org/shortlist/#ids=a-one,b-two&n0=')).toBe(true);
    expect(url).not.toContain('Tuesdays & Thursdays');
    const parsed = parseShareFragment(new URL(url).hash)!;
    expect(parsed.rejected).toBe(0);
    expect(parsed.list.items.map((i) => [i.id, i.note])).toEqual([
      ['a-one', 'Tuesdays & Thursdays = ok?'],
      ['b-two', undefined],
    ]);
    expect(parsed.list.cover).toBe('For Sam');
    expect(parseShareFragment(`#${shareFragment(list, false)}`)!.list.items.every((i) => !i.note)).toBe(true);
  });

  it('leaves out and counts what is not a facility id; ignores a fragment that is no share link', () => {
    const parsed = parseShareFragment('#ids=good-one,<script>,GOOD,good-one,,a%20b,ok-2');
    expect(parsed?.list.items.map((i) => i.id)).toEqual(['good-one', 'ok-2']);
    expect(parsed?.rejected).toBe(3);
    expect(parseShareFragment('#results')).toBeUndefined();
    expect(parseShareFragment('')).toBeUndefined();
    expect(parseShareFragment('#ids=')?.list.items).toEqual([]);
  });

  it('a pasted link cut short still opens what it has', () => {
    const url = shareUrl('https://example.org/shortlist/', list, true);
    const cut = url.slice(0, url.indexOf('&n0=') + 8);
    expect(parseShareFragment(new URL(cut).hash)?.list.items.map((i) => i.id)).toEqual(['a-one', 'b-two']);
  });
});

describe('storage', () => {
  it('toggles a facility in and out of the stored list', () => {
    const storage = memoryStorage();
    expect(toggleSaved(item('a-one'), storage).saved).toBe(true);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).items[0].id).toBe('a-one');
    expect(toggleSaved(item('a-one'), storage)).toMatchObject({ saved: false, list: { items: [] } });
  });

  it('says so when the browser refuses to store, and reads nothing from no storage', () => {
    expect(() => writeShortlist(addItem(EMPTY, item('a')), memoryStorage(true))).toThrow(StorageUnavailableError);
    expect(readShortlist(undefined)).toEqual(EMPTY);
  });
});
