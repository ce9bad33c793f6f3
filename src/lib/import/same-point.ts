/**
 * Third merge pass, on map points. Two facilities at the same exact locator
 * point with the same phone, one only in the substance-use directory and one
 * only in the mental-health directory, are one facility that the two
 * directories name differently: "Peninsula Community Health Servs of Kenai"
 * and "Peninsula Community Health Services / Kenai", or "Four County
 * Counseling Center" (2023) renamed "4C Health" (2024). They are merged, and
 * the newest edition gives the name.
 *
 * Every other group at one point with one phone is kept apart on purpose,
 * with the reason recorded in `keptSeparate` so the validator knows it was
 * decided: when one directory lists them separately they are separate
 * programs at one address (a hospital's detox unit and its outpatient clinic);
 * when both directories take part in a larger group, which rows pair up cannot
 * be told from the data.
 */
import { phoneDigits } from '../identity/normalize';
import type { SamhsaDirectory } from '../taxonomy';
import type { Located } from './coordinates';
import { applyFolds } from './fold';
import { mergedValues, type MergedFacility, type MergedRow, type MergedValues } from './merge';

export interface PlacedFacility {
  facility: MergedFacility;
  values: MergedValues;
  located: Located;
}

/** Reasons the importer writes start with this, so a re-import can tell them from a person's. */
export const KEPT_SEPARATE_PREFIX = 'SAMHSA';

const DIRECTORY_NAMES: Record<SamhsaDirectory, string> = { su: 'substance-use', mh: 'mental-health' };

const directoriesOf = (f: MergedFacility) => [...new Set(f.rows.map((r) => r.directory))].sort();

function pointKey(p: PlacedFacility): string | undefined {
  const location = p.located.location;
  if (location?.precision !== 'exact' || !p.values.phone) return undefined;
  return `${location.lat},${location.lon}|${phoneDigits(p.values.phone)}`;
}

/** Which facility of a pair gives the name: the newest edition, then substance use. */
function newestFirst(a: PlacedFacility, b: PlacedFacility): number {
  const [ra, rb] = [a.facility.rows[0]!, b.facility.rows[0]!];
  return rb.year - ra.year || (ra.directory === 'su' ? -1 : 1);
}

function keptReason(group: readonly PlacedFacility[]): string {
  const shared = (['su', 'mh'] as const).find((d) => group.every((p) => directoriesOf(p.facility).includes(d)));
  if (!shared) {
    return `${KEPT_SEPARATE_PREFIX}'s two directories list ${group.length} facilities at this address with the same phone, and the data cannot tell which are the same one; kept apart until a person checks.`;
  }
  const others = group.length - 1;
  return `${KEPT_SEPARATE_PREFIX}'s ${DIRECTORY_NAMES[shared]} directory lists it apart from ${others} other facilit${others === 1 ? 'y' : 'ies'} at this address with the same phone: separate programs at one address.`;
}

export interface SamePointResult {
  placed: PlacedFacility[];
  merged: MergedRow[];
  /** Reason each kept-apart facility stays separate, by facility key. */
  keptApart: Map<string, string>;
  /** Groups merged and kept, for the summary. */
  groups: { merged: number; kept: number };
}

export function foldSamePoint(placed: readonly PlacedFacility[], merged: readonly MergedRow[]): SamePointResult {
  const groups = new Map<string, number[]>();
  placed.forEach((p, i) => {
    const key = pointKey(p);
    if (key === undefined) return;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const folds: number[][] = [];
  const keptApart = new Map<string, string>();
  let kept = 0;
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const group = members.map((i) => placed[i]!);
    const dirs = group.map((p) => directoriesOf(p.facility).join('+'));
    if (group.length === 2 && dirs.includes('su') && dirs.includes('mh')) {
      folds.push([...members].sort((a, b) => newestFirst(placed[a]!, placed[b]!)));
      continue;
    }
    kept++;
    const reason = keptReason(group);
    for (const p of group) keptApart.set(p.facility.key, reason);
  }
  if (folds.length === 0) return { placed: [...placed], merged: [...merged], keptApart, groups: { merged: 0, kept } };
  const folded = applyFolds(
    placed.map((p) => p.facility),
    merged,
    folds,
    'same-point',
  );
  const placeOf = new Map(placed.map((p) => [p.facility.key, p]));
  return {
    placed: folded.facilities.map((f) => ({ ...placeOf.get(f.key)!, facility: f, values: mergedValues(f) })),
    merged: folded.merged,
    keptApart,
    groups: { merged: folds.length, kept },
  };
}
