import { bboxIntersects, circleBBox, nearestPointInBBox, type BBox } from '../geo/bbox';
import { parseCellKey } from '../geo/cells';
import { distanceMiles, type LatLon } from '../geo/distance';
import { GROUP_COUNT } from './group-keys';

export const MANIFEST_VERSION = 2;

/**
 * [key, record count, south, west, north, east]: the bounds are the tight box
 * around the cell's facilities, in 1/100 degree rounded outward, so a radius
 * search can skip cells whose facilities are all too far away.
 */
export type ManifestCell = [string, number, number, number, number, number];

/**
 * /search/manifest.json: what the browser needs to choose which search files
 * to load. A search near a place loads map cells (listed in
 * /search/cells.json, fetched only then); a search of a state or the whole
 * country loads the filter columns, name shards and result chunks.
 */
export interface Manifest {
  v: number;
  /** Searchable facilities: ordinals run from 0 to total - 1. */
  total: number;
  /** Facilities per result chunk (/search/d/<n>.json holds ordinals n*chunk ... n*chunk+chunk-1). */
  chunk: number;
  /** State code -> [first ordinal, one past the last]. */
  states: Record<string, [number, number]>;
  /** Bytes per facility of each group's column (/search/g/<group>.bin), in packing order (group-keys.ts). */
  columns: number[];
  /** First characters of name words that have a shard (/search/n/<char>.json). */
  names: string[];
}

/**
 * Result chunks per block: /search/b/<n>.json holds chunks n*32 ... n*32+31
 * in one file, for loading every result of a large search at once (a CSV of
 * all results) in a few dozen requests instead of a thousand.
 */
export const BLOCK_CHUNKS = 32;

/** One map cell's file: /search/c/<key>.json; one result chunk: /search/d/<n>.json. */
export interface RecordFile {
  k: string;
  r: unknown[][];
}

export function manifestCellBBox(cell: ManifestCell): BBox {
  return { south: cell[2] / 100, west: cell[3] / 100, north: cell[4] / 100, east: cell[5] / 100 };
}

/** Keys of the cells that can hold a facility within `miles` of `center`. */
export function cellsForCircle(cells: readonly ManifestCell[], center: LatLon, miles: number): string[] {
  const box = circleBBox(center, miles);
  // Small margin: the rectangle's nearest point is not exactly the great-circle nearest one.
  const reach = miles * 1.02 + 0.5;
  return cells
    .filter((cell) => {
      const tight = manifestCellBBox(cell);
      if (!bboxIntersects(box, tight)) return false;
      return distanceMiles(center, nearestPointInBBox(tight, center)) <= reach;
    })
    .map((cell) => cell[0]);
}

/** Validate a fetched cell list (/search/cells.json). */
export function isCellList(value: unknown): value is ManifestCell[] {
  return (
    Array.isArray(value) &&
    value.every((c) => Array.isArray(c) && typeof c[0] === 'string' && parseCellKey(c[0]) !== undefined)
  );
}

/** Result chunks holding the given ordinals. */
export function chunksFor(manifest: Manifest, ordinals: Iterable<number>): string[] {
  const keys = new Set<string>();
  for (const n of ordinals) keys.add(String(Math.floor(n / manifest.chunk)));
  return [...keys];
}

/** Validate a fetched manifest's shape before trusting it. */
export function isManifest(value: unknown): value is Manifest {
  const m = value as Manifest;
  return (
    !!m &&
    m.v === MANIFEST_VERSION &&
    Number.isInteger(m.total) &&
    Number.isInteger(m.chunk) &&
    m.chunk > 0 &&
    typeof m.states === 'object' &&
    Array.isArray(m.columns) &&
    m.columns.length === GROUP_COUNT &&
    Array.isArray(m.names)
  );
}
