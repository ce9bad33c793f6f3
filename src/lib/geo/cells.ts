import type { BBox } from './bbox';
import type { LatLon } from './distance';

/**
 * A quadtree over plain latitude/longitude. Level 0 cells are ROOT_DEGREES
 * square; each level halves them. A cell is named "z-x-y" (level, column from
 * 180°W, row from 90°S), so its rectangle follows from its name alone.
 */
export const ROOT_DEGREES = 16;

export interface CellId {
  z: number;
  x: number;
  y: number;
}

export function cellSize(z: number): number {
  return ROOT_DEGREES / 2 ** z;
}

export function cellOf(p: LatLon, z: number): CellId {
  const size = cellSize(z);
  return { z, x: Math.floor((p.lon + 180) / size), y: Math.floor((p.lat + 90) / size) };
}

export function cellKey(c: CellId): string {
  return `${c.z}-${c.x}-${c.y}`;
}

export function parseCellKey(key: string): CellId | undefined {
  const m = /^(\d{1,2})-(\d{1,6})-(\d{1,6})$/.exec(key);
  if (!m) return undefined;
  return { z: Number(m[1]), x: Number(m[2]), y: Number(m[3]) };
}

export function cellBBox(c: CellId): BBox {
  const size = cellSize(c.z);
  return {
    west: c.x * size - 180,
    east: (c.x + 1) * size - 180,
    south: c.y * size - 90,
    north: (c.y + 1) * size - 90,
  };
}

export interface CellOptions {
  /** Split a cell holding more points than this... */
  maxPoints: number;
  /** ...unless it is already this deep. */
  maxLevel: number;
}

/**
 * Partition points into quadtree leaves of at most `maxPoints` (unless at
 * `maxLevel`). Empty leaves are left out. Returns leaf keys with the indexes
 * of their points, sorted by key for stable output.
 */
export function buildCells(points: readonly LatLon[], options: CellOptions): Map<string, number[]> {
  const leaves = new Map<string, number[]>();
  const split = (cell: CellId, members: number[]) => {
    if (members.length <= options.maxPoints || cell.z >= options.maxLevel) {
      leaves.set(cellKey(cell), members);
      return;
    }
    const children = new Map<string, { id: CellId; members: number[] }>();
    for (const i of members) {
      const child = cellOf(points[i]!, cell.z + 1);
      const key = cellKey(child);
      const entry = children.get(key) ?? { id: child, members: [] };
      entry.members.push(i);
      children.set(key, entry);
    }
    for (const { id, members: m } of children.values()) split(id, m);
  };
  const roots = new Map<string, { id: CellId; members: number[] }>();
  points.forEach((p, i) => {
    const id = cellOf(p, 0);
    const key = cellKey(id);
    const entry = roots.get(key) ?? { id, members: [] };
    entry.members.push(i);
    roots.set(key, entry);
  });
  for (const { id, members } of roots.values()) split(id, members);
  return new Map([...leaves.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
