import type { LatLon } from './distance';

/** A lat/lon rectangle in degrees; south <= north, west <= east (no antimeridian wrap). */
export interface BBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

const MILES_PER_DEGREE_LAT = 69.0;

/** Smallest rectangle holding every point within `miles` of the centre. */
export function circleBBox(center: LatLon, miles: number): BBox {
  const dLat = miles / MILES_PER_DEGREE_LAT;
  const cos = Math.cos((Math.min(89, Math.abs(center.lat) + dLat) * Math.PI) / 180);
  const dLon = Math.min(180, miles / (MILES_PER_DEGREE_LAT * Math.max(cos, 1e-6)));
  return {
    south: center.lat - dLat,
    north: center.lat + dLat,
    west: center.lon - dLon,
    east: center.lon + dLon,
  };
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a.south <= b.north && b.south <= a.north && a.west <= b.east && b.west <= a.east;
}

export function bboxContains(b: BBox, p: LatLon): boolean {
  return p.lat >= b.south && p.lat <= b.north && p.lon >= b.west && p.lon <= b.east;
}

/** The point of the rectangle nearest to `p` (p itself when inside). */
export function nearestPointInBBox(b: BBox, p: LatLon): LatLon {
  return {
    lat: Math.min(b.north, Math.max(b.south, p.lat)),
    lon: Math.min(b.east, Math.max(b.west, p.lon)),
  };
}
