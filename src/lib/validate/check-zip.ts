/**
 * The ZIP must belong to the facility's state. The ZIP list (the two ZIP
 * tables behind src/lib/geo/zip-centroids.ts) gives one state per ZIP, but a
 * few ZIPs straddle a state line, and new or PO-box-only ZIPs can be missing:
 * an unknown ZIP is a warning, a ZIP of another state an error, unless the
 * facility's exact point is in its state and close to that ZIP's centre.
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

export function checkZip(facility: FacilityInput, lookup: ZipLookup, context: ZipContext): Finding[] {
  const { zip, state } = facility.address ?? {};
  if (typeof zip !== 'string' || typeof state !== 'string') return [];
  const info = lookup(zip);
  if (!info) {
    return [
      warning(
        ['address', 'zip'],
        `ZIP ${zip} is not in the ZIP code list`,
        'check it with the USPS ZIP lookup; new and PO-box-only ZIPs can be missing from the list',
      ),
    ];
  }
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
