import type { Facility } from '../schema';
import { GROUP_COUNT } from './group-keys';

/** Bits of a record's `flags`. */
export const FLAG_TELEHEALTH = 1;
/** The point is a ZIP centroid, not a geocoded address: the map shows it as approximate. */
export const FLAG_APPROXIMATE = 2;
export const FLAG_TEMPORARILY_CLOSED = 4;

/** Coordinates are stored as integers of 1/10,000 degree (about 11 m). */
export const COORD_SCALE = 1e4;

/**
 * One facility as the search files carry it: a JSON array, so keys are not
 * repeated 18,000 times. Order:
 * [ordinal, id, name, alternateName, city, state, lat, lon, flags, phone, street, ...one mask per taxonomy group]
 * Empty strings stand for absent text; null lat/lon for an unknown point.
 */
export type PackedRecord = [
  number,
  string,
  string,
  string,
  string,
  string,
  number | null,
  number | null,
  number,
  string,
  string,
  ...number[],
];
/** Where the masks start in a packed record. */
const MASKS_AT = 11;

/** A facility as the finder works with it in the browser. */
export interface SearchRecord {
  /**
   * The facility's ordinal: its position in the build's order (state, then
   * name). The same number in every search file of one build.
   */
  idx: number;
  id: string;
  name: string;
  alt: string;
  city: string;
  state: string;
  /** NaN when the facility has no known point. */
  lat: number;
  lon: number;
  flags: number;
  phone: string;
  /** First street line; "" when SAMHSA withholds the address. Tells apart same-name places in one city. */
  street: string;
  /** One mask per entry of GROUPS, same order. */
  masks: number[];
}

/** Facilities the finder lists: closed ones stay on their own pages but are not offered as options. */
export function isSearchable(f: Pick<Facility, 'status'>): boolean {
  return f.status !== 'closed';
}

/**
 * The order ordinals follow: by state, then name, then id. A national list
 * in this order reads like a directory, and one state's facilities are one
 * run of ordinals.
 */
export function compareForOrdinals(
  a: Pick<Facility, 'id' | 'name' | 'address'>,
  b: Pick<Facility, 'id' | 'name' | 'address'>,
): number {
  const key = (f: typeof a) => [f.address.state, f.name.toLowerCase(), f.id];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

/** Decode a packed row; undefined when it is malformed. Missing trailing masks count as empty. */
export function unpackRecord(row: readonly unknown[]): SearchRecord | undefined {
  const ordinal = row[0];
  if (typeof ordinal !== 'number' || !Number.isInteger(ordinal) || ordinal < 0) return undefined;
  if (typeof row[1] !== 'string' || typeof row[2] !== 'string') return undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const masks: number[] = [];
  for (let g = 0; g < GROUP_COUNT; g++) masks.push((Number(row[MASKS_AT + g]) || 0) >>> 0);
  return {
    idx: ordinal,
    id: row[1],
    name: row[2],
    alt: str(row[3]),
    city: str(row[4]),
    state: str(row[5]),
    lat: num(row[6]) / COORD_SCALE,
    lon: num(row[7]) / COORD_SCALE,
    flags: Number(row[8]) || 0,
    phone: str(row[9]),
    street: str(row[10]),
    masks,
  };
}

export function hasPoint(r: Pick<SearchRecord, 'lat' | 'lon'>): boolean {
  return !Number.isNaN(r.lat) && !Number.isNaN(r.lon);
}
