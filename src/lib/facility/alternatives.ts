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
  /** The levels of care it shares with the facility, in taxonomy order. */
  sharedLevels: LevelOfCareId[];
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
 * For every facility with a location, the nearest open facilities offering at
 * least one of its levels of care. One grid index per level is built once,
 * then each facility queries only the indexes of its own levels: the whole
 * directory takes well under a second instead of 18,000² distance sums.
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

  const byId = new Map(facilities.map((f) => [f.id, f]));
  const result = new Map<string, Alternative[]>();
  for (const facility of facilities) {
    const from = facility.location;
    if (!from || facility.levelsOfCare.length === 0) continue;
    const merged = new Map<string, { miles: number; levels: Set<LevelOfCareId> }>();
    for (const level of facility.levelsOfCare) {
      const index = byLevel.get(level);
      if (!index) continue;
      const hits = nearest(index, from, { limit, maxMiles, accept: (c) => c.id !== facility.id });
      for (const hit of hits) {
        const entry = merged.get(hit.value.id);
        if (entry) entry.levels.add(level);
        else merged.set(hit.value.id, { miles: hit.miles, levels: new Set([level]) });
      }
    }
    // The union of each level's nearest `limit` holds the overall nearest
    // `limit` sharing any level; shared levels are recomputed from the
    // candidate, since a hit may show up in only one level's list.
    const list = [...merged.entries()]
      .sort((a, b) => a[1].miles - b[1].miles || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([id, { miles }]) => {
        const other = byId.get(id)!;
        return {
          id,
          miles: Math.round(miles * 10) / 10,
          sharedLevels: LEVEL_IDS.filter((l) => facility.levelsOfCare.includes(l) && other.levelsOfCare.includes(l)),
        };
      });
    if (list.length) result.set(facility.id, list);
  }
  return result;
}
