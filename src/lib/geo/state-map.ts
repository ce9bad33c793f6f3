import { geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import statesTopology from 'us-atlas/states-10m.json';
import type { LatLon } from './distance';
import type { StateCode } from './states';

/**
 * Small outline maps of one state, drawn at build time as inline SVG: no tile
 * server, no script, nothing requested when the page loads. Each state's
 * outline and projection are built once per build and reused by every page.
 */
export interface StateMap {
  code: StateCode;
  /** SVG viewBox, tight around the outline. */
  viewBox: string;
  width: number;
  height: number;
  /** The outline as an SVG path. */
  path: string;
  /** Map coordinates of a point, or undefined when it falls outside the drawing. */
  project(point: LatLon): { x: number; y: number } | undefined;
}

/** Census FIPS code -> USPS code, for the us-atlas features. */
const FIPS_TO_USPS: Record<string, StateCode> = {
  '01': 'AL',
  '02': 'AK',
  '04': 'AZ',
  '05': 'AR',
  '06': 'CA',
  '08': 'CO',
  '09': 'CT',
  '10': 'DE',
  '11': 'DC',
  '12': 'FL',
  '13': 'GA',
  '15': 'HI',
  '16': 'ID',
  '17': 'IL',
  '18': 'IN',
  '19': 'IA',
  '20': 'KS',
  '21': 'KY',
  '22': 'LA',
  '23': 'ME',
  '24': 'MD',
  '25': 'MA',
  '26': 'MI',
  '27': 'MN',
  '28': 'MS',
  '29': 'MO',
  '30': 'MT',
  '31': 'NE',
  '32': 'NV',
  '33': 'NH',
  '34': 'NJ',
  '35': 'NM',
  '36': 'NY',
  '37': 'NC',
  '38': 'ND',
  '39': 'OH',
  '40': 'OK',
  '41': 'OR',
  '42': 'PA',
  '44': 'RI',
  '45': 'SC',
  '46': 'SD',
  '47': 'TN',
  '48': 'TX',
  '49': 'UT',
  '50': 'VT',
  '51': 'VA',
  '53': 'WA',
  '54': 'WV',
  '55': 'WI',
  '56': 'WY',
  '60': 'AS',
  '66': 'GU',
  '69': 'MP',
  '72': 'PR',
  '78': 'VI',
};

/** Largest side of a map, in SVG units; CSS scales it to the column. */
const SIZE = 240;
const PADDING = 6;
/** Points closer than this to the last kept one are dropped (SVG units). */
const MIN_STEP = 1.5;
/** Islands smaller than this are dropped (square SVG units). */
const MIN_AREA = 2;

const topology = statesTopology as unknown as Topology<{ states: GeometryCollection }>;
let features: Map<StateCode, Feature<Geometry>> | undefined;
const cache = new Map<StateCode, StateMap | null>();

function stateFeatures(): Map<StateCode, Feature<Geometry>> {
  if (!features) {
    features = new Map();
    for (const geometry of topology.objects.states.geometries) {
      const code = FIPS_TO_USPS[String(geometry.id)];
      if (code) features.set(code, feature(topology, geometry) as Feature<Geometry>);
    }
  }
  return features;
}

/** The outline map of a state or territory; undefined when the atlas has no shape for it. */
export function stateMap(code: StateCode): StateMap | undefined {
  const cached = cache.get(code);
  if (cached !== undefined) return cached ?? undefined;
  const shape = stateFeatures().get(code);
  if (!shape) {
    cache.set(code, null);
    return undefined;
  }
  // An equal-area projection centred on the state keeps every state, even
  // Alaska across the 180th meridian, upright and in proportion.
  const [lon, lat] = geoCentroid(shape);
  const projection = geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    .fitExtent(
      [
        [PADDING, PADDING],
        [SIZE - PADDING, SIZE - PADDING],
      ],
      shape,
    );
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(shape);
  const left = Math.floor(x0 - PADDING);
  const top = Math.floor(y0 - PADDING);
  const width = Math.ceil(x1 + PADDING) - left;
  const height = Math.ceil(y1 + PADDING) - top;
  const map: StateMap = {
    code,
    viewBox: `${left} ${top} ${width} ${height}`,
    width,
    height,
    path: outlinePath(projection, shape),
    project(point) {
      const xy = projection([point.lon, point.lat]);
      if (!xy) return undefined;
      const [x, y] = xy;
      if (x < left || x > left + width || y < top || y > top + height) return undefined;
      return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    },
  };
  cache.set(code, map);
  return map;
}

type Ring = [number, number][];

/**
 * The outline as a compact SVG path: the 1:10m atlas has far more detail than
 * a 240-unit drawing can show (Alaska's coast alone would be 45 kB), so
 * points closer together than MIN_STEP and islands smaller than MIN_AREA go.
 */
function outlinePath(projection: GeoProjection, shape: Feature<Geometry>): string {
  const rings: Ring[] = [];
  let ring: Ring = [];
  // geoPath draws onto any object with the canvas path methods.
  const collector = {
    beginPath() {},
    moveTo(x: number, y: number) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      ring.push([x, y]);
    },
    closePath() {},
    arc() {},
  };
  geoPath(projection, collector as unknown as CanvasRenderingContext2D)(shape);
  return rings
    .filter((r) => Math.abs(ringArea(r)) >= MIN_AREA)
    .map(thinRing)
    .filter((r) => r.length >= 3)
    .map((r) => 'M' + r.map(([x, y]) => `${x} ${y}`).join('L') + 'Z')
    .join('');
}

/** Shoelace area of a ring. */
function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  }
  return sum / 2;
}

/** Drop points that add no visible detail, rounding to whole units. */
function thinRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const last = out[out.length - 1];
    if (last && Math.hypot(x - last[0], y - last[1]) < MIN_STEP) continue;
    out.push([Math.round(x), Math.round(y)]);
  }
  return out;
}
