import {
  AGES,
  CARE_FOCUS,
  LANGUAGES,
  LEVELS_OF_CARE,
  MEDICATIONS,
  PAYMENT,
  SPECIALTIES,
  THERAPIES,
  type AgeGroupId,
  type CareFocusId,
  type LanguageId,
  type LevelOfCareId,
  type MedicationId,
  type PaymentId,
  type SpecialtyId,
  type Term,
  type TherapyId,
} from '../taxonomy';
import { isStateCode, type StateCode } from '../geo/states';

/**
 * Everything that decides what the finder shows. It lives in the URL so that
 * a shared link, a bookmark or the Back button reproduces the same results.
 */
export interface FinderState {
  /** Free text for fuzzy search. */
  q: string;
  /** Where the person said they are: a ZIP code or "City, ST", as typed. */
  where: string;
  /** A point from "Use my location", rounded so the URL does not pin a home. */
  near?: { lat: number; lon: number };
  /** Search radius in miles, used when a location is set. */
  radius: number;
  state?: StateCode;
  levels: LevelOfCareId[];
  specialties: SpecialtyId[];
  payment: PaymentId[];
  ages: AgeGroupId[];
  languages: LanguageId[];
  medications: MedicationId[];
  /** What the facility treats: substance use, mental health, both together. */
  focus: CareFocusId[];
  therapies: TherapyId[];
  /** Only facilities that offer telehealth. */
  telehealth: boolean;
  sort: FinderSort;
  /** 1-based page of the result list. */
  page: number;
}

export const SORTS = ['relevance', 'distance', 'name'] as const;
export type FinderSort = (typeof SORTS)[number];

export const RADIUS_CHOICES = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS = 25;
const MAX_TEXT = 100;
const MAX_PAGE = 10_000;
/** Two decimals is about 1 km: enough to sort by distance, too coarse to locate a home. */
const NEAR_DECIMALS = 2;

export const DEFAULT_STATE: FinderState = {
  q: '',
  where: '',
  radius: DEFAULT_RADIUS,
  levels: [],
  specialties: [],
  payment: [],
  ages: [],
  languages: [],
  medications: [],
  focus: [],
  therapies: [],
  telehealth: false,
  sort: 'relevance',
  page: 1,
};

/** Multi-value filters: URL parameter name -> vocabulary. */
const LIST_PARAMS = {
  level: ['levels', LEVELS_OF_CARE],
  specialty: ['specialties', SPECIALTIES],
  payment: ['payment', PAYMENT],
  age: ['ages', AGES],
  language: ['languages', LANGUAGES],
  medication: ['medications', MEDICATIONS],
  focus: ['focus', CARE_FOCUS],
  therapy: ['therapies', THERAPIES],
} as const satisfies Record<string, [keyof FinderState, readonly Term[]]>;

export interface ParsedFinderUrl {
  state: FinderState;
  /** Parameters that were present but unusable, so the page can say it ignored them. */
  ignored: string[];
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

/** Strip control characters and cap length: URL text is untrusted input. */
function cleanText(value: string): string {
  return value.replace(CONTROL_CHARS, ' ').trim().slice(0, MAX_TEXT);
}

function roundNear(value: number): number {
  return Number(value.toFixed(NEAR_DECIMALS));
}

/** Every parameter the finder reads; anything else in a link is named as ignored. */
const KNOWN_PARAMS = new Set([
  'q',
  'where',
  'near',
  'radius',
  'state',
  'telehealth',
  'sort',
  'page',
  ...Object.keys(LIST_PARAMS),
]);

/** "lat,lon" with both numbers present and on the globe; "", "," and "0,abc" are not a point. */
function parseNear(value: string): { lat: number; lon: number } | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!m) return undefined;
  const [lat, lon] = [Number(m[1]), Number(m[2])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat: roundNear(lat), lon: roundNear(lon) } : undefined;
}

/**
 * Read finder state from a query string. Never throws: unknown, repeated or
 * hostile values are dropped and listed in `ignored` (a repeated parameter
 * keeps its first value), and the rest still applies.
 */
export function parseFinderUrl(search: string | URLSearchParams): ParsedFinderUrl {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: FinderState = structuredClone(DEFAULT_STATE);
  const ignored: string[] = [];
  const get = (name: string) => params.get(name) ?? undefined;
  for (const name of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(name)) ignored.push(name);
    else if (params.getAll(name).length > 1) ignored.push(name);
  }

  const q = get('q');
  if (q !== undefined) state.q = cleanText(q);
  const where = get('where');
  if (where !== undefined) state.where = cleanText(where);

  const near = get('near');
  if (near !== undefined) {
    state.near = parseNear(near);
    if (!state.near) ignored.push('near');
  }

  const radius = get('radius');
  if (radius !== undefined) {
    const n = Number(radius);
    if ((RADIUS_CHOICES as readonly number[]).includes(n)) state.radius = n;
    else ignored.push('radius');
  }

  const st = get('state');
  if (st !== undefined) {
    const code = st.toUpperCase();
    if (isStateCode(code)) state.state = code;
    else ignored.push('state');
  }

  for (const [param, [field, vocabulary]] of Object.entries(LIST_PARAMS)) {
    const raw = get(param);
    if (raw === undefined) continue;
    const wanted = new Set(
      raw
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    );
    const known = vocabulary.map((t) => t.id).filter((id) => wanted.has(id));
    if (known.length < wanted.size) ignored.push(param);
    (state[field] as string[]) = known;
  }

  const tele = get('telehealth');
  if (tele !== undefined) {
    if (tele === '1' || tele === 'true') state.telehealth = true;
    else if (tele !== '0' && tele !== 'false') ignored.push('telehealth');
  }

  const sort = get('sort');
  if (sort !== undefined) {
    if ((SORTS as readonly string[]).includes(sort)) state.sort = sort as FinderSort;
    else ignored.push('sort');
  }

  const page = get('page');
  if (page !== undefined) {
    const n = Number(page);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE) state.page = n;
    else ignored.push('page');
  }

  return { state, ignored: [...new Set(ignored)] };
}

/**
 * Write finder state as query parameters, leaving out defaults so that links
 * stay short and readable. Order is fixed so equal states give equal URLs.
 */
export function toFinderSearchParams(partial: Partial<FinderState>): URLSearchParams {
  const s: FinderState = { ...DEFAULT_STATE, ...partial };
  const params = new URLSearchParams();
  if (s.q) params.set('q', s.q);
  if (s.where) params.set('where', s.where);
  if (s.near) params.set('near', `${roundNear(s.near.lat)},${roundNear(s.near.lon)}`);
  if (s.radius !== DEFAULT_RADIUS) params.set('radius', String(s.radius));
  if (s.state) params.set('state', s.state);
  for (const [param, [field]] of Object.entries(LIST_PARAMS)) {
    const values = s[field] as string[];
    if (values.length) params.set(param, values.join(','));
  }
  if (s.telehealth) params.set('telehealth', '1');
  if (s.sort !== DEFAULT_STATE.sort) params.set('sort', s.sort);
  if (s.page !== 1) params.set('page', String(s.page));
  return params;
}

/**
 * A link into the finder with filters preset, for directory and guidance
 * pages. `base` is the finder's page in the reader's language,
 * `pathsFor(locale).home()`: the site's base path for English, with `es/`
 * added for Spanish. The query is the same in both languages.
 */
export function finderHref(base: string, partial: Partial<FinderState>): string {
  const query = toFinderSearchParams(partial).toString();
  const root = base.endsWith('/') ? base : `${base}/`;
  return query ? `${root}?${query}` : root;
}
