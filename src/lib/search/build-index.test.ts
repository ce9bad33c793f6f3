import { describe, expect, it } from 'vitest';
import { distanceMiles } from '../geo/distance';
import { buildSearchIndex } from './build-index';
import { decodeColumn } from './columns';
import { GROUPS } from './groups';
import { cellsForCircle, chunksFor, isManifest } from './manifest';
import { unpackRecord } from './record';
import { makeFacility, seededRandom } from './testing';

const STATES = ['CO', 'NY', 'CA'] as const;
const CENTRES = [
  [39.74, -104.99],
  [40.71, -74.0],
  [34.05, -118.24],
] as const;

/** Synthetic facilities, clustered like real ones around a few cities. */
function facilities(n: number, seed: number) {
  const rnd = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const [clat, clon] = CENTRES[i % 3]!;
    const spread = i % 10 === 0 ? 6 : 0.6;
    return makeFacility({
      id: `f-${i}`,
      name: `Clinic ${i % 7 === 0 ? 'Serenity' : 'Hope'} ${i}`,
      address: { city: 'X', state: STATES[i % 3]!, zip: '80203' },
      location:
        i === 5
          ? undefined
          : { lat: clat + (rnd() - 0.5) * spread, lon: clon + (rnd() - 0.5) * spread, precision: 'exact' },
      levelsOfCare: i % 4 === 0 ? ['intensive-outpatient'] : ['outpatient'],
      status: i === 9 ? 'closed' : 'active',
    });
  });
}

describe('search index', () => {
  const all = facilities(3000, 42);
  const index = buildSearchIndex(all, { cells: { maxPoints: 100, maxLevel: 12 }, chunk: 16 });
  const { manifest } = index;
  const records = [...index.chunks.values()].flatMap((c) => c.r.map((row) => unpackRecord(row)!));

  it('numbers every searchable facility once, by state then name, and leaves closed ones out', () => {
    expect(manifest.total).toBe(2999);
    expect(records.map((r) => r.idx)).toEqual(records.map((_, i) => i));
    expect(records.some((r) => r.id === 'f-9')).toBe(false);
    for (let i = 1; i < records.length; i++) {
      const [a, b] = [records[i - 1]!, records[i]!];
      expect(a.state < b.state || (a.state === b.state && a.name.toLowerCase() <= b.name.toLowerCase())).toBe(true);
    }
    expect(isManifest(JSON.parse(JSON.stringify(manifest)))).toBe(true);
  });

  it('gives each state one run of ordinals', () => {
    for (const [state, [from, to]] of Object.entries(manifest.states)) {
      expect(records.slice(from, to).every((r) => r.state === state)).toBe(true);
      expect(records.filter((r) => r.state === state).length).toBe(to - from);
    }
  });

  it('puts every located facility in exactly one map cell, none over the limit', () => {
    const ordinals = [...index.cells.values()].flatMap((c) => c.r.map((row) => row[0] as number));
    expect(new Set(ordinals).size).toBe(ordinals.length);
    expect(ordinals.length).toBe(records.filter((r) => !Number.isNaN(r.lat)).length);
    for (const cell of index.cells.values()) expect(cell.r.length).toBeLessThanOrEqual(100);
  });

  it('finds every facility within a radius in the cells it picks', () => {
    const rnd = seededRandom(7);
    for (let t = 0; t < 20; t++) {
      const [clat, clon] = CENTRES[t % 3]!;
      const center = { lat: clat + (rnd() - 0.5) * 4, lon: clon + (rnd() - 0.5) * 4 };
      const miles = [5, 25, 100][t % 3]!;
      const picked = new Set(cellsForCircle(index.cellList, center, miles));
      const inPicked = new Set(
        [...index.cells.values()].filter((c) => picked.has(c.k)).flatMap((c) => c.r.map((row) => row[0])),
      );
      for (const r of records) {
        if (!Number.isNaN(r.lat) && distanceMiles(center, r) <= miles) expect(inPicked.has(r.idx)).toBe(true);
      }
    }
  });

  it('writes columns that decode to every facility’s masks and flags', () => {
    GROUPS.forEach((g, gi) => {
      const masks = decodeColumn(index.columns.get(g.key)!, manifest.columns[gi]!, manifest.total)!;
      expect([...masks]).toEqual(records.map((r) => r.masks[gi]));
    });
    expect([...index.columns.get('flags')!]).toEqual(records.map((r) => r.flags));
  });

  it('lists every name word with its facilities, and the chunks of any ordinals', () => {
    const shard = index.names.get('s')!;
    const postings = shard.p[shard.w.indexOf('serenity')]!;
    let value = 0;
    const ordinals = postings.map((d) => (value += d) >>> 2);
    expect(ordinals).toEqual(records.filter((r) => r.name.includes('Serenity')).map((r) => r.idx));
    expect(chunksFor(manifest, [0, 15, 16, 40])).toEqual(['0', '1', '2']);
  });
});
