import type { LatLon } from './distance';
import { isStateCode, US_STATES, type StateCode } from './states';

/** What the "Where" box can hold. */
export type WhereInput =
  | { kind: 'empty' }
  | { kind: 'zip'; zip: string }
  | { kind: 'city'; city: string; state: StateCode; key: string }
  /** Why the text is no place: too few digits, a state alone, or neither a ZIP nor "City, ST". */
  | { kind: 'invalid'; reason: 'zip-digits' | 'state-only' | 'format' };

const STATE_BY_NAME = new Map<string, StateCode>(US_STATES.map(([code, name]) => [name.toLowerCase(), code]));

function stateOf(text: string): StateCode | undefined {
  const t = text.trim().replace(/\.$/, '');
  const upper = t.toUpperCase();
  if (isStateCode(upper)) return upper;
  return STATE_BY_NAME.get(t.toLowerCase());
}

/**
 * Key under which a city is stored per state: lowercase ASCII words, with
 * "Saint"/"St." and "Fort"/"Ft." written one way, so "St. Louis", "saint louis"
 * and "ST LOUIS" meet.
 */
export function cityKey(city: string): string {
  return city
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^saint /, 'st ')
    .replace(/^ft /, 'fort ')
    .replace(/^mt /, 'mount ')
    .replace(/ saint /g, ' st ');
}

/** Read the "Where" box: a 5-digit ZIP (ZIP+4 allowed) or "City, ST" / "City, State". */
export function parseWhere(input: string): WhereInput {
  const text = input.trim();
  if (!text) return { kind: 'empty' };
  const zip = /^(\d{5})(?:-\d{4})?$/.exec(text);
  if (zip) return { kind: 'zip', zip: zip[1]! };
  if (/^\d+$/.test(text)) return { kind: 'invalid', reason: 'zip-digits' };
  const comma = /^(.+?),\s*([A-Za-z .]+)$/.exec(text);
  const spaced = /^(.+)\s+([A-Za-z]{2})$/.exec(text);
  for (const m of [comma, spaced]) {
    if (!m) continue;
    const state = stateOf(m[2]!);
    const key = cityKey(m[1]!);
    if (state && key) return { kind: 'city', city: m[1]!.trim(), state, key };
  }
  if (stateOf(text)) {
    return { kind: 'invalid', reason: 'state-only' };
  }
  return { kind: 'invalid', reason: 'format' };
}

/** Fetches a JSON file of the built site; rejects when it does not exist. */
export type FetchJson = (path: string) => Promise<unknown>;

/** Point stored as [lat, lon] in 1/10,000 degree. */
export type PackedPoint = [number, number];

function unpackPoint(value: unknown): LatLon | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [lat, lon] = value.map(Number) as [number, number];
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  return { lat: lat / 1e4, lon: lon / 1e4 };
}

/** Static file holding a ZIP's centroid: one per 3-digit ZIP prefix. */
export function zipShardPath(zip: string): string {
  return `search/zip/${zip.slice(0, 3)}.json`;
}

export function cityShardPath(state: string): string {
  return `search/city/${state.toLowerCase()}.json`;
}

/**
 * Resolve a ZIP or city to a point from the site's own static files: the
 * place a person types never leaves the browser. Undefined when unknown.
 */
export async function lookupPlace(
  where: Extract<WhereInput, { kind: 'zip' | 'city' }>,
  fetchJson: FetchJson,
): Promise<LatLon | undefined> {
  const path = where.kind === 'zip' ? zipShardPath(where.zip) : cityShardPath(where.state);
  let table: unknown;
  try {
    table = await fetchJson(path);
  } catch (error) {
    // A missing shard means no such ZIP prefix; anything else is a real failure.
    if (error instanceof Error && /\b404\b/.test(error.message)) return undefined;
    throw error;
  }
  if (!table || typeof table !== 'object') return undefined;
  const key = where.kind === 'zip' ? where.zip : where.key;
  return Object.hasOwn(table, key) ? unpackPoint((table as Record<string, unknown>)[key]) : undefined;
}

/** Pack a point for a place file. */
export function packPoint(p: LatLon): PackedPoint {
  return [Math.round(p.lat * 1e4), Math.round(p.lon * 1e4)];
}
