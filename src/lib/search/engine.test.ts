import { describe, expect, it } from 'vitest';
import { distanceMiles } from '../geo/distance';
import { SearchEngine, type EngineQuery } from './engine';
import { NO_FILTER } from './facets';
import { GROUP_INDEX, groupTerms, maskOf } from './groups';
import { packed, seededRandom } from './testing';

const DENVER = { lat: 39.7313, lon: -104.9811 };

function engine(n = 400) {
  const e = new SearchEngine();
  const rnd = seededRandom(3);
  const rows = Array.from({ length: n }, (_, i) =>
    packed({
      id: `f-${String(i).padStart(3, '0')}`,
      name: i % 50 === 0 ? `Serenity Center ${i}` : `Clinic ${i}`,
      address: { city: i % 2 ? 'Denver' : 'Pueblo', state: i % 7 === 0 ? 'WY' : 'CO', zip: '80203' },
      location: { lat: DENVER.lat + (rnd() - 0.5) * 3, lon: DENVER.lon + (rnd() - 0.5) * 3, precision: 'exact' },
      levelsOfCare: i % 3 === 0 ? ['intensive-outpatient'] : ['outpatient'],
    }),
  );
  e.store.addRows(rows);
  return e;
}

const query = (over: Partial<EngineQuery>): EngineQuery => ({
  q: '',
  radius: 25,
  filter: NO_FILTER,
  order: 'relevance',
  ...over,
});

describe('search engine', () => {
  it('returns exactly the facilities within the radius, nearest first', () => {
    const e = engine();
    const result = e.search(query({ center: DENVER, radius: 25 }));
    const expected = e.store.records
      .map((r) => ({ id: r.id, d: distanceMiles(DENVER, r) }))
      .filter((x) => x.d <= 25)
      .sort((a, b) => a.d - b.d)
      .map((x) => x.id);
    expect([...result.order].map((i) => e.store.records[i]!.id)).toEqual(expected);
    expect(result.appliedOrder).toBe('distance');
    const first = result.order[0]!;
    expect(result.distance![first]).toBeCloseTo(distanceMiles(DENVER, e.store.records[first]!), 9);
  });

  it('combines place, state, filters and text', () => {
    const e = engine();
    const iop = maskOf(groupTerms('levels'), ['intensive-outpatient']);
    const result = e.search(
      query({
        center: DENVER,
        radius: 100,
        state: 'CO',
        q: 'serenty',
        filter: { ...NO_FILTER, masks: { ...NO_FILTER.masks, levels: iop } },
      }),
    );
    const got = [...result.order].map((i) => e.store.records[i]!);
    expect(got.length).toBeGreaterThan(0);
    for (const r of got) {
      expect(r.state).toBe('CO');
      expect(r.name).toMatch(/^Serenity/);
      expect(r.masks[GROUP_INDEX.levels]! & iop).toBeTruthy();
    }
    const expectedCount = e.store.records.filter(
      (r, i) => i % 50 === 0 && i % 3 === 0 && i % 7 !== 0 && distanceMiles(DENVER, r) <= 100,
    ).length;
    expect(got.length).toBe(expectedCount);
  });

  it('orders by relevance without a place and by name on request', () => {
    const e = engine();
    const byText = e.search(query({ q: 'serenity center' }));
    expect(byText.appliedOrder).toBe('relevance');
    expect(byText.order.length).toBe(8);
    const byName = e.search(query({ state: 'WY', order: 'name' }));
    const names = [...byName.order].map((i) => e.store.records[i]!.name);
    expect(names).toEqual([...names].sort());
    expect(e.search(query({ order: 'distance' })).appliedOrder).toBe('name');
  });
});
