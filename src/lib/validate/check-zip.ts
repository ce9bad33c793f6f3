/**
 * The ZIP must exist and belong to the facility's state. The ZIP list (the
 * two ZIP tables behind src/lib/geo/zip-centroids.ts) gives one state per
 * ZIP, but a few ZIPs straddle a state line, and new or PO-box-only ZIPs can
 * be missing: an unknown ZIP in a known three-digit area of the state is a
 * warning; a ZIP in no known area, or in another state's, is an error; so is
 * a ZIP of another state, unless the facility's exact point is in its state
 * and close to that ZIP's centre.
 */
import { distanceMiles } from '../geo/distance';
import { stateName } from '../geo/states';
import type { FacilityInput } from '../schema';
import { error, warning, type Finding } from './issue';

export interface ZipInfo {
  state: string;
  lat: number;
  lon: number;
}

/** Where a ZIP is; undefined when the ZIP is unknown. */
export type ZipLookup = (zip: string) => ZipInfo | undefined;

/**
 * A straddling ZIP's centre lies in one state, its delivery area in two; a
 * ZIP area is rarely more than ~25 km across away from the sparse West, so a
 * point further than this from the ZIP's centre is not explained by straddling.
 */
export const STRADDLE_KM = 25;

export interface ZipContext {
  /** How far the facility's point is outside its state (0 = inside; Infinity = no point). */
  kmOutside: number;
  toleranceKm: number;
}

const areaCache = new WeakMap<ZipLookup, Map<string, Set<string>>>();

/**
 * States of the known ZIPs that share the first three digits of `zip`: its
 * USPS sectional centre. Asked only for ZIPs the list does not know.
 */
function areaStates(zip: string, lookup: ZipLookup): Set<string> {
  let byArea = areaCache.get(lookup);
  if (!byArea) areaCache.set(lookup, (byArea = new Map()));
  const area = zip.slice(0, 3);
  let states = byArea.get(area);
  if (!states) {
    states = new Set();
    for (let i = 0; i < 100; i++) {
      const known = lookup(`${area}${String(i).padStart(2, '0')}`);
      if (known) states.add(known.state);
    }
    byArea.set(area, states);
  }
  return states;
}

/**
 * A ZIP missing from the list may be new or PO-box-only (a warning), but only
 * if ZIPs of its three-digit area exist, in the facility's state. A ZIP in no
 * area at all, such as 00000 or 99999, does not exist.
 */
function unknownZip(zip: string, state: string, lookup: ZipLookup): Finding[] {
  const states = areaStates(zip, lookup);
  if (states.size === 0) {
    return [
      error(
        ['address', 'zip'],
        `ZIP ${zip} does not exist: no ZIP code starts with ${zip.slice(0, 3)}`,
        'correct address.zip (look it up with the USPS ZIP lookup)',
      ),
    ];
  }
  if (!states.has(state)) {
    const where = [...states].map((code) => stateName(code) ?? code).join(' and ');
    return [
      error(
        ['address', 'zip'],
        `ZIP ${zip} is not in the ZIP code list, and ZIPs starting with ${zip.slice(0, 3)} are in ${where}, not ${stateName(state) ?? state}`,
        'correct address.zip (look it up with the USPS ZIP lookup)',
      ),
    ];
  }
  return [
    warning(
      ['address', 'zip'],
      `ZIP ${zip} is not in the ZIP code list`,
      'check it with the USPS ZIP lookup; new and PO-box-only ZIPs can be missing from the list',
    ),
  ];
}

export function checkZip(facility: FacilityInput, lookup: ZipLookup, context: ZipContext): Finding[] {
  const { zip, state } = facility.address ?? {};
  if (typeof zip !== 'string' || typeof state !== 'string') return [];
  const info = lookup(zip);
  if (!info) return unknownZip(zip, state, lookup);
  if (info.state === state) return [];
  const claimed = stateName(state) ?? state;
  const listed = stateName(info.state) ?? info.state;
  const location = facility.location;
  if (location?.precision === 'exact' && context.kmOutside <= context.toleranceKm) {
    const km = distanceMiles(location, info) * 1.609344;
    if (km <= STRADDLE_KM) {
      return [
        warning(
          ['address', 'zip'],
          `ZIP ${zip} is listed under ${listed}, but the facility's point is in ${claimed} ${Math.round(km)} km from the ZIP's centre (the ZIP may straddle the state line)`,
          'confirm the ZIP with the USPS ZIP lookup',
        ),
      ];
    }
  }
  return [
    error(
      ['address', 'zip'],
      `ZIP ${zip} belongs to ${listed}, not ${claimed}`,
      `correct address.zip, or address.state (and the folder) if the facility is in ${listed}`,
    ),
  ];
}
