/**
 * The map point must lie in the facility's state. Outlines are simplified
 * (1:10M), so a point within TOLERANCE_KM of its state is accepted.
 */
import { stateName } from '../geo/states';
import type { FacilityInput } from '../schema';
import { error, type Finding } from './issue';
import { kmToState, pointInState, statesAt } from './state-shapes';

/**
 * How far outside its state's outline a point may be and still count as in
 * the state. Measured on the SAMHSA import (18,539 facilities): 24 points
 * (0.13%) fall outside the 1:10M outline, all along coasts, lakes and
 * borders, the furthest 0.58 km (exact) and 0.24 km (ZIP centroid). Of all
 * 41,898 ZIP centroids in the `zipcodes` package, 86 lie outside their state
 * but within 2 km; the 55 further out are mostly PO-box ZIPs whose centre is
 * in open water (Tampa Bay, Lake Erie), a wrong map pin either way. 2 km is
 * over three times the worst real case, and far below how far a wrong point
 * lands (another state is tens or hundreds of km away). The same tolerance
 * applies to both precisions.
 */
export const TOLERANCE_KM = 2;

export interface LocationResult {
  findings: Finding[];
  /** Distance of the point from its state in km: 0 inside, Infinity when there is no point. */
  kmOutside: number;
}

function describe(lat: number, lon: number): string {
  return `(${lat}, ${lon})`;
}

export function checkLocation(facility: FacilityInput, toleranceKm = TOLERANCE_KM): LocationResult {
  const location = facility.location;
  const state = facility.address?.state;
  if (!location || !state) return { findings: [], kmOutside: Infinity };
  const { lat, lon, precision } = location;
  if (pointInState(state, lat, lon)) return { findings: [], kmOutside: 0 };
  const km = kmToState(state, lat, lon);
  if (km <= toleranceKm) return { findings: [], kmOutside: km };

  const where = statesAt(lat, lon);
  const falls = where.length
    ? `it falls in ${where.map((s) => stateName(s) ?? s).join(' / ')}`
    : 'it is in no US state';
  const distance = km < 10 ? km.toFixed(1) : Math.round(km).toLocaleString('en-US');
  const problem = `point ${describe(lat, lon)} is ${distance} km outside ${stateName(state) ?? state} (${falls})`;
  let fix: string;
  if (pointInState(state, lon, lat))
    fix = 'latitude and longitude look swapped: exchange location.lat and location.lon';
  else if (pointInState(state, lat, -lon)) fix = 'location.lon is missing its minus sign (US longitudes are negative)';
  else if (pointInState(state, -lat, lon)) fix = 'location.lat has the wrong sign';
  else if (precision === 'zip-centroid') {
    fix = `the point is the centre of ZIP ${facility.address.zip}: if the ZIP is right, geocode the street address and set precision "exact"; otherwise correct address.zip or address.state`;
  } else {
    fix = 'geocode the street address again and update location.lat/lon, or correct address.state';
  }
  return { findings: [error(['location'], problem, fix)], kmOutside: km };
}
