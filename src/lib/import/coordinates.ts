/**
 * Map points. SAMHSA's own locator point when the facility's street and ZIP
 * match a locator row ("exact"); otherwise the ZIP centroid ("zip-centroid",
 * shown as approximate); otherwise none.
 */
import { distanceMiles } from '../geo/distance';
import { zipCentroid } from '../geo/zip-centroids';
import type { Location } from '../schema';
import type { SamhsaDirectory } from '../taxonomy';
import { isWithheldStreet, nameKey, streetZipKey } from '../identity/normalize';
import type { LocatorPoint } from './read-locator';

/**
 * A locator point farther than this from its ZIP's centroid is taken to be
 * mis-geocoded (each such point in the 2021 exports lies in another county
 * than its street); the ZIP centroid is used instead and the point reported.
 */
export const FAR_FROM_ZIP_MILES = 50;

export class LocatorIndex {
  private readonly byStreetZip = new Map<string, LocatorPoint[]>();

  constructor(points: Iterable<LocatorPoint>) {
    for (const point of points) {
      if (isWithheldStreet(point.street1)) continue;
      const key = streetZipKey(point.street1, point.zip);
      const list = this.byStreetZip.get(key);
      if (list) list.push(point);
      else this.byStreetZip.set(key, [point]);
    }
  }

  get size(): number {
    return this.byStreetZip.size;
  }

  /**
   * The locator point for a street address. When several locator rows share
   * the street and ZIP, prefer one with the same name, then one from the same
   * directory, then the first in file order.
   */
  find(street1: string, zip: string, name: string, directories: readonly SamhsaDirectory[]): LocatorPoint | undefined {
    const candidates = this.byStreetZip.get(streetZipKey(street1, zip));
    if (!candidates) return undefined;
    const wanted = nameKey(name);
    const score = (p: LocatorPoint) =>
      (nameKey(p.name1) === wanted ? 2 : 0) + (directories.includes(p.directory) ? 1 : 0);
    let best = candidates[0]!;
    for (const p of candidates) if (score(p) > score(best)) best = p;
    return best;
  }

  /** Every locator row at a street and ZIP, in file order. */
  at(street1: string, zip: string): readonly LocatorPoint[] {
    return this.byStreetZip.get(streetZipKey(street1, zip)) ?? [];
  }
}

export type LocationSource = 'locator' | 'zip-centroid' | 'none';

export interface Located {
  location?: Location;
  source: LocationSource;
  /** A locator point set aside because it lies too far from the ZIP (see FAR_FROM_ZIP_MILES). */
  rejected?: { lat: number; lon: number; milesFromZip: number };
}

export function locate(
  address: { street1?: string; zip: string },
  name: string,
  directories: readonly SamhsaDirectory[],
  index: LocatorIndex,
): Located {
  const centroid = zipCentroid(address.zip);
  const point = address.street1 ? index.find(address.street1, address.zip, name, directories) : undefined;
  const miles = point && centroid ? distanceMiles(point, centroid) : 0;
  if (point && miles <= FAR_FROM_ZIP_MILES) {
    return { location: { lat: point.lat, lon: point.lon, precision: 'exact' }, source: 'locator' };
  }
  const rejected = point ? { rejected: { lat: point.lat, lon: point.lon, milesFromZip: Math.round(miles) } } : {};
  if (centroid) {
    return {
      location: { lat: centroid.lat, lon: centroid.lon, precision: 'zip-centroid' },
      source: 'zip-centroid',
      ...rejected,
    };
  }
  return { source: 'none', ...rejected };
}
