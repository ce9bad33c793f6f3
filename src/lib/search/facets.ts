import { FILTER_GROUPS, GROUP_COUNT, GROUP_INDEX, type FilterGroupKey } from './group-keys';
import { FLAG_TELEHEALTH } from './record';

/** Flat per-record masks and flags, as RecordStore keeps them. */
export interface PackedFacets {
  masks: Uint32Array;
  flags: Uint8Array;
}

/**
 * Exact filters: within a group any chosen term will do (OR); every group
 * with a choice must be satisfied (AND). A mask of 0 means "no choice".
 */
export interface FacetFilter {
  masks: Record<FilterGroupKey, number>;
  telehealth: boolean;
}

/**
 * How many results each option would give if it were added to the current
 * filters. A group is missing while its data is still loading (a search of
 * the whole country counts from columns fetched one by one).
 */
export interface FacetCounts {
  groups: Partial<Record<FilterGroupKey, Int32Array>>;
  telehealth?: number;
}

export const NO_FILTER: FacetFilter = {
  masks: Object.fromEntries(FILTER_GROUPS.map((key) => [key, 0])) as Record<FilterGroupKey, number>,
  telehealth: false,
};

/** Both filters at once: within a group the options of either, telehealth if either asks. */
export function mergeFilters(a: FacetFilter, b: FacetFilter): FacetFilter {
  const masks = Object.fromEntries(FILTER_GROUPS.map((key) => [key, (a.masks[key] | b.masks[key]) >>> 0])) as Record<
    FilterGroupKey,
    number
  >;
  return { masks, telehealth: a.telehealth || b.telehealth };
}

export function isEmptyFilter(f: FacetFilter): boolean {
  return !f.telehealth && FILTER_GROUPS.every((key) => f.masks[key] === 0);
}

const GROUP_SLOTS = FILTER_GROUPS.map((key) => GROUP_INDEX[key]);
/** Slot for telehealth, after the taxonomy groups. */
const TELE_SLOT = FILTER_GROUPS.length;

/**
 * Apply the filters to `candidates` and count, for every option, the
 * candidates that satisfy all the other groups and have that option: the
 * usual faceted-search count, so picking an option never surprises.
 */
export function applyFacets(
  packed: PackedFacets,
  candidates: ArrayLike<number>,
  filter: FacetFilter,
  /** Per FILTER_GROUPS entry (and last, the flags): is the data there to count it? */
  countable: readonly boolean[] = [],
): { passing: Int32Array; counts: FacetCounts } {
  const wanted = FILTER_GROUPS.map((key) => filter.masks[key] >>> 0);
  // Byte histograms per group: 4 increments per record instead of one per set bit.
  const hist = FILTER_GROUPS.map(() => new Int32Array(4 * 256));
  let teleCount = 0;
  const { masks, flags } = packed;
  const passing = new Int32Array(candidates.length);
  let n = 0;
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c]!;
    const base = i * GROUP_COUNT;
    let failures = 0;
    let failed = -1;
    for (let s = 0; s < wanted.length; s++) {
      const w = wanted[s]!;
      if (w !== 0 && (masks[base + GROUP_SLOTS[s]!]! & w) === 0) {
        failures++;
        failed = s;
        if (failures > 1) break;
      }
    }
    const tele = (flags[i]! & FLAG_TELEHEALTH) !== 0;
    if (filter.telehealth && !tele) {
      failures++;
      failed = TELE_SLOT;
    }
    if (failures > 1) continue;
    if (failures === 0) {
      passing[n++] = i;
      for (let s = 0; s < wanted.length; s++) addMask(hist[s]!, masks[base + GROUP_SLOTS[s]!]!);
      if (tele) teleCount++;
    } else if (failed !== TELE_SLOT) {
      // Fails one taxonomy group only: it counts toward that group's options.
      addMask(hist[failed]!, masks[base + GROUP_SLOTS[failed]!]!);
    }
  }
  const known = (s: number) => countable[s] ?? true;
  return {
    passing: passing.slice(0, n),
    counts: {
      groups: Object.fromEntries(
        FILTER_GROUPS.flatMap((key, s) => (known(s) ? [[key, bitCounts(hist[s]!)]] : [])),
      ) as FacetCounts['groups'],
      telehealth: known(TELE_SLOT) ? teleCount : undefined,
    },
  };
}

function addMask(hist: Int32Array, mask: number) {
  if (mask === 0) return;
  hist[mask & 255]!++;
  if (mask > 255) {
    hist[256 + ((mask >>> 8) & 255)]!++;
    hist[512 + ((mask >>> 16) & 255)]!++;
    hist[768 + (mask >>> 24)]!++;
  }
}

/** Per-bit counts from byte histograms. */
function bitCounts(hist: Int32Array): Int32Array {
  const counts = new Int32Array(32);
  for (let byte = 0; byte < 4; byte++) {
    for (let value = 1; value < 256; value++) {
      const n = hist[byte * 256 + value]!;
      if (n === 0) continue;
      for (let bit = 0; bit < 8; bit++) if ((value >>> bit) & 1) counts[byte * 8 + bit]! += n;
    }
  }
  return counts;
}
