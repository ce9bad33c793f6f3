import type { SearchRecord } from './record';

/** How the result list is ordered. */
export type RankOrder = 'distance' | 'relevance' | 'name';

/**
 * The order a request really gets. With a place, "relevance" means nearest
 * first (free text only narrows the list); without one it is text relevance,
 * or name when there is no text. "distance" without a place falls back the same way.
 */
export function resolveOrder(requested: RankOrder, hasPlace: boolean, hasText: boolean): RankOrder {
  if (requested === 'name') return 'name';
  if (hasPlace) return 'distance';
  return hasText ? 'relevance' : 'name';
}

/**
 * Position of every record in name order (ties by id), so later sorts
 * compare numbers instead of strings.
 */
export function nameRanks(records: readonly SearchRecord[]): Int32Array {
  const keys = records.map((r) => `${r.name.toLowerCase()}\u0000${r.id}`);
  const order = records.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  const ranks = new Int32Array(records.length);
  order.forEach((idx, rank) => (ranks[idx] = rank));
  return ranks;
}

export interface RankInput {
  /** Record indexes to order. */
  idx: ArrayLike<number>;
  /** Text score (0..1, higher is better) per entry of `idx`, when free text is active. */
  score?: ArrayLike<number>;
  /** Distance in miles per record index, when a place is set. */
  distance?: Float64Array;
  /** From nameRanks(), for every record. */
  nameRank: Int32Array;
  order: RankOrder;
}

/** Resolution of the primary key: 1/10,000 mile, or 1/10,000 of a text score. */
const STEP = 1e4;

/**
 * Order results: distance, text score or name first, then name, then id, so
 * the same search gives the same order everywhere. Each result becomes one
 * number (primary key, then name rank) and a native numeric sort does the
 * rest: thousands of results sort in about a millisecond.
 */
export function rank({ idx, score, distance, nameRank, order }: RankInput): Int32Array {
  const n = idx.length;
  const size = nameRank.length + 1;
  const keys = new Float64Array(n);
  const byRank = new Int32Array(size);
  for (let p = 0; p < n; p++) {
    const i = idx[p]!;
    const nr = nameRank[i]!;
    byRank[nr] = i;
    let primary = 0;
    if (order === 'distance' && distance) primary = Math.round(distance[i]! * STEP);
    else if (order === 'relevance' && score) primary = Math.round((1 - Math.min(1, Math.max(0, score[p]!))) * STEP);
    keys[p] = primary * size + nr;
  }
  keys.sort();
  const out = new Int32Array(n);
  for (let p = 0; p < n; p++) out[p] = byRank[keys[p]! % size]!;
  return out;
}
