import { CODED_VOCABULARIES, type Term } from '../taxonomy';
import { GROUP_FIELDS, GROUP_INDEX, type GroupKey } from './group-keys';

export * from './group-keys';

/**
 * Each group with its vocabulary, in packing order (see group-keys.ts).
 * Shards and the browser bundle are built together, so taxonomy order is a
 * shared contract within one build only.
 */
export const GROUPS = GROUP_FIELDS.map(([key, field]) => ({
  key,
  field,
  terms: CODED_VOCABULARIES[field] as readonly Term[],
}));

/** A group's vocabulary, by key. */
export function groupTerms(key: GroupKey): readonly Term[] {
  return GROUPS[GROUP_INDEX[key]]!.terms;
}

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
