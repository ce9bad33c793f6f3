import { distanceMiles, type LatLon } from './distance';

/**
 * A fixed grid of latitude/longitude cells for nearest-neighbour look-ups.
 * Building it is O(n); a query visits rings of cells around the point until
 * no unvisited cell can hold anything closer than what it has found, so
 * finding the nearest few among 18,000 facilities touches a handful of cells
 * instead of every facility.
 */
export interface GridIndex<T> {
  readonly cellDegrees: number;
  readonly cells: Map<string, GridItem<T>[]>;
  readonly size: number;
}

export interface GridItem<T> {
  point: LatLon;
  value: T;
}

export interface Neighbour<T> {
  value: T;
  miles: number;
}

/** About 17 miles north to south: dense cities hold a few dozen facilities a cell. */
export const DEFAULT_CELL_DEGREES = 0.25;
/** Miles in one degree of latitude, rounded down so distance bounds stay lower bounds. */
const MILES_PER_DEGREE = 68.7;

const cellOf = (deg: number, size: number) => Math.floor(deg / size);
const keyOf = (row: number, col: number) => `${row}:${col}`;

export function buildGridIndex<T>(items: Iterable<GridItem<T>>, cellDegrees = DEFAULT_CELL_DEGREES): GridIndex<T> {
  const cells = new Map<string, GridItem<T>[]>();
  let size = 0;
  for (const item of items) {
    const key = keyOf(cellOf(item.point.lat, cellDegrees), cellOf(item.point.lon, cellDegrees));
    const list = cells.get(key);
    if (list) list.push(item);
    else cells.set(key, [item]);
    size++;
  }
  return { cellDegrees, cells, size };
}

export interface NearestOptions<T> {
  /** How many to return at most. */
  limit: number;
  /** Ignore anything farther than this. */
  maxMiles: number;
  /** Skip items this returns false for (e.g. the facility itself). */
  accept?: (value: T) => boolean;
}

/**
 * The `limit` nearest items within `maxMiles`, closest first (ties by
 * insertion order). Longitudes do not wrap at ±180°: no two US facilities are
 * close to each other across it.
 */
export function nearest<T>(index: GridIndex<T>, from: LatLon, options: NearestOptions<T>): Neighbour<T>[] {
  const { limit, maxMiles, accept } = options;
  if (limit <= 0 || index.size === 0) return [];
  const size = index.cellDegrees;
  const row0 = cellOf(from.lat, size);
  const col0 = cellOf(from.lon, size);
  const found: Neighbour<T>[] = [];
  // A degree of longitude is shortest at the highest latitude a ring reaches;
  // using that keeps the stopping bound a true lower bound on distance.
  const maxRings = Math.ceil(maxMiles / (MILES_PER_DEGREE * size)) + 1;
  for (let ring = 0; ring <= maxRings * 8; ring++) {
    if (ring > 0) {
      const reachLat = Math.min(89.9, Math.abs(from.lat) + (ring + 1) * size);
      const lonMiles = MILES_PER_DEGREE * Math.cos((reachLat * Math.PI) / 180);
      // Anything in this ring is at least (ring - 1) whole cells away in latitude or longitude.
      const bound = (ring - 1) * size * Math.min(MILES_PER_DEGREE, lonMiles);
      if (bound > maxMiles) break;
      if (found.length >= limit && bound > found[limit - 1]!.miles) break;
    }
    for (let row = row0 - ring; row <= row0 + ring; row++) {
      const edgeRow = row === row0 - ring || row === row0 + ring;
      for (let col = col0 - ring; col <= col0 + ring; col += edgeRow ? 1 : 2 * ring || 1) {
        const list = index.cells.get(keyOf(row, col));
        if (!list) continue;
        for (const item of list) {
          if (accept && !accept(item.value)) continue;
          const miles = distanceMiles(from, item.point);
          if (miles > maxMiles) continue;
          insertSorted(found, { value: item.value, miles }, limit);
        }
      }
    }
  }
  return found;
}

/** Keep `list` sorted by distance and at most `limit` long. */
function insertSorted<T>(list: Neighbour<T>[], entry: Neighbour<T>, limit: number): void {
  if (list.length >= limit && entry.miles >= list[list.length - 1]!.miles) return;
  let i = list.length;
  while (i > 0 && list[i - 1]!.miles > entry.miles) i--;
  list.splice(i, 0, entry);
  if (list.length > limit) list.pop();
}
