import type { LatLon } from '../geo/distance';
import { buildGridIndex, nearest, type GridIndex } from '../geo/nearby';
import { LEVELS_OF_CARE, type LevelOfCareId } from '../taxonomy';

/** The few fields nearby alternatives need: keeps the index small for 18,000 facilities. */
export interface AlternativeCandidate {
  id: string;
  location?: LatLon;
  levelsOfCare: readonly LevelOfCareId[];
  status: 'active' | 'temporarily-closed' | 'closed';
}

export interface Alternative {
  id: string;
  /** Miles, rounded to one decimal. */
  miles: number;
  /** The levels of care it shares with the facility, in taxonomy order (always including the page's level). */
  sharedLevels: LevelOfCareId[];
}

/**
 * The level of care a facility's page is about, which its alternatives must
 * offer: the first level in taxonomy order other than plain outpatient, which
 * nearly every facility also lists. Someone on an IOP's page wants another
 * IOP, not an outpatient-only office; only an outpatient-only facility is
 * about outpatient care.
 */
export function pageLevel(levels: readonly LevelOfCareId[]): LevelOfCareId | undefined {
  return (
    LEVEL_IDS.find((id) => id !== 'outpatient' && levels.includes(id)) ?? (levels.length ? 'outpatient' : undefined)
  );
}

export interface AlternativeOptions {
  /** How many alternatives per facility. */
  limit?: number;
  /** Farthest alternative worth listing, in miles. */
  maxMiles?: number;
}

export const DEFAULT_ALTERNATIVES = 5;
const LEVEL_IDS: LevelOfCareId[] = LEVELS_OF_CARE.map((l) => l.id);
export const DEFAULT_ALTERNATIVE_MILES = 100;

/**
 * For every facility with a location, the nearest open facilities offering
 * the level of care its page is about ({@link pageLevel}). One grid index per
 * level is built once, then each facility queries only its level's index: the
 * whole directory takes well under a second instead of 18,000² distance sums.
 */
export function computeAlternatives(
  facilities: readonly AlternativeCandidate[],
  options: AlternativeOptions = {},
): Map<string, Alternative[]> {
  const limit = options.limit ?? DEFAULT_ALTERNATIVES;
  const maxMiles = options.maxMiles ?? DEFAULT_ALTERNATIVE_MILES;
  const byLevel = new Map<LevelOfCareId, GridIndex<AlternativeCandidate>>();
  for (const level of LEVELS_OF_CARE) {
    const items = facilities
      .filter((f) => f.status === 'active' && f.location && f.levelsOfCare.includes(level.id))
      .map((f) => ({ point: f.location!, value: f }));
    byLevel.set(level.id, buildGridIndex(items));
  }

  const result = new Map<string, Alternative[]>();
  for (const facility of facilities) {
    const from = facility.location;
    const level = pageLevel(facility.levelsOfCare);
    const index = level && byLevel.get(level);
    if (!from || !index) continue;
    const hits = nearest(index, from, { limit, maxMiles, accept: (c) => c.id !== facility.id });
    const list = hits.map((hit) => ({
      id: hit.value.id,
      miles: Math.round(hit.miles * 10) / 10,
      sharedLevels: LEVEL_IDS.filter((l) => facility.levelsOfCare.includes(l) && hit.value.levelsOfCare.includes(l)),
    }));
    if (list.length) result.set(facility.id, list);
  }
  return result;
}
