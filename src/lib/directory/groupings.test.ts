import { describe, expect, it } from 'vitest';
import { groupDirectory, paginate, type Listable } from './groupings';
import { pagedParams } from './pages';

const f = (
  id: string,
  state: Listable['address']['state'],
  city: string,
  levels: Listable['levelsOfCare'],
  specialties: Listable['specialties'] = [],
  status: Listable['status'] = 'active',
): Listable => ({ id, name: id.toUpperCase(), address: { city, state }, levelsOfCare: levels, specialties, status });

describe('groupDirectory', () => {
  const groups = groupDirectory([
    f('b', 'CO', 'Denver', ['outpatient', 'intensive-outpatient'], ['veterans']),
    f('a', 'CO', 'Boulder', ['intensive-outpatient'], ['veterans', 'women']),
    f('c', 'CO', 'Denver', ['detox']),
    f('d', 'AZ', 'Phoenix', ['residential'], ['veterans']),
    f('x', 'AZ', 'Phoenix', ['residential'], ['veterans'], 'closed'),
    f('t', 'AK', 'Anchorage', ['outpatient'], [], 'temporarily-closed'),
  ]);

  it('lists open and temporarily closed facilities by name, leaving closed ones out', () => {
    expect(groups.listed.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd', 't']);
  });

  it('groups states by name with level counts in taxonomy order and cities by size', () => {
    expect(groups.states.map((s) => s.code)).toEqual(['AK', 'AZ', 'CO']);
    const co = groups.stateByCode.get('CO')!;
    expect(co.facilities.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(co.levels.map((l) => [l.id, l.count])).toEqual([
      ['outpatient', 1],
      ['intensive-outpatient', 2],
      ['detox', 1],
    ]);
    expect(co.levels[1]!.facilities.map((x) => x.id)).toEqual(['a', 'b']);
    expect(co.cities).toEqual([
      { id: 'Denver', count: 2 },
      { id: 'Boulder', count: 1 },
    ]);
  });

  it('counts specialties by state and level', () => {
    const veterans = groups.specialtyById.get('veterans')!;
    expect(veterans.total).toBe(3);
    expect(veterans.states).toEqual([
      { id: 'AZ', count: 1 },
      { id: 'CO', count: 2 },
    ]);
    expect(veterans.levels.map((l) => l.id)).toEqual(['outpatient', 'intensive-outpatient', 'residential']);
    expect(groups.specialties.map((s) => s.id)).toEqual(['veterans', 'women']);
  });

  it('totals levels across the country', () => {
    expect(groups.levelTotals.find((l) => l.id === 'residential')!.count).toBe(1);
  });
});

describe('pagination', () => {
  it('splits into pages and numbers them from 2 in the URL', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
    const params = pagedParams([1, 2, 3], 2);
    expect(params.map((p) => [p.page, p.current, p.last])).toEqual([
      [undefined, 1, 2],
      ['2', 2, 2],
    ]);
  });
});
