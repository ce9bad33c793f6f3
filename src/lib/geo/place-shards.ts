import type { LatLon } from './distance';
import { cityKey, packPoint, type PackedPoint } from './place';

/**
 * Group ZIP centroids into one small table per 3-digit prefix, the files
 * the browser fetches to turn a ZIP into a point.
 */
export function buildZipShards(zips: Iterable<[string, LatLon]>): Map<string, Record<string, PackedPoint>> {
  const shards = new Map<string, Record<string, PackedPoint>>();
  for (const [zip, point] of [...zips].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!/^\d{5}$/.test(zip)) continue;
    const prefix = zip.slice(0, 3);
    const table = shards.get(prefix) ?? {};
    table[zip] = packPoint(point);
    shards.set(prefix, table);
  }
  return shards;
}

export interface PlaceRow extends LatLon {
  city: string;
  state: string;
}

/**
 * One point per city per state: the mean of the city's ZIP centroids (or of
 * whatever rows name it), keyed by cityKey.
 */
export function buildCityShards(rows: Iterable<PlaceRow>): Map<string, Record<string, PackedPoint>> {
  const sums = new Map<string, Map<string, { lat: number; lon: number; n: number }>>();
  for (const row of rows) {
    const key = cityKey(row.city);
    if (!key || !Number.isFinite(row.lat) || !Number.isFinite(row.lon)) continue;
    const state = row.state.toLowerCase();
    const cities = sums.get(state) ?? new Map();
    const sum = cities.get(key) ?? { lat: 0, lon: 0, n: 0 };
    sum.lat += row.lat;
    sum.lon += row.lon;
    sum.n++;
    cities.set(key, sum);
    sums.set(state, cities);
  }
  const shards = new Map<string, Record<string, PackedPoint>>();
  for (const [state, cities] of [...sums.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const table: Record<string, PackedPoint> = {};
    for (const [key, s] of [...cities.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      table[key] = packPoint({ lat: s.lat / s.n, lon: s.lon / s.n });
    }
    shards.set(state, table);
  }
  return shards;
}
