/**
 * Build-time source of the finder's static search files: the facilities
 * collection as a search index (see lib/search/build-index), and ZIP/city
 * points from the ZIP centroid table. Each is computed once per build and
 * shared by the endpoints.
 */
import { getCollection } from 'astro:content';
import { zipCentroid } from '../../lib/geo/zip-centroids';
import { buildCityShards, buildZipShards, type PlaceRow } from '../../lib/geo/place-shards';
import type { LatLon } from '../../lib/geo/distance';
import { buildSearchIndex, type SearchIndex } from '../../lib/search/build-index';

let index: SearchIndex | undefined;

/** The finder's search files (manifest, map cells, result chunks, filter columns, name shards). */
export async function searchIndex(): Promise<SearchIndex> {
  if (!index) index = buildSearchIndex((await getCollection('facilities')).map((e) => e.data));
  return index;
}

let places: { zips: ReturnType<typeof buildZipShards>; cities: ReturnType<typeof buildCityShards> } | undefined;

/** Every five-digit ZIP the centroid table knows, walked once. */
export function placeShards() {
  if (!places) {
    const zips: [string, LatLon][] = [];
    const rows: PlaceRow[] = [];
    for (let n = 0; n < 100_000; n++) {
      const zip = String(n).padStart(5, '0');
      const c = zipCentroid(zip);
      if (!c) continue;
      zips.push([zip, c]);
      rows.push(c);
    }
    places = { zips: buildZipShards(zips), cities: buildCityShards(rows) };
  }
  return places;
}

export function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
