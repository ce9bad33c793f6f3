import { stateName, type StateCode } from '../geo/states';
import { LEVELS_OF_CARE, SPECIALTIES, type LevelOfCareId, type SpecialtyId } from '../taxonomy';

/** The fields directory pages group and sort by. */
export interface Listable {
  id: string;
  name: string;
  address: { city: string; state: StateCode };
  levelsOfCare: readonly LevelOfCareId[];
  specialties: readonly SpecialtyId[];
  status: 'active' | 'temporarily-closed' | 'closed';
}

export interface Count<K extends string = string> {
  id: K;
  count: number;
}

export interface StateGroup<T extends Listable> {
  code: StateCode;
  name: string;
  /** Listed facilities, by name then city. */
  facilities: T[];
  /** Levels with at least one facility, in taxonomy order. */
  levels: (Count<LevelOfCareId> & { facilities: T[] })[];
  /** Cities by facility count, most first, then by name. */
  cities: Count[];
}

export interface SpecialtyGroup {
  id: SpecialtyId;
  total: number;
  /** States with at least one facility, by state name. */
  states: Count<StateCode>[];
  /** Levels of care among those facilities, in taxonomy order. */
  levels: Count<LevelOfCareId>[];
}

export interface DirectoryGroups<T extends Listable> {
  /** Every listed (not closed) facility, by name then city. */
  listed: T[];
  /** States and territories with listed facilities, by name. */
  states: StateGroup<T>[];
  stateByCode: Map<StateCode, StateGroup<T>>;
  /** Specialties with listed facilities, in taxonomy order. */
  specialties: SpecialtyGroup[];
  specialtyById: Map<SpecialtyId, SpecialtyGroup>;
  /** Listed facilities per level of care, across all states. */
  levelTotals: Count<LevelOfCareId>[];
}

const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

export function compareListings(a: Listable, b: Listable): number {
  return collator.compare(a.name, b.name) || collator.compare(a.address.city, b.address.city) || (a.id < b.id ? -1 : 1);
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Group the whole directory in one pass. Directory pages then read their
 * slice from these maps instead of scanning 18,000 facilities each. Closed
 * facilities keep their own pages but are left out of lists and counts.
 */
export function groupDirectory<T extends Listable>(all: readonly T[]): DirectoryGroups<T> {
  const listed = all.filter((f) => f.status !== 'closed').sort(compareListings);
  const perState = new Map<StateCode, T[]>();
  const specialtyStates = new Map<SpecialtyId, Map<StateCode, number>>();
  const specialtyLevels = new Map<SpecialtyId, Map<LevelOfCareId, number>>();
  const levelTotals = new Map<LevelOfCareId, number>();

  for (const f of listed) {
    const list = perState.get(f.address.state);
    if (list) list.push(f);
    else perState.set(f.address.state, [f]);
    for (const level of f.levelsOfCare) increment(levelTotals, level);
    for (const s of f.specialties) {
      if (!specialtyStates.has(s)) {
        specialtyStates.set(s, new Map());
        specialtyLevels.set(s, new Map());
      }
      increment(specialtyStates.get(s)!, f.address.state);
      for (const level of f.levelsOfCare) increment(specialtyLevels.get(s)!, level);
    }
  }

  const states: StateGroup<T>[] = [...perState.entries()]
    .map(([code, facilities]) => {
      const cityCounts = new Map<string, number>();
      for (const f of facilities) increment(cityCounts, f.address.city);
      const levels = LEVELS_OF_CARE.map((level) => {
        const inLevel = facilities.filter((f) => f.levelsOfCare.includes(level.id));
        return { id: level.id, count: inLevel.length, facilities: inLevel };
      }).filter((l) => l.count > 0);
      const cities = [...cityCounts.entries()]
        .map(([id, count]) => ({ id, count }))
        .sort((a, b) => b.count - a.count || collator.compare(a.id, b.id));
      return { code, name: stateName(code) ?? code, facilities, levels, cities };
    })
    .sort((a, b) => collator.compare(a.name, b.name));

  const specialties: SpecialtyGroup[] = SPECIALTIES.filter((s) => specialtyStates.has(s.id)).map((s) => {
    const byState = specialtyStates.get(s.id)!;
    const byLevel = specialtyLevels.get(s.id)!;
    return {
      id: s.id,
      total: [...byState.values()].reduce((a, b) => a + b, 0),
      states: [...byState.entries()]
        .map(([id, count]) => ({ id, count }))
        .sort((a, b) => collator.compare(stateName(a.id) ?? a.id, stateName(b.id) ?? b.id)),
      levels: LEVELS_OF_CARE.filter((l) => byLevel.has(l.id)).map((l) => ({ id: l.id, count: byLevel.get(l.id)! })),
    };
  });

  return {
    listed,
    states,
    stateByCode: new Map(states.map((s) => [s.code, s])),
    specialties,
    specialtyById: new Map(specialties.map((s) => [s.id, s])),
    levelTotals: LEVELS_OF_CARE.filter((l) => levelTotals.has(l.id)).map((l) => ({
      id: l.id,
      count: levelTotals.get(l.id)!,
    })),
  };
}

/** Split a list into pages of `size`; always at least one (possibly empty) page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}
