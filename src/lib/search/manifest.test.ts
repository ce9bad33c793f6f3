import { describe, expect, it } from 'vitest';
import { distanceMiles } from '../geo/distance';
import { buildShards, cellsForCircle, cellsForState, allShardKeys, isManifest, NO_POINT_SHARD } from './manifest';
import type { PackedRecord } from './record';
import { packed, seededRandom } from './testing';

function randomRecords(n: number, seed: number): PackedRecord[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    // Clustered like real facilities: most around a few cities, some rural.
    const centres = [
      [39.74, -104.99],
      [40.71, -74.0],
      [34.05, -118.24],
    ] as const;
    const [clat, clon] = centres[i % 3]!;
    const spread = i % 10 === 0 ? 6 : 0.6;
    return packed({
      id: `f-${i}`,
      address: { city: 'X', state: i % 3 === 0 ? 'CO' : i % 3 === 1 ? 'NY' : 'CA', zip: '80203' },
      location: {
        lat: clat + (rnd() - 0.5) * spread,
        lon: clon + (rnd() - 0.5) * spread,
        precision: 'exact',
      },
    });
  });
}

describe('geographic shards', () => {
  const records = randomRecords(3000, 42);
  const { manifest, shards } = buildShards(records, { maxPoints: 100, maxLevel: 12 });

  it('puts every facility in exactly one shard, none over the limit', () => {
    const ids = [...shards.values()].flatMap((s) => s.r.map((r) => r[0]));
    expect(ids.length).toBe(records.length);
    expect(new Set(ids).size).toBe(records.length);
    for (const s of shards.values()) expect(s.r.length).toBeLessThanOrEqual(100);
    expect(manifest.total).toBe(3000);
    expect(isManifest(JSON.parse(JSON.stringify(manifest)))).toBe(true);
  });

  it('finds every facility within the radius in the chosen cells (and not much more)', () => {
    const rnd = seededRandom(7);
    for (let t = 0; t < 40; t++) {
      const center = { lat: 39.74 + (rnd() - 0.5) * 4, lon: -104.99 + (rnd() - 0.5) * 4 };
      const miles = [5, 10, 25, 50, 100][t % 5]!;
      const keys = new Set(cellsForCircle(manifest, center, miles));
      for (const [key, shard] of shards) {
        for (const r of shard.r) {
          const d = distanceMiles(center, { lat: (r[5] as number) / 1e4, lon: (r[6] as number) / 1e4 });
          if (d <= miles) expect(keys.has(key), `${r[0]} at ${d} mi in ${key}`).toBe(true);
        }
      }
      expect(keys.size).toBeLessThan(shards.size);
    }
  });

  it('lists the cells of a state and keeps facilities without a point apart', () => {
    const extra = packed({ id: 'nowhere', location: undefined, address: { city: 'Y', state: 'WY', zip: '82001' } });
    const built = buildShards([...records, extra], { maxPoints: 100, maxLevel: 12 });
    expect(built.shards.get(NO_POINT_SHARD)?.r.map((r) => r[0])).toEqual(['nowhere']);
    expect(cellsForState(built.manifest, 'WY')).toEqual([NO_POINT_SHARD]);
    const co = cellsForState(built.manifest, 'CO');
    const coIds = co.flatMap((k) =>
      built.shards
        .get(k)!
        .r.filter((r) => r[4] === 'CO')
        .map((r) => r[0]),
    );
    expect(coIds.length).toBe(1000);
    expect(allShardKeys(built.manifest)).toContain(NO_POINT_SHARD);
  });
});
