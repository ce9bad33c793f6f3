import { Facility, type FacilityInput } from '../schema';
import { buildSearchIndex, type SearchIndex } from './build-index';
import { SearchService } from './service';

/** A valid facility for tests: Denver by default, overridable field by field. */
export function makeFacility(overrides: Partial<FacilityInput> & { id: string }): Facility {
  return Facility.parse({
    name: 'Test Facility',
    address: { street1: '1 Main St', city: 'Denver', state: 'CO', zip: '80203' },
    location: { lat: 39.7313, lon: -104.9811, precision: 'exact' },
    ...overrides,
  });
}

/**
 * A search service over an index built in memory, as the site builds it:
 * `fetched` lists every file it asked for, in order.
 */
export function memoryService(facilities: readonly Facility[], options?: Parameters<typeof buildSearchIndex>[1]) {
  const index: SearchIndex = buildSearchIndex(facilities, options);
  const fetched: string[] = [];
  const json = (path: string): unknown => {
    const m = /^search\/(c|d|b|n)\/(.+)\.json$/.exec(path);
    if (path === 'search/manifest.json') return index.manifest;
    if (path === 'search/cells.json') return index.cellList;
    const files = { c: index.cells, d: index.chunks, b: index.blocks, n: index.names };
    const file = m && files[m[1] as keyof typeof files].get(m[2]!);
    if (!file) throw new Error(`404 ${path}`);
    return JSON.parse(JSON.stringify(file));
  };
  const service = new SearchService(
    async (path) => (fetched.push(path), json(path)),
    async (path) => {
      fetched.push(path);
      const bytes = index.columns.get(/^search\/g\/(.+)\.bin$/.exec(path)?.[1] ?? '');
      if (!bytes) throw new Error(`404 ${path}`);
      return bytes.slice();
    },
  );
  return { service, index, fetched };
}

/** Deterministic pseudo-random numbers (mulberry32) so property tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
