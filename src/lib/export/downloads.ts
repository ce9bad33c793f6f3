import { columnsNamed, LISTING_COLUMNS, type Column } from '../open-data/columns';
import { toCsv } from '../open-data/csv';
import { LISTING_FIELDS, type Listing } from '../open-data/listing';
import { GROUPS, termsOf } from '../search/groups';
import type { Term } from '../taxonomy';
import {
  FLAG_APPROXIMATE,
  FLAG_TELEHEALTH,
  FLAG_TEMPORARILY_CLOSED,
  hasPoint,
  type SearchRecord,
} from '../search/record';

/**
 * The CSV files people download from the finder and the shortlist. Both use
 * the open-data columns (same names, same meaning: see columns.ts), so a
 * sheet made from either lines up with the published directory. They start
 * with a byte order mark for Excel, and text that looks like a formula is
 * written as text.
 */

/** A finder result: its position, distance (searches near a place) and facility. */
export interface FinderRow {
  position: number;
  distance?: number;
  listing: Partial<Listing>;
}

/** Columns the finder's search records can fill; the rest need the facility's own file. */
const FINDER_LISTING_COLUMNS = [
  'id',
  'name',
  'alternate_name',
  'status',
  'street1',
  'city',
  'state',
  'latitude',
  'longitude',
  'location_precision',
  'phone',
  'levels_of_care',
  'care_focus',
  'specialties',
  'ages',
  'payment',
  'languages',
  'medications',
  'therapies',
  'telehealth',
  'page_url',
];

const inner = <R>(column: Column<Partial<Listing>>, pick: (row: R) => Partial<Listing>): Column<R> => ({
  ...column,
  value: (row) => column.value(pick(row)),
});

export const FINDER_CSV_COLUMNS: readonly Column<FinderRow>[] = [
  { name: 'result', description: 'Position in the results, from 1.', value: (r) => r.position },
  {
    name: 'distance_miles',
    description: 'Miles from the place searched, to one decimal; empty when the search had no place.',
    value: (r) =>
      r.distance === undefined || !Number.isFinite(r.distance) ? undefined : Math.round(r.distance * 10) / 10,
  },
  ...columnsNamed(LISTING_COLUMNS, FINDER_LISTING_COLUMNS).map((c) => inner(c, (r: FinderRow) => r.listing)),
];

/** A finder search record as listing fields (coordinates to 4 decimals; phone is the main or first intake line). */
export function listingOfRecord(record: SearchRecord, pageUrl: (id: string) => string): Partial<Listing> {
  const terms = Object.fromEntries(
    LISTING_FIELDS.map((field) => {
      const index = GROUPS.findIndex((g) => g.field === field);
      return [field, termsOf(GROUPS[index]!.terms as readonly Term[], record.masks[index] ?? 0).map((t) => t.label)];
    }),
  ) as Listing['terms'];
  return {
    id: record.id,
    name: record.name,
    ...(record.alt ? { alternateName: record.alt } : {}),
    status: record.flags & FLAG_TEMPORARILY_CLOSED ? 'temporarily-closed' : 'active',
    ...(record.street ? { street1: record.street } : {}),
    city: record.city,
    state: record.state,
    ...(hasPoint(record)
      ? {
          location: {
            lat: record.lat,
            lon: record.lon,
            precision: record.flags & FLAG_APPROXIMATE ? ('zip-centroid' as const) : ('exact' as const),
          },
        }
      : {}),
    ...(record.phone ? { phone: record.phone } : {}),
    terms,
    telehealth: (record.flags & FLAG_TELEHEALTH) !== 0,
    url: pageUrl(record.id),
  };
}

export function finderCsv(rows: Iterable<FinderRow>): string {
  return toCsv(FINDER_CSV_COLUMNS, rows, { bom: true, guardFormulas: true });
}

/** A saved facility: its listing, and its note when the person chose to include notes. */
export interface ShortlistRow {
  listing: Partial<Listing>;
  note?: string;
}

export const SHORTLIST_CSV_COLUMNS: readonly Column<ShortlistRow>[] = [
  ...LISTING_COLUMNS.map((c) => inner(c, (r: ShortlistRow) => r.listing)),
  {
    name: 'note',
    description: 'Your private note, when you chose to include notes; otherwise empty.',
    value: (r) => r.note,
  },
];

export function shortlistCsv(rows: Iterable<ShortlistRow>): string {
  return toCsv(SHORTLIST_CSV_COLUMNS, rows, { bom: true, guardFormulas: true });
}

/** "iop-finder-shortlist-2026-03-02.csv". */
export function csvFileName(kind: 'shortlist' | 'results', date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0'));
  return `iop-finder-${kind}-${day.join('-')}.csv`;
}
