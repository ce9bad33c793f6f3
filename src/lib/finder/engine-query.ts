import type { LatLon } from '../geo/distance';
import type { FacetFilter } from '../search/facets';
import { FILTER_GROUPS, groupTerms, maskOf } from '../search/groups';
import { allShardKeys, cellsForCircle, cellsForState, type Manifest } from '../search/manifest';
import type { EngineQuery } from '../search/engine';
import { queryWords } from '../search/normalize';
import type { FinderState } from './url-state';

/** FinderState list field behind each filter group. */
export const GROUP_STATE_FIELD = {
  levels: 'levels',
  specialties: 'specialties',
  payment: 'payment',
  ages: 'ages',
  languages: 'languages',
  medications: 'medications',
} as const satisfies Record<(typeof FILTER_GROUPS)[number], keyof FinderState>;

export function facetFilterOf(state: FinderState): FacetFilter {
  const masks = Object.fromEntries(
    FILTER_GROUPS.map((key) => [key, maskOf(groupTerms(key), state[GROUP_STATE_FIELD[key]])]),
  ) as FacetFilter['masks'];
  return { masks, telehealth: state.telehealth };
}

/** The engine's view of the finder state, once the place is resolved to a point. */
export function toEngineQuery(state: FinderState, center: LatLon | undefined): EngineQuery {
  return {
    q: state.q,
    center,
    radius: state.radius,
    state: state.state,
    filter: facetFilterOf(state),
    order: state.sort,
  };
}

export function hasAnyFilter(state: FinderState): boolean {
  return FILTER_GROUPS.some((key) => state[GROUP_STATE_FIELD[key]].length > 0) || state.telehealth;
}

/** Which facilities a search needs loaded. */
export type ShardPlan =
  | { scope: 'none' }
  | { scope: 'place'; keys: string[] }
  | { scope: 'state'; keys: string[] }
  | { scope: 'national'; keys: string[] };

/**
 * A place loads only the cells within its radius and a state only its own
 * cells. Text or filters with neither searches the whole country, which
 * loads every shard (about 1 MB): the page says so while it loads. With
 * nothing asked yet, nothing loads.
 */
export function planShards(state: FinderState, center: LatLon | undefined, manifest: Manifest): ShardPlan {
  if (center) return { scope: 'place', keys: cellsForCircle(manifest, center, state.radius) };
  if (state.state) return { scope: 'state', keys: cellsForState(manifest, state.state) };
  if (queryWords(state.q).length || hasAnyFilter(state)) return { scope: 'national', keys: allShardKeys(manifest) };
  return { scope: 'none' };
}
