/**
 * `npm run facility:new`: build a staff-added facility record from flag
 * values, refuse duplicates, validate with the zod schema, and write it in
 * the importer's file format. Pure apart from `writeNewFacility`.
 *
 * Ids, the file layout and the duplicate key are the importer's own
 * (src/lib/import): a staff-added facility gets the id the importer would
 * give it, and re-import recognises it by the same name + street + ZIP key.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateName } from '../geo/states';
import { assignIds } from '../import/ids';
import { facilityKey } from '../identity/normalize';
import { recordJson, SCHEMA_REF, type RawRecord } from '../import/records';
import { Facility, slug } from '../schema';
import { duplicateFindings, type DatasetEntry } from '../validate/duplicates';
import { RefusedError, UsageError } from './cli';
import { asRecord, displayPath, stringAt, type FacilityFile } from './dataset';
import {
  LIST_FLAGS,
  parseCoordinate,
  parsePhone,
  parseState,
  parseStatus,
  parseTerms,
  parseText,
  parseVerified,
  parseWebsite,
  parseZip,
  type ListFlag,
  type ZipFacts,
} from './facility-input';

/** Flag values as typed (strings), before any checking. */
export interface NewFacilityFlags {
  name?: string;
  'alternate-name'?: string;
  street?: string;
  street2?: string;
  city?: string;
  state?: string;
  zip?: string;
  phone?: string;
  'intake-phone'?: string[];
  website?: string;
  levels?: string[];
  focus?: string[];
  specialties?: string[];
  ages?: string[];
  payment?: string[];
  languages?: string[];
  medications?: string[];
  therapies?: string[];
  telehealth?: boolean;
  status?: string;
  verified?: string;
  lat?: string;
  lon?: string;
  id?: string;
}

/** Flags that must be given, with the example shown when one is missing. */
export const REQUIRED_FLAGS = {
  name: '--name "Serenity House"',
  street: '--street "1200 Main St"',
  city: '--city Denver',
  state: '--state CO',
  zip: '--zip 80203',
  phone: '--phone 303-555-0142',
  levels: '--levels intensive-outpatient,outpatient',
  focus: '--focus substance-use',
} as const satisfies Partial<Record<keyof NewFacilityFlags, string>>;

/** Which flag sets each field, so schema errors can name the flag. */
const FLAG_OF_FIELD: Record<string, string> = {
  id: '--id',
  name: '--name',
  alternateName: '--alternate-name',
  'address.street1': '--street',
  'address.street2': '--street2',
  'address.city': '--city',
  'address.state': '--state',
  'address.zip': '--zip',
  location: '--lat/--lon',
  phone: '--phone',
  intakePhones: '--intake-phone',
  website: '--website',
  status: '--status',
  lastVerified: '--verified',
  telehealth: '--telehealth',
  ...Object.fromEntries(Object.entries(LIST_FLAGS).map(([flag, field]) => [field, `--${flag}`])),
};

/** What the data folder already holds, for ids and duplicates. */
export interface ExistingFacilities {
  ids: Map<string, string>;
  keys: Map<string, string>;
  entries: DatasetEntry[];
}

export function indexExisting(files: readonly FacilityFile[]): ExistingFacilities {
  const existing: ExistingFacilities = { ids: new Map(), keys: new Map(), entries: [] };
  for (const file of files) {
    const path = displayPath(file.path);
    existing.ids.set(file.fileId, path);
    const record = asRecord(file.json);
    const id = stringAt(record, 'id');
    if (id) existing.ids.set(id, path);
    const address = asRecord(record?.address);
    const name = stringAt(record, 'name');
    const zip = stringAt(address, 'zip');
    if (name && zip) {
      existing.keys.set(facilityKey(name, stringAt(address, 'street1'), zip, stringAt(record, 'alternateName')), path);
    }
    if (record) existing.entries.push({ file: path, data: record });
  }
  return existing;
}

export interface NewFacility {
  record: RawRecord;
  /** Path under the data folder, e.g. "co/serenity-house-denver-co.json". */
  relPath: string;
  /** Facts to tell the person (where the map point came from…). */
  notes: string[];
}

export interface BuildOptions {
  existing: ExistingFacilities;
  /** YYYY-MM-DD, for --verified today. */
  today: string;
}

/**
 * Check every flag and build the record. Throws a UsageError listing every
 * bad or missing flag (one line each), or a RefusedError for a duplicate.
 */
export function buildNewFacility(flags: NewFacilityFlags, options: BuildOptions): NewFacility {
  const problems: string[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof UsageError) {
        problems.push(error.message);
        return undefined;
      }
      throw error;
    }
  };
  for (const [flag, example] of Object.entries(REQUIRED_FLAGS)) {
    const value = flags[flag as keyof NewFacilityFlags];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      problems.push(`--${flag}: missing; add ${example}`);
    }
  }

  const given = (value: string | undefined) => (value !== undefined && value.trim() !== '' ? value : undefined);
  const name = flags.name !== undefined ? attempt(() => parseText('--name', flags.name!)) : undefined;
  const alternateName =
    given(flags['alternate-name']) && attempt(() => parseText('--alternate-name', flags['alternate-name']!));
  const street1 = flags.street !== undefined ? attempt(() => parseText('--street', flags.street!)) : undefined;
  const street2 = given(flags.street2) && attempt(() => parseText('--street2', flags.street2!));
  const city = flags.city !== undefined ? attempt(() => parseText('--city', flags.city!, 100)) : undefined;
  const state = flags.state !== undefined ? attempt(() => parseState(flags.state!)) : undefined;
  const zip: ZipFacts | undefined = flags.zip !== undefined ? attempt(() => parseZip(flags.zip!)) : undefined;
  const phone = flags.phone !== undefined ? attempt(() => parsePhone('--phone', flags.phone!)) : undefined;
  const intake = (flags['intake-phone'] ?? [])
    .flatMap((v) => v.split(','))
    .filter((v) => v.trim())
    .map((v) => attempt(() => parsePhone('--intake-phone', v)));
  const website = given(flags.website) && attempt(() => parseWebsite(flags.website!));
  const terms: Partial<Record<ListFlag, string[]>> = {};
  for (const flag of Object.keys(LIST_FLAGS) as ListFlag[]) {
    const values = flags[flag];
    if (values?.length) terms[flag] = attempt(() => parseTerms(flag, values));
  }
  const status = given(flags.status) && attempt(() => parseStatus(flags.status!));
  const verified = given(flags.verified) && attempt(() => parseVerified(flags.verified!, options.today));
  const lat = given(flags.lat) && attempt(() => parseCoordinate('--lat', flags.lat!));
  const lon = given(flags.lon) && attempt(() => parseCoordinate('--lon', flags.lon!));
  if (given(flags.lat) !== undefined && given(flags.lon) === undefined)
    problems.push('--lon: missing; --lat needs --lon too (or leave both out to use the ZIP centroid)');
  if (given(flags.lon) !== undefined && given(flags.lat) === undefined)
    problems.push('--lat: missing; --lon needs --lat too (or leave both out to use the ZIP centroid)');
  const exact = typeof lat === 'number' && typeof lon === 'number';

  const notes: string[] = [];
  if (zip && state) {
    if (zip.centroid && zip.centroid.state !== state) {
      const message = `${zip.zip} is a ${stateName(zip.centroid.state)} (${zip.centroid.state}) ZIP, not ${stateName(state)} (${state})`;
      if (exact) notes.push(`warning: ${message}; kept because you gave the exact point (npm run validate checks it)`);
      else problems.push(`--zip: ${message}; check --zip and --state`);
    } else if (!zip.centroid && !exact) {
      problems.push(
        `--zip: ${zip.zip} is not in the ZIP code list, so there is no map point for it; check the ZIP, or give the exact point with --lat and --lon`,
      );
    }
  }
  let id: string | undefined;
  if (given(flags.id) !== undefined) {
    const wanted = flags.id!.trim();
    if (!slug.safeParse(wanted).success) {
      problems.push(
        `--id: "${wanted}" is not a valid id; use lowercase letters, digits and single hyphens, e.g. serenity-house-denver-co`,
      );
    } else if (options.existing.ids.has(wanted)) {
      throw new RefusedError(
        `--id: "${wanted}" is already used by ${options.existing.ids.get(wanted)}; ` +
          'if that is this facility, edit that file instead (see CONTRIBUTING.md), otherwise choose another id or leave --id out',
      );
    } else id = wanted;
  }
  if (problems.length) throw new UsageError(problems.join('\n'));

  // Every required value is present from here on.
  const address = { street1: street1!, ...(street2 ? { street2 } : {}), city: city!, state: state!, zip: zip!.zip };
  const key = facilityKey(name!, street1, zip!.zip, alternateName);
  const twin = options.existing.keys.get(key);
  if (twin) {
    throw new RefusedError(
      `duplicate: ${twin} already lists this facility (same name, street and ZIP once normalized); ` +
        'correct or verify that file instead of adding a new one (see CONTRIBUTING.md)',
    );
  }
  if (id === undefined) {
    const taken = new Set(options.existing.ids.keys());
    id = assignIds([{ key, name: name!, city: city!, state: state!, street1, zip: zip!.zip }], taken).get(key)!;
  }

  const location = exact
    ? { lat: lat as number, lon: lon as number, precision: 'exact' as const }
    : { lat: zip!.centroid!.lat, lon: zip!.centroid!.lon, precision: 'zip-centroid' as const };
  notes.push(
    exact
      ? `map point: ${location.lat}, ${location.lon} (exact)`
      : `map point: centre of ZIP ${zip!.zip} (shown as approximate); add "location" with "precision": "exact" when you know the real point`,
  );
  const uniqueIntake = [...new Set(intake.filter((p): p is string => !!p && p !== phone))];
  // Term ids come from parseTerms (taxonomy ids); the schema checks them again below.
  const record = {
    $schema: SCHEMA_REF,
    id,
    name: name!,
    ...(alternateName ? { alternateName } : {}),
    address,
    location,
    phone: phone!,
    intakePhones: uniqueIntake,
    ...(website ? { website } : {}),
    careFocus: terms.focus ?? [],
    levelsOfCare: terms.levels ?? [],
    specialties: terms.specialties ?? [],
    ages: terms.ages ?? [],
    payment: terms.payment ?? [],
    languages: terms.languages ?? [],
    medications: terms.medications ?? [],
    telehealth: flags.telehealth ?? false,
    therapies: terms.therapies ?? [],
    ...(status && status !== 'active' ? { status } : {}),
    samhsa: [],
    ...(verified ? { lastVerified: verified } : {}),
  } as RawRecord;

  const relPath = `${state!.toLowerCase()}/${id}.json`;
  const dup = duplicateFindings([...options.existing.entries, { file: `(new) ${relPath}`, data: record }]).get(
    `(new) ${relPath}`,
  );
  const sameFacility = dup?.find((f) => f.severity === 'error');
  if (sameFacility) {
    throw new RefusedError(
      `duplicate: ${sameFacility.problem}; correct or verify that file instead, or give this one a distinct --alternate-name if it is a separate program`,
    );
  }

  // Validate exactly what will be written.
  const parsed = Facility.safeParse(JSON.parse(recordJson(record)));
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues
        .map((issue) => {
          const field = issue.path.map(String).join('.');
          const flag = FLAG_OF_FIELD[field] ?? FLAG_OF_FIELD[String(issue.path[0])] ?? field;
          return `${flag}: ${issue.message}`;
        })
        .join('\n'),
    );
  }
  return { record, relPath, notes };
}

/** Write the record in the importer's format. Refuses to overwrite. */
export function writeNewFacility(dataDir: string, facility: NewFacility): string {
  const path = join(dataDir, facility.relPath);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, recordJson(facility.record), { flag: 'wx' });
  return path;
}
