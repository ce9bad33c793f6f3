import { describe, expect, it } from 'vitest';
import { distanceMiles } from '../geo/distance';
import { NO_FILTER, type FacetFilter } from './facets';
import { FILTER_GROUPS, groupTerms, maskOf } from './groups';
import type { SearchRequest } from './service';
import { makeFacility, memoryService, seededRandom } from './testing';

const DENVER = { lat: 39.7313, lon: -104.9811 };
const IOP = maskOf(groupTerms('levels'), ['intensive-outpatient']);
const withLevels = (levels: number): FacetFilter => ({ ...NO_FILTER, masks: { ...NO_FILTER.masks, levels } });

/** Synthetic facilities around Denver and in Wyoming. */
function facilities() {
  const rnd = seededRandom(3);
  return Array.from({ length: 400 }, (_, i) =>
    makeFacility({
      id: `f-${String(i).padStart(3, '0')}`,
      name: i % 50 === 0 ? `Serenity Center ${i}` : i % 61 === 0 ? `Canteen Clinic ${i}` : `Clinic ${i}`,
      alternateName: i === 78 ? 'Teen Challenge' : undefined,
      address: { city: i % 2 ? 'Denver' : 'Pueblo', state: i % 7 === 0 ? 'WY' : 'CO', zip: '80203' },
      location: { lat: DENVER.lat + (rnd() - 0.5) * 3, lon: DENVER.lon + (rnd() - 0.5) * 3, precision: 'exact' },
      levelsOfCare: i % 3 === 0 ? ['intensive-outpatient'] : ['outpatient'],
      specialties: i % 11 === 0 ? ['adolescents'] : [],
      telehealth: i % 5 === 0,
    }),
  );
}

const request = (over: Partial<SearchRequest>): SearchRequest => ({
  words: [],
  radius: 25,
  filter: NO_FILTER,
  termFilter: NO_FILTER,
  order: 'relevance',
  page: 1,
  pageSize: 20,
  countGroups: FILTER_GROUPS,
  ...over,
});

/** Search, then load the page shown, as the worker does. */
async function searchAndLoad(service: ReturnType<typeof memoryService>['service'], req: SearchRequest) {
  const answer = await service.search(req);
  await service.loadPage(req, answer.result);
  return answer;
}

describe('search service', () => {
  const all = facilities();

  it('near a place: every facility within the radius, nearest first, from map cells only', async () => {
    const { service, fetched } = memoryService(all);
    const { result, complete } = await service.search(request({ center: DENVER, radius: 25 }));
    const expected = all
      .map((f) => ({ id: f.id, d: distanceMiles(DENVER, f.location!) }))
      .filter((x) => x.d <= 25)
      .sort((a, b) => a.d - b.d);
    expect([...result.order].map((n) => service.store!.get(n)!.id)).toEqual(expected.map((x) => x.id));
    expect(result.distance![0]).toBeCloseTo(expected[0]!.d, 2);
    expect(complete).toBe(true);
    expect(fetched.every((p) => /^search\/(manifest|cells)\.json$|^search\/c\//.test(p))).toBe(true);
  });

  it('combines place, state, filters and name words, exactly', async () => {
    const { service } = memoryService(all);
    const { result } = await service.search(
      request({
        center: DENVER,
        radius: 100,
        state: 'CO',
        words: [{ word: 'serenty', prefix: false }],
        filter: withLevels(IOP),
      }),
    );
    const expected = all.filter(
      (f, i) => i % 50 === 0 && i % 3 === 0 && i % 7 !== 0 && distanceMiles(DENVER, f.location!) <= 100,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect([...result.order].map((n) => service.store!.get(n)!.id).sort()).toEqual(expected.map((f) => f.id).sort());
  });

  it('nationwide with a filter: loads that column and the page shown, then the other counts', async () => {
    const { service, fetched } = memoryService(all);
    const first = await service.search(request({ termFilter: withLevels(IOP) }));
    const iop = all.filter((f) => f.levelsOfCare.includes('intensive-outpatient'));
    expect(first.result.order.length).toBe(iop.length);
    expect(first.complete).toBe(false);
    expect(fetched.filter((p) => p.startsWith('search/g/'))).toEqual(['search/g/levels.bin']);
    expect(fetched.some((p) => p.startsWith('search/c/'))).toBe(false);
    // The answer comes first; then the page shown is loaded, and the rest of the results need not be.
    const shown = [...first.result.order.subarray(0, 20)];
    expect(first.pageLoaded).toBe(false);
    await service.loadPage(request({ termFilter: withLevels(IOP) }), first.result);
    expect(shown.every((n) => service.store!.get(n))).toBe(true);
    expect(service.store!.log.length).toBeLessThan(iop.length);
    expect(first.result.counts.groups.specialties).toBeUndefined();
    await service.completeCounts(FILTER_GROUPS);
    const again = await service.search(request({ termFilter: withLevels(IOP) }));
    expect(again.complete).toBe(true);
    const teens = iop.filter((f) => f.specialties.includes('adolescents')).length;
    expect(
      again.result.counts.groups.specialties![groupTerms('specialties').findIndex((t) => t.id === 'adolescents')],
    ).toBe(teens);
    expect(again.result.counts.telehealth).toBe(iop.filter((f) => f.telehealth).length);
  });

  it('loads every result of a nationwide search on request, fetching only the chunks still missing', async () => {
    const { service, fetched } = memoryService(all);
    const req = request({ termFilter: withLevels(IOP) });
    const { result } = await searchAndLoad(service, req);
    const before = fetched.filter((p) => p.startsWith('search/d/')).length;
    await service.loadRecords(result.order);
    const ids = [...result.order].map((n) => service.store!.get(n)?.id);
    expect(ids.every(Boolean)).toBe(true);
    expect([...ids].sort()).toEqual(
      all.filter((f) => f.levelsOfCare.includes('intensive-outpatient')).map((f) => f.id),
    );
    const files = fetched.filter((p) => /^search\/[db]\//.test(p));
    expect(new Set(files).size).toBe(files.length);
    // A third of 400 facilities touch most chunks of both blocks: two block files, not dozens of chunks.
    expect(files.slice(before)).toEqual(['search/b/0.json', 'search/b/1.json']);
    // Asked again: everything is there, nothing more is fetched.
    await service.loadRecords(result.order);
    expect(fetched.filter((p) => /^search\/[db]\//.test(p)).length).toBe(files.length);
  });

  it('loads a few scattered results by their chunks, not whole blocks', async () => {
    const { service, fetched } = memoryService(all);
    const { result } = await service.search(request({ words: [{ word: 'serenity', prefix: false }] }));
    await service.loadRecords(result.order);
    expect([...result.order].every((n) => service.store!.get(n))).toBe(true);
    expect(fetched.filter((p) => p.startsWith('search/b/'))).toEqual([]);
  });

  it('a state is one run of ordinals, listed by name', async () => {
    const { service } = memoryService(all);
    const { result } = await searchAndLoad(service, request({ state: 'WY', filter: withLevels(IOP) }));
    const ids = [...result.order].map((n) => n);
    const wy = all.filter((f) => f.address.state === 'WY' && f.levelsOfCare.includes('intensive-outpatient'));
    expect(ids.length).toBe(wy.length);
    const names = ids.slice(0, 20).map((n) => service.store!.get(n)!.name.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('matches name words as whole words, with typos by length and the last word as a start', async () => {
    const { service } = memoryService(all);
    const run = async (word: string, prefix = false) => {
      const { result } = await service.search(request({ words: [{ word, prefix }] }));
      return { n: result.order.length, unmatched: result.unmatched };
    };
    expect((await run('serenety')).n).toBe(8);
    expect((await run('seren', true)).n).toBe(8);
    expect((await run('seren')).unmatched).toEqual(['seren']);
    // "teen" is a whole word of one alternate name, not the inside of "Canteen".
    expect((await run('teen')).n).toBe(1);
    expect((await run('xyzzy')).unmatched).toEqual(['xyzzy']);
  });

  it('offers a guess for a word that matched nothing', async () => {
    const { service } = memoryService(all);
    const { result } = await service.search(request({ words: [{ word: 'senerity', prefix: false }] }));
    expect(result.unmatched).toEqual(['senerity']);
    expect(result.suggestions).toEqual({ senerity: 'serenity' });
  });

  it('with a place and name words, ranks match quality first, then distance', async () => {
    const { service } = memoryService(all);
    const { result } = await service.search(
      request({ center: DENVER, radius: 100, words: [{ word: 'serenity', prefix: false }] }),
    );
    expect(result.appliedOrder).toBe('relevance');
    const d = [...result.distance!];
    expect(d).toEqual([...d].sort((a, b) => a - b)); // all the same quality: nearest first
  });

  it('names a word that matches nothing and searches without it', async () => {
    const { service } = memoryService(all);
    const { result } = await service.search(
      request({ center: DENVER, radius: 100, words: [{ word: 'qqqq', prefix: false }], termFilter: withLevels(IOP) }),
    );
    expect(result.unmatched).toEqual(['qqqq']);
    expect(result.order.length).toBeGreaterThan(0);
  });

  it('reads the words as a name when the terms read from them find nothing', async () => {
    const { service } = memoryService(all);
    const teen = maskOf(groupTerms('specialties'), ['adolescents']);
    const { result } = await searchAndLoad(
      service,
      request({
        words: [{ word: 'challenge', prefix: false }],
        termFilter: { ...NO_FILTER, masks: { ...NO_FILTER.masks, specialties: teen } },
        fallbackWords: [
          { word: 'teen', prefix: false },
          { word: 'challenge', prefix: false },
        ],
      }),
    );
    expect(result.readAsNames).toBe(true);
    expect([...result.order].map((n) => service.store!.get(n)!.alt)).toEqual(['Teen Challenge']);
  });
});
