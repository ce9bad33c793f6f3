/**
 * State and territory outlines from us-atlas (Census cartographic boundaries
 * at 1:10,000,000, as TopoJSON), for "is this point in its state?" checks.
 * Built once per process; every polygon keeps its bounding box so most
 * look-ups are rejected without touching a vertex.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { StateCode } from '../geo/states';

type BBox = [number, number, number, number];

interface Shape {
  bbox: BBox;
  polygons: (Polygon & { bbox: BBox })[];
}

/** Census FIPS code → USPS code: us-atlas identifies states by FIPS. All 56 of STATE_CODES are in the atlas. */
// prettier-ignore
const FIPS: Record<string, StateCode> = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC',
  '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY',
  '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT',
  '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH',
  '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT',
  '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI', '56': 'WY', '60': 'AS', '66': 'GU', '69': 'MP',
  '72': 'PR', '78': 'VI',
};

let shapes: Map<string, Shape> | undefined;

function bboxOf(rings: Position[][], into?: BBox): BBox {
  const box: BBox = into ?? [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x! < box[0]) box[0] = x!;
      if (y! < box[1]) box[1] = y!;
      if (x! > box[2]) box[2] = x!;
      if (y! > box[3]) box[3] = y!;
    }
  }
  return box;
}

function load(): Map<string, Shape> {
  const path = createRequire(import.meta.url).resolve('us-atlas/states-10m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ states: GeometryCollection }>;
  const collection = feature(topology, topology.objects.states);
  const result = new Map<string, Shape>();
  for (const f of collection.features) {
    const code = FIPS[String(f.id)];
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    if (!code || !geometry) continue;
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const polygons = parts.map((rings) => ({ type: 'Polygon' as const, coordinates: rings, bbox: bboxOf(rings) }));
    const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of polygons)
      bboxOf(
        [
          [
            [p.bbox[0], p.bbox[1]],
            [p.bbox[2], p.bbox[3]],
          ],
        ],
        bbox,
      );
    result.set(code, { bbox, polygons });
  }
  return result;
}

function shapesOf(): Map<string, Shape> {
  return (shapes ??= load());
}

function inBox(box: BBox, lon: number, lat: number): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

/** True when the point is inside (or on the edge of) the state's outline. */
export function pointInState(state: string, lat: number, lon: number): boolean {
  const shape = shapesOf().get(state);
  if (!shape || !inBox(shape.bbox, lon, lat)) return false;
  return shape.polygons.some((polygon) => booleanPointInPolygon([lon, lat], polygon));
}

/** The states whose outline contains the point (normally none or one). */
export function statesAt(lat: number, lon: number): string[] {
  const found: string[] = [];
  for (const [code, shape] of shapesOf()) {
    if (inBox(shape.bbox, lon, lat) && pointInState(code, lat, lon)) found.push(code);
  }
  return found;
}

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQUATOR = 111.32;

/**
 * Distance in km from the point to the nearest edge of the state's outline.
 * Uses a flat projection centred on the point: for the tens of km this is
 * asked about, the error is far below the outline's own simplification.
 */
export function kmToState(state: string, lat: number, lon: number): number {
  const shape = shapesOf().get(state);
  if (!shape) return Infinity;
  const kx = KM_PER_DEG_LON_EQUATOR * Math.cos((lat * Math.PI) / 180);
  const ky = KM_PER_DEG_LAT;
  const dx = (x: number) => {
    let d = x - lon;
    if (d > 180) d -= 360;
    else if (d < -180) d += 360;
    return d * kx;
  };
  let best = Infinity;
  for (const polygon of shape.polygons) {
    // Skip polygons whose box is already further away than the best edge found.
    const [x0, y0, x1, y1] = polygon.bbox;
    const boxDy = lat < y0 ? (y0 - lat) * ky : lat > y1 ? (lat - y1) * ky : 0;
    const boxDx = lon < x0 || lon > x1 ? Math.min(Math.abs(dx(x0)), Math.abs(dx(x1))) : 0;
    if (Math.hypot(boxDx, boxDy) >= best) continue;
    for (const ring of polygon.coordinates) {
      for (let i = 1; i < ring.length; i++) {
        const ax = dx(ring[i - 1]![0]!);
        const ay = (ring[i - 1]![1]! - lat) * ky;
        const bx = dx(ring[i]![0]!);
        const by = (ring[i]![1]! - lat) * ky;
        best = Math.min(best, distanceToSegment(ax, ay, bx, by));
      }
    }
  }
  return best;
}

/** Distance from the origin to the segment a–b. */
function distanceToSegment(ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const length2 = vx * vx + vy * vy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * vx + ay * vy) / length2));
  return Math.hypot(ax + t * vx, ay + t * vy);
}
