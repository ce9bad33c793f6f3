/**
 * ZIP code centroids: the approximate middle of a five-digit ZIP code area,
 * from the `zipcodes` npm package (US Census ZCTA based, offline, no network).
 *
 * Used by the importer (map point when SAMHSA gives no exact one) and by the
 * validator (does a ZIP exist, is it in the facility's state). Server/build
 * side only: the lookup table is about 5 MB, so do not import this module from
 * code that ships to the browser.
 *
 *   zipCentroid('80203') // { lat: 39.7312, lon: -104.9826, city: 'Denver', state: 'CO' }
 *   zipState('80203')    // 'CO'
 *   zipCentroid('00000') // undefined
 */
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

/**
 * Centroid of a five-digit ZIP code, or undefined when the ZIP is not a
 * string of five digits, is unknown, or belongs to no state or territory the
 * directory covers (military APO/FPO and freely associated states).
 */
export function zipCentroid(zip: string): ZipCentroid | undefined {
  if (!/^\d{5}$/.test(zip)) return undefined;
  const entry = zipcodes.lookup(zip);
  if (!entry || !isStateCode(entry.state)) return undefined;
  return { lat: entry.latitude, lon: entry.longitude, city: entry.city, state: entry.state };
}

/** USPS state code a ZIP code belongs to, or undefined (same rules as {@link zipCentroid}). */
export function zipState(zip: string): StateCode | undefined {
  return zipCentroid(zip)?.state;
}
