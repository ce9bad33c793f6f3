import { CODED_VOCABULARIES, type Term } from '../taxonomy';

/**
 * Taxonomy vocabularies as they are packed into search records: each group is
 * one 32-bit mask, bit i = the i-th term of the vocabulary. Shards and the
 * browser bundle are built together, so taxonomy order is a shared contract
 * within one build only.
 */
export const GROUPS = [
  { key: 'levels', field: 'levelsOfCare', terms: CODED_VOCABULARIES.levelsOfCare },
  { key: 'specialties', field: 'specialties', terms: CODED_VOCABULARIES.specialties },
  { key: 'payment', field: 'payment', terms: CODED_VOCABULARIES.payment },
  { key: 'ages', field: 'ages', terms: CODED_VOCABULARIES.ages },
  { key: 'languages', field: 'languages', terms: CODED_VOCABULARIES.languages },
  { key: 'medications', field: 'medications', terms: CODED_VOCABULARIES.medications },
  { key: 'careFocus', field: 'careFocus', terms: CODED_VOCABULARIES.careFocus },
  { key: 'therapies', field: 'therapies', terms: CODED_VOCABULARIES.therapies },
] as const satisfies readonly { key: string; field: string; terms: readonly Term[] }[];

export type GroupKey = (typeof GROUPS)[number]['key'];
export const GROUP_COUNT = GROUPS.length;
/** Index of each group in a record's `masks` array. */
export const GROUP_INDEX = Object.fromEntries(GROUPS.map((g, i) => [g.key, i])) as Record<GroupKey, number>;
/** A group's vocabulary, by key. */
export function groupTerms(key: GroupKey): readonly Term[] {
  return GROUPS[GROUP_INDEX[key]]!.terms;
}

/** The groups a person can filter by: every group, in the order the filters show them. */
export const FILTER_GROUPS = [
  'levels',
  'specialties',
  'payment',
  'ages',
  'languages',
  'medications',
  'careFocus',
  'therapies',
] as const;
export type FilterGroupKey = (typeof FILTER_GROUPS)[number];

for (const g of GROUPS) {
  if (g.terms.length > 32) throw new Error(`Taxonomy group ${g.key} has more than 32 terms: widen its mask`);
}

/** Mask of the given ids in a vocabulary; unknown ids are ignored. */
export function maskOf(terms: readonly Term[], ids: readonly string[]): number {
  let mask = 0;
  for (const id of ids) {
    const bit = terms.findIndex((t) => t.id === id);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask >>> 0;
}

/** Terms whose bits are set in the mask, in taxonomy order. */
export function termsOf<T extends Term>(terms: readonly T[], mask: number): T[] {
  return terms.filter((_, bit) => (mask >>> bit) & 1);
}

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
