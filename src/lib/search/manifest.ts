import { bboxIntersects, circleBBox, nearestPointInBBox, type BBox } from '../geo/bbox';
import { buildCells, parseCellKey, type CellOptions } from '../geo/cells';
import { distanceMiles, type LatLon } from '../geo/distance';
import type { PackedRecord } from './record';

/** Name of the shard holding facilities without a map point. */
export const NO_POINT_SHARD = 'x';
export const MANIFEST_VERSION = 1;

/**
 * [key, record count, south, west, north, east]: the bounds are the tight box
 * around the cell's facilities, in 1/100 degree rounded outward, so a radius
 * search can skip cells whose facilities are all too far away.
 */
export type ManifestCell = [string, number, number, number, number, number];

/** /search/manifest.json: what the browser needs to pick shards. */
export interface Manifest {
  v: number;
  /** Searchable facilities in all shards. */
  total: number;
  cells: ManifestCell[];
  /** State code -> indexes into `cells` of every cell holding one of its facilities. */
  states: Record<string, number[]>;
  /** Facilities without a point, all in shard NO_POINT_SHARD. */
  noPoint: number;
  /** States that have facilities in the no-point shard. */
  noPointStates: string[];
}

/** One shard file: /search/c/<key>.json. */
export interface Shard {
  k: string;
  r: PackedRecord[];
}

export const DEFAULT_CELL_OPTIONS: CellOptions = { maxPoints: 150, maxLevel: 10 };

/** Split packed records into cell shards and describe them in a manifest. */
export function buildShards(
  records: readonly PackedRecord[],
  options: CellOptions = DEFAULT_CELL_OPTIONS,
): { manifest: Manifest; shards: Map<string, Shard> } {
  const sorted = [...records].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const located = sorted.filter((r) => r[5] !== null && r[6] !== null);
  const unlocated = sorted.filter((r) => r[5] === null || r[6] === null);
  const points = located.map((r) => ({ lat: (r[5] as number) / 1e4, lon: (r[6] as number) / 1e4 }));
  const leaves = buildCells(points, options);

  const cells: ManifestCell[] = [];
  const shards = new Map<string, Shard>();
  const states: Record<string, number[]> = {};
  for (const [key, members] of leaves) {
    const rows = members.map((i) => located[i]!);
    const lats = members.map((i) => points[i]!.lat);
    const lons = members.map((i) => points[i]!.lon);
    const index = cells.length;
    cells.push([
      key,
      rows.length,
      Math.floor(Math.min(...lats) * 100),
      Math.floor(Math.min(...lons) * 100),
      Math.ceil(Math.max(...lats) * 100),
      Math.ceil(Math.max(...lons) * 100),
    ]);
    shards.set(key, { k: key, r: rows });
    for (const st of new Set(rows.map((r) => r[4]))) (states[st] ??= []).push(index);
  }
  if (unlocated.length) shards.set(NO_POINT_SHARD, { k: NO_POINT_SHARD, r: unlocated });
  const manifest: Manifest = {
    v: MANIFEST_VERSION,
    total: records.length,
    cells,
    states: Object.fromEntries(Object.entries(states).sort(([a], [b]) => a.localeCompare(b))),
    noPoint: unlocated.length,
    noPointStates: [...new Set(unlocated.map((r) => r[4]))].sort(),
  };
  return { manifest, shards };
}

export function manifestCellBBox(cell: ManifestCell): BBox {
  return { south: cell[2] / 100, west: cell[3] / 100, north: cell[4] / 100, east: cell[5] / 100 };
}

/** Keys of the cells that can hold a facility within `miles` of `center`. */
export function cellsForCircle(manifest: Manifest, center: LatLon, miles: number): string[] {
  const box = circleBBox(center, miles);
  // Small margin: the rectangle's nearest point is not exactly the great-circle nearest one.
  const reach = miles * 1.02 + 0.5;
  return manifest.cells
    .filter((cell) => {
      const tight = manifestCellBBox(cell);
      if (!bboxIntersects(box, tight)) return false;
      return distanceMiles(center, nearestPointInBBox(tight, center)) <= reach;
    })
    .map((cell) => cell[0]);
}

/** Keys of the shards that hold a state's facilities. */
export function cellsForState(manifest: Manifest, state: string): string[] {
  const keys = (manifest.states[state] ?? []).map((i) => manifest.cells[i]?.[0]).filter((k): k is string => !!k);
  if (manifest.noPointStates.includes(state)) keys.push(NO_POINT_SHARD);
  return keys;
}

/** Every shard: what a national search without a place needs. */
export function allShardKeys(manifest: Manifest): string[] {
  const keys = manifest.cells.map((c) => c[0]);
  if (manifest.noPoint) keys.push(NO_POINT_SHARD);
  return keys;
}

/** Validate a fetched manifest's shape before trusting it. */
export function isManifest(value: unknown): value is Manifest {
  const m = value as Manifest;
  return (
    !!m &&
    m.v === MANIFEST_VERSION &&
    Array.isArray(m.cells) &&
    m.cells.every((c) => Array.isArray(c) && typeof c[0] === 'string' && parseCellKey(c[0]) !== undefined) &&
    typeof m.states === 'object'
  );
}
