import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The data the site under test was built from. */
const DATA = new URL('../../../data/facilities/', import.meta.url).pathname;

interface RawFacility {
  id: string;
  address: { state: string; street1?: string };
  location?: { precision: string };
  levelsOfCare?: string[];
  specialties?: string[];
  programs?: unknown[];
  status?: string;
  website?: string;
}

export interface Samples {
  withoutPrograms?: RawFacility;
  approximate?: RawFacility;
  addressWithheld?: RawFacility;
  /** A state, a level of care offered there, and a specialty, all with open facilities. */
  state?: string;
  level?: string;
  specialty?: string;
}

let cached: Samples | undefined;

/**
 * One facility of each kind the page tests need, found by reading the data
 * files in a fixed order and stopping once every kind is found. A kind the
 * data does not have stays undefined and its tests are skipped with a reason.
 * Programs and closed listings, which the SAMHSA data never has, are covered
 * by the component tests in src/components/facility/ instead.
 */
export function samples(): Samples {
  if (cached) return cached;
  const found: Samples = {};
  const done = () => found.withoutPrograms && found.approximate && found.addressWithheld && found.state;
  outer: for (const state of readdirSync(DATA).sort()) {
    let files: string[];
    try {
      files = readdirSync(join(DATA, state))
        .filter((f) => f.endsWith('.json'))
        .sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const f = JSON.parse(readFileSync(join(DATA, state, file), 'utf8')) as RawFacility;
      f.id = file.replace(/\.json$/, '');
      const open = (f.status ?? 'active') === 'active';
      if (open && !f.programs?.length && f.location?.precision === 'exact' && f.address.street1) {
        found.withoutPrograms ??= f;
      }
      if (f.location?.precision === 'zip-centroid') found.approximate ??= f;
      if (!f.address.street1) found.addressWithheld ??= f;
      if (open && !found.state && f.levelsOfCare?.length && f.specialties?.length) {
        found.state = f.address.state.toLowerCase();
        found.level = f.levelsOfCare[0];
        found.specialty = f.specialties[0];
      }
      if (done()) break outer;
    }
  }
  cached = found;
  return found;
}

export const facilityPath = (f: { id: string }) => `facilities/${f.id}/`;

/**
 * One page of every type the pages area builds, as [name, path, why it is
 * missing]; a kind the data does not have has no path, and its tests skip.
 */
export function pageTypes(): [string, string | undefined, string?][] {
  const s = samples();
  return [
    ['facility without programs', s.withoutPrograms && facilityPath(s.withoutPrograms)],
    ['facility with an approximate location', s.approximate && facilityPath(s.approximate)],
    ['facility with a withheld address', s.addressWithheld && facilityPath(s.addressWithheld)],
    ['state', s.state && `states/${s.state}/`],
    ['state, page 2', s.state && `states/${s.state}/2/`],
    ['state × level of care', s.state && `states/${s.state}/${s.level}/`],
    ['specialty', s.specialty && `specialties/${s.specialty}/`],
    ['states index', 'states/'],
    ['specialties index', 'specialties/'],
    ['guides index', 'guide/'],
    ['guide: levels of care', 'guide/levels-of-care/'],
    ['guide: what is IOP', 'guide/what-is-iop/'],
    ['guide: choosing a program', 'guide/choosing-a-program/'],
    ['guide: FAQ', 'guide/faq/'],
    ['about', 'about/'],
    ['open data', 'data/'],
    ['facility without programs (es)', s.withoutPrograms && `es/${facilityPath(s.withoutPrograms)}`],
    ['facility with an approximate location (es)', s.approximate && `es/${facilityPath(s.approximate)}`],
    ['facility with a withheld address (es)', s.addressWithheld && `es/${facilityPath(s.addressWithheld)}`],
    ['guides index (es)', 'es/guide/'],
    ['guide: levels of care (es)', 'es/guide/levels-of-care/'],
    ['guide: what is IOP (es)', 'es/guide/what-is-iop/'],
    ['guide: choosing a program (es)', 'es/guide/choosing-a-program/'],
    ['guide: FAQ (es)', 'es/guide/faq/'],
    ['about (es)', 'es/about/'],
    ['open data (es)', 'es/data/'],
    ['state (es)', s.state && `es/states/${s.state}/`],
    ['state, page 2 (es)', s.state && `es/states/${s.state}/2/`],
    ['state × level of care (es)', s.state && `es/states/${s.state}/${s.level}/`],
    ['specialty (es)', s.specialty && `es/specialties/${s.specialty}/`],
    ['states index (es)', 'es/states/'],
    ['specialties index (es)', 'es/specialties/'],
    ['saved list (empty)', 'shortlist/'],
    ['saved list (empty, es)', 'es/shortlist/'],
    ['404', 'this-page-does-not-exist/'],
    // The preview server answers every missing path with the English 404.html; hosts that serve the nearest
    // 404.html (Cloudflare Pages) answer missing /es/ paths with this file.
    ['404 (es)', 'es/404.html'],
  ];
}
