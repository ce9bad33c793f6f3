import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import zipcodes from 'zipcodes';

/** The fields the finder tests check, read straight from the data files (not from the site). */
export interface RawFacility {
  id: string;
  name: string;
  alternateName?: string;
  address: { city: string; state: string; zip: string };
  location?: { lat: number; lon: number; precision: string };
  levelsOfCare?: string[];
  specialties?: string[];
  careFocus?: string[];
  payment?: string[];
  status?: string;
}

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/facilities');

let cache: RawFacility[] | undefined;

/** Every facility file, parsed as plain JSON. */
export function allFacilities(): RawFacility[] {
  if (!cache) {
    cache = [];
    for (const state of readdirSync(DATA)) {
      for (const file of readdirSync(join(DATA, state))) {
        if (file.endsWith('.json')) cache.push(JSON.parse(readFileSync(join(DATA, state, file), 'utf8')));
      }
    }
  }
  return cache;
}

/** What the finder lists: every facility that is not closed. */
export function listed(): RawFacility[] {
  return allFacilities().filter((f) => f.status !== 'closed');
}

export function byId(): Map<string, RawFacility> {
  return new Map(allFacilities().map((f) => [f.id, f]));
}

/** ZIP centroid from the zipcodes package, independently of the site's own tables. */
export function zipPoint(zip: string): { lat: number; lon: number } {
  const entry = zipcodes.lookup(zip);
  if (!entry) throw new Error(`zipcodes does not know ${zip}`);
  return { lat: entry.latitude, lon: entry.longitude };
}

/** Haversine distance in miles, written out here so the test does not trust the site's code. */
export function haversineMiles(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}
