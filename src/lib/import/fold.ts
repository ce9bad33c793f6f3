/**
 * Second merge pass: facilities that share name, second name, phone and ZIP
 * are one facility when their streets do not contradict it: one of them has
 * the street withheld or only a PO box, or both have the same house number
 * or the same street lines in another order ("340 NE Maple St" / "340 Maple
 * St NE"). These are the dataset validator's duplicate rules
 * (src/lib/validate/duplicates.ts), applied before writing so the import
 * produces no duplicates. Separate sites of one operator that share a name
 * and a central phone line keep their own records.
 */
import { mergedValues, type MergedFacility, type MergedRow, type MergedValues } from './merge';
import { nameKey, phoneDigits } from '../identity/normalize';
import { placingStreet, sameSiteReason } from '../identity/same-site';

const hasStreet = (v: MergedValues) => placingStreet(v.address) !== undefined;

/** Two facilities with streets that agree: same house number, or the same street lines in any order. */
const sameSite = (a: MergedValues, b: MergedValues) => sameSiteReason(a.address, b.address) !== undefined;

function bucketKey(v: MergedValues): string | undefined {
  if (!v.phone) return undefined;
  return `${nameKey(v.name)}/${nameKey(v.alternateName ?? '')}|${phoneDigits(v.phone)}|${v.address.zip}`;
}

/** One round: returns the groups of facility indexes to fold (first = the one to keep), or none. */
function findFolds(values: readonly MergedValues[]): number[][] {
  const parent = values.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  let unions = 0;
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    unions++;
  };
  const buckets = new Map<string, number[]>();
  values.forEach((v, i) => {
    const key = bucketKey(v);
    if (key === undefined) return;
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  });
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const streets = bucket.filter((i) => hasStreet(values[i]!));
    const others = bucket.filter((i) => !hasStreet(values[i]!));
    for (let x = 0; x < streets.length; x++) {
      for (let y = x + 1; y < streets.length; y++) {
        if (sameSite(values[streets[x]!]!, values[streets[y]!]!)) union(streets[x]!, streets[y]!);
      }
    }
    // A facility without a street joins the first one with a street (never two sites at once).
    const anchor = streets[0] ?? others[0]!;
    for (const i of others) if (i !== anchor) union(i, anchor);
  }
  if (unions === 0) return [];
  const sets = new Map<number, number[]>();
  values.forEach((_, i) => {
    const root = find(i);
    sets.set(root, [...(sets.get(root) ?? []), i]);
  });
  return [...sets.values()]
    .filter((set) => set.length > 1)
    .map((set) => set.sort((a, b) => Number(hasStreet(values[b]!)) - Number(hasStreet(values[a]!)) || a - b));
}

/**
 * Fold each set of facility indexes into its first facility: its rows gain
 * the others' rows, and every merge record follows the rows to the kept key.
 */
export function applyFolds(
  facilities: readonly MergedFacility[],
  merged: readonly MergedRow[],
  folds: readonly number[][],
  kind: MergedRow['kind'],
): { facilities: MergedFacility[]; merged: MergedRow[] } {
  let rows = [...merged];
  const gone = new Set<number>();
  const replaced = new Map<number, MergedFacility>();
  for (const set of folds) {
    const [keep, ...rest] = set.map((i) => facilities[i]!);
    const primary = keep!.rows[0]!;
    const byOldKey = new Map(rest.map((f) => [f.key, f]));
    rows = rows.map((m) =>
      byOldKey.has(m.key)
        ? { ...m, key: keep!.key, into: m.into === byOldKey.get(m.key)!.rows[0] ? primary : m.into }
        : m,
    );
    for (const f of rest) rows.push({ row: f.rows[0]!, into: primary, kind, key: keep!.key });
    replaced.set(set[0]!, { key: keep!.key, rows: [...keep!.rows, ...rest.flatMap((f) => f.rows)] });
    for (const i of set.slice(1)) gone.add(i);
  }
  return {
    facilities: facilities.flatMap((f, i) => (gone.has(i) ? [] : [replaced.get(i) ?? f])),
    merged: rows,
  };
}

/** Fold facilities the validator would call duplicates; updates the merge record of every row. */
export function foldSameFacility(
  facilities: readonly MergedFacility[],
  merged: readonly MergedRow[],
): { facilities: MergedFacility[]; merged: MergedRow[] } {
  let current = { facilities: [...facilities], merged: [...merged] };
  for (let round = 0; round < 5; round++) {
    const folds = findFolds(current.facilities.map(mergedValues));
    if (folds.length === 0) break;
    current = applyFolds(current.facilities, current.merged, folds, 'same-phone');
  }
  return current;
}
