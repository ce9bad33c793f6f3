/**
 * Build-time source of the finder's static search files: the facilities
 * collection packed into shards, and ZIP/city points from the ZIP centroid
 * table. Each is computed once per build and shared by the endpoints.
 */
import { getCollection } from 'astro:content';
import { zipCentroid } from '../../lib/geo/zip-centroids';
import { buildCityShards, buildZipShards, type PlaceRow } from '../../lib/geo/place-shards';
import type { LatLon } from '../../lib/geo/distance';
import { buildShards } from '../../lib/search/manifest';
import { isSearchable, packFacility } from '../../lib/search/record';

let shards: ReturnType<typeof buildShards> | undefined;

export async function searchShards() {
  if (!shards) {
    const entries = await getCollection('facilities');
    shards = buildShards(entries.filter((e) => isSearchable(e.data)).map((e) => packFacility(e.data)));
  }
  return shards;
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
