import type { Facility } from '../schema';
import { GROUPS, maskOf } from './groups';

/** Bits of a record's `flags`. */
export const FLAG_TELEHEALTH = 1;
/** The point is a ZIP centroid, not a geocoded address: the map shows it as approximate. */
export const FLAG_APPROXIMATE = 2;
export const FLAG_TEMPORARILY_CLOSED = 4;

/** Coordinates are stored as integers of 1/10,000 degree (about 11 m). */
const COORD_SCALE = 1e4;

/**
 * One facility as a search shard carries it: a JSON array, so keys are not
 * repeated 18,000 times. Order:
 * [id, name, alternateName, city, state, lat, lon, flags, phone, ...one mask per taxonomy group]
 * Empty strings stand for absent text; null lat/lon for an unknown point.
 */
export type PackedRecord = [
  string,
  string,
  string,
  string,
  string,
  number | null,
  number | null,
  number,
  string,
  ...number[],
];

/** A facility as the finder works with it in the browser. */
export interface SearchRecord {
  /** Position in the record store; set when the record is added. */
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
  /** One mask per entry of GROUPS, same order. */
  masks: number[];
}

/** Facilities the finder lists: closed ones stay on their own pages but are not offered as options. */
export function isSearchable(f: Pick<Facility, 'status'>): boolean {
  return f.status !== 'closed';
}

export function packFacility(f: Facility): PackedRecord {
  let flags = 0;
  if (f.telehealth) flags |= FLAG_TELEHEALTH;
  if (f.location?.precision === 'zip-centroid') flags |= FLAG_APPROXIMATE;
  if (f.status === 'temporarily-closed') flags |= FLAG_TEMPORARILY_CLOSED;
  const masks = GROUPS.map((g) => maskOf(g.terms, f[g.field] as readonly string[]));
  return [
    f.id,
    f.name,
    f.alternateName ?? '',
    f.address.city,
    f.address.state,
    f.location ? Math.round(f.location.lat * COORD_SCALE) : null,
    f.location ? Math.round(f.location.lon * COORD_SCALE) : null,
    flags,
    f.phone ?? f.intakePhones[0] ?? '',
    ...masks,
  ];
}

/** Decode a packed row; tolerant of missing trailing masks (they count as empty). */
export function unpackRecord(row: readonly unknown[], idx = -1): SearchRecord {
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const masks: number[] = [];
  for (let g = 0; g < GROUPS.length; g++) masks.push((Number(row[9 + g]) || 0) >>> 0);
  return {
    idx,
    id: str(row[0]),
    name: str(row[1]),
    alt: str(row[2]),
    city: str(row[3]),
    state: str(row[4]),
    lat: num(row[5]) / COORD_SCALE,
    lon: num(row[6]) / COORD_SCALE,
    flags: Number(row[7]) || 0,
    phone: str(row[8]),
    masks,
  };
}

export function hasPoint(r: Pick<SearchRecord, 'lat' | 'lon'>): boolean {
  return !Number.isNaN(r.lat) && !Number.isNaN(r.lon);
}
