/**
 * The order vocabularies are packed in: each group is one 32-bit mask in a
 * search record, bit i = the i-th term of the vocabulary. Kept apart from
 * the vocabularies themselves (groups.ts) so that the search worker, which
 * only needs this shape, does not download the taxonomy's words.
 */
export const GROUP_FIELDS = [
  ['levels', 'levelsOfCare'],
  ['specialties', 'specialties'],
  ['payment', 'payment'],
  ['ages', 'ages'],
  ['languages', 'languages'],
  ['medications', 'medications'],
  ['careFocus', 'careFocus'],
  ['therapies', 'therapies'],
] as const;

export type GroupKey = (typeof GROUP_FIELDS)[number][0];
export const GROUP_COUNT = GROUP_FIELDS.length;
/** Index of each group in a record's `masks` array. */
export const GROUP_INDEX = Object.fromEntries(GROUP_FIELDS.map(([key], i) => [key, i])) as Record<GroupKey, number>;
/** Key of each group, by index. */
export const GROUP_KEYS: readonly GroupKey[] = GROUP_FIELDS.map(([key]) => key);

/** The groups a person can filter by: every group. */
export const FILTER_GROUPS = [
  'levels',
  'specialties',
  'payment',
  'ages',
  'languages',
  'medications',
  'careFocus',
  'therapies',
] as const satisfies readonly GroupKey[];
export type FilterGroupKey = (typeof FILTER_GROUPS)[number];

/** Positions of the set bits, lowest first. */
export function bitsOf(mask: number): number[] {
  const bits: number[] = [];
  let m = mask >>> 0;
  while (m) {
    const low = m & -m;
    bits.push(31 - Math.clz32(low));
    m = (m ^ low) >>> 0;
  }
  return bits;
}
