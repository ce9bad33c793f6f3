import { describe, expect, it } from 'vitest';
import { distanceMiles, type LatLon } from './distance';
import { buildGridIndex, nearest } from './nearby';

/** Deterministic pseudo-random points. */
function points(count: number, seed: number, box: { lat: [number, number]; lon: [number, number] }): LatLon[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => ({
    lat: box.lat[0] + rnd() * (box.lat[1] - box.lat[0]),
    lon: box.lon[0] + rnd() * (box.lon[1] - box.lon[0]),
  }));
}

function bruteForce(all: LatLon[], from: LatLon, limit: number, maxMiles: number, skip?: number) {
  return all
    .map((p, i) => ({ i, miles: distanceMiles(from, p) }))
    .filter((x) => x.i !== skip && x.miles <= maxMiles)
    .sort((a, b) => a.miles - b.miles)
    .slice(0, limit);
}

describe('nearest', () => {
  const contiguous = points(3000, 7, { lat: [25, 49], lon: [-124, -67] });
  const alaska = points(400, 11, { lat: [55, 71], lon: [-168, -130] });

  it.each([
    ['the contiguous states', contiguous],
    ['Alaska, where degrees of longitude are short', alaska],
  ])('matches a brute-force search in %s', (_name, all) => {
    const index = buildGridIndex(all.map((point, i) => ({ point, value: i })));
    for (let q = 0; q < 60; q++) {
      const from = all[q * 5]!;
      const got = nearest(index, from, { limit: 5, maxMiles: 150, accept: (i) => i !== q * 5 });
      const want = bruteForce(all, from, 5, 150, q * 5);
      expect(got.map((g) => g.miles)).toEqual(want.map((w) => w.miles));
    }
  });

  it('respects the distance cap and the limit', () => {
    const index = buildGridIndex([
      { point: { lat: 39.7, lon: -105 }, value: 'near' },
      { point: { lat: 39.8, lon: -105 }, value: 'close' },
      { point: { lat: 45, lon: -100 }, value: 'far' },
    ]);
    const got = nearest(index, { lat: 39.7, lon: -105 }, { limit: 5, maxMiles: 50 });
    expect(got.map((g) => g.value)).toEqual(['near', 'close']);
    expect(got[0]!.miles).toBe(0);
    expect(nearest(index, { lat: 39.7, lon: -105 }, { limit: 1, maxMiles: 50 })).toHaveLength(1);
  });

  it('returns nothing from an empty index or for a zero limit', () => {
    expect(nearest(buildGridIndex([]), { lat: 0, lon: 0 }, { limit: 5, maxMiles: 100 })).toEqual([]);
    const index = buildGridIndex([{ point: { lat: 0, lon: 0 }, value: 1 }]);
    expect(nearest(index, { lat: 0, lon: 0 }, { limit: 0, maxMiles: 100 })).toEqual([]);
  });
});
