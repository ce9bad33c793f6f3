/**
 * Test helpers: tiny SAMHSA-shaped directories written on the fly as .xlsx
 * (with write-excel-file) and as CSV. ALL FIXTURE DATA IS SYNTHETIC: made-up
 * facility names and phone numbers at real ZIP codes (so ZIP centroids work).
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import type { FacilityInput } from '../schema';
import { resolveInputs } from './inputs';
import { toCsv } from './reports';
import { runImport } from './run-import';

export const COLUMNS = [
  'name1',
  'name2',
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'phone',
  'intake1',
  'intake2',
  'intake1a',
  'intake2a',
  'service_code_info',
] as const;
export type FixtureRow = Partial<Record<(typeof COLUMNS)[number], string>>;

/** A synthetic Service Code Reference: enough codes for the fixtures. */
export const REFERENCE: Record<'su' | 'mh', string[]> = {
  su: [
    'SA',
    'DT',
    'SUMH',
    'OP',
    'OIT',
    'ORT',
    'ODT',
    'RES',
    'BU',
    'MD',
    'PI',
    'SS',
    'SP',
    'TELE',
    'ADLT',
    'CBT',
    'ACC',
  ],
  mh: ['MH', 'SUMH', 'OP', 'PHDT', 'HI', 'PED', 'MD', 'MC', 'SS', 'TELE', 'ADLT', 'CHLD', 'DBT', 'CMHC'],
};

export async function tempDir(prefix = 'samhsa-import-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export interface DirectoryFixture {
  directory: 'su' | 'mh';
  year: number;
  rows: FixtureRow[];
  /** Header spelling, e.g. (c) => c[0].toUpperCase() + c.slice(1) for the 2023 "Name1" style. */
  header?: (column: string) => string;
  reference?: string[];
  /** Workbook file name, e.g. SAMHSA's own "National_Directory_SA_Facilities_2022.xlsx". */
  fileName?: string;
}

const referenceRows = (codes: readonly string[]) =>
  codes.map((code) => [
    'XX',
    'Synthetic category',
    code,
    `Synthetic service ${code}`,
    'Synthetic description, with a comma',
  ]);
const REFERENCE_HEADER = ['category_code', 'category_name', 'service_code', 'service_name', 'service_description'];

function facilityRows(f: DirectoryFixture): string[][] {
  const header = COLUMNS.map((c) => (f.header ? f.header(c) : c));
  return [header, ...f.rows.map((r) => COLUMNS.map((c) => r[c] ?? ''))];
}

/** Write national-directory-<dir>-<year>.xlsx with both sheets; returns its path. */
export async function writeWorkbook(dir: string, f: DirectoryFixture): Promise<string> {
  const file = join(dir, f.fileName ?? `national-directory-${f.directory}-${f.year}.xlsx`);
  const cells = (rows: string[][]) => rows.map((row) => row.map((v) => (v === '' ? null : { value: v, type: String })));
  await mkdir(dir, { recursive: true });
  await writeXlsxFile(
    [
      { sheet: 'Facilities List', data: cells(facilityRows(f)) },
      {
        sheet: 'Service Code Reference',
        data: cells([REFERENCE_HEADER, ...referenceRows(f.reference ?? REFERENCE[f.directory])]),
      },
    ],
    {},
  ).toFile(file);
  return file;
}

/** Write the CSV forms: national-directory-<dir>-<year>.csv and service-codes-<dir>-<year>.csv. */
export async function writeCsvForms(dir: string, f: DirectoryFixture): Promise<string> {
  await mkdir(dir, { recursive: true });
  const [header, ...rows] = facilityRows(f);
  const file = join(dir, `national-directory-${f.directory}-${f.year}.csv`);
  await writeFile(file, toCsv(header!, rows));
  await writeFile(
    join(dir, `service-codes-${f.directory}-${f.year}.csv`),
    toCsv(REFERENCE_HEADER, referenceRows(f.reference ?? REFERENCE[f.directory])),
  );
  return file;
}

export interface LocatorFixtureRow {
  name1: string;
  street1: string;
  zip: string;
  latitude: number;
  longitude: number;
  website?: string;
}

/** Write locator-<dir>-coordinates-2021.csv (zip written as a number would be: leading zeros lost). */
export async function writeLocator(dir: string, directory: 'su' | 'mh', rows: LocatorFixtureRow[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `locator-${directory}-coordinates-2021.csv`);
  const header = [
    'name1',
    'name2',
    'street1',
    'street2',
    'city',
    'state',
    'zip',
    'zip4',
    'county',
    'latitude',
    'longitude',
    'website',
  ];
  await writeFile(
    file,
    toCsv(
      header,
      rows.map((r) => [
        r.name1,
        '',
        r.street1,
        '',
        'Synthetic City',
        'XX',
        String(Number(r.zip)),
        '',
        '',
        r.latitude,
        r.longitude,
        r.website ?? '',
      ]),
    ),
  );
  return file;
}

// --- A small synthetic scenario shared by the end-to-end tests. ---

export const capitalized = (c: string) => c[0]!.toUpperCase() + c.slice(1); // 2023 style: "Name1"

export const SERENITY_SU: FixtureRow = {
  name1: 'Synthetic Serenity House',
  street1: '100 West Colfax Avenue',
  city: 'Denver',
  state: 'CO',
  zip: '80203',
  phone: '303-555-0100',
  intake1: '303-555-0101',
  intake1a: '303-555-0100',
  intake2a: '303-555-0101',
  service_code_info: 'SA SUMH * OP OIT ORT * BU * MD SS * TELE * ADLT',
};
export const HARBOR: FixtureRow = {
  name1: 'Synthetic Harbor Recovery',
  street1: '1 Synthetic Way',
  city: 'Cambridge',
  state: 'MA',
  zip: '02139',
  phone: '617-555-0142',
  service_code_info: 'SA * OP RES * PI',
};
export const QUIET: FixtureRow = {
  name1: 'Synthetic Quiet Clinic',
  street1: '77 Elm Street',
  city: 'Denver',
  state: 'CO',
  zip: '80202',
  phone: '999-999-9999',
  intake1: '720-555-0177',
  service_code_info: 'SA * OP ORT * ZZZ SS',
};
export const SKIPPED: FixtureRow[] = [
  { name1: '', street1: '1 Nowhere Road', city: 'Denver', state: 'CO', zip: '80203', service_code_info: 'SA' },
  {
    name1: 'Synthetic Bad State',
    street1: '2 Nowhere Road',
    city: 'Denver',
    state: 'XX',
    zip: '80203',
    service_code_info: 'SA',
  },
  {
    name1: 'Synthetic Bad Zip',
    street1: '3 Nowhere Road',
    city: 'Denver',
    state: 'CO',
    zip: 'ABCDE',
    service_code_info: 'SA',
  },
];
export const SERENITY_MH: FixtureRow = {
  name1: 'SYNTHETIC SERENITY HOUSE',
  street1: '100 W. Colfax Ave',
  city: 'Denver',
  state: 'CO',
  zip: '80203',
  phone: '303-555-0100',
  intake1: '303-555-0109',
  service_code_info: 'MH * OP PHDT * PED * MC * ADLT',
};
export const HIDDEN: FixtureRow = {
  name1: 'Synthetic Hidden Home',
  street1: '---',
  city: 'Helena',
  state: 'MT',
  zip: '59601',
  phone: '406-555-0111',
  service_code_info: 'MH * HI * MD',
};

export const su = (rows: FixtureRow[] = [SERENITY_SU, HARBOR, QUIET, ...SKIPPED]): DirectoryFixture => ({
  directory: 'su',
  year: 2023,
  rows,
  header: capitalized,
});
export const mh = (rows: FixtureRow[] = [SERENITY_MH, HIDDEN, HIDDEN]): DirectoryFixture => ({
  directory: 'mh',
  year: 2024,
  rows,
});

export async function sourceDir(fixtures: DirectoryFixture[] = [su(), mh()]): Promise<string> {
  const dir = await tempDir('samhsa-src-');
  for (const f of fixtures) {
    await writeWorkbook(dir, f);
    await writeCsvForms(dir, f);
  }
  await writeLocator(dir, 'su', [
    {
      name1: 'Synthetic Serenity House',
      street1: '100 West Colfax Avenue',
      zip: '80203',
      latitude: 39.74,
      longitude: -104.987,
    },
  ]);
  await writeLocator(dir, 'mh', [
    {
      name1: 'Synthetic Harbor Recovery',
      street1: '1 Synthetic Way',
      zip: '02139',
      latitude: 42.362,
      longitude: -71.084,
    },
    { name1: 'Synthetic Hidden Home', street1: '---', zip: '59601', latitude: 46.6, longitude: -112.1 },
  ]);
  return dir;
}

export async function importInto(source: string, out: string, today = '2026-01-15', format: 'xlsx' | 'csv' = 'xlsx') {
  const inputs = await resolveInputs({ source, format });
  return runImport({ ...inputs, outDir: join(out, 'facilities'), reportsDir: join(out, 'reports'), today });
}

/** Every file of the facilities folder: path -> text. */
export async function snapshot(out: string): Promise<Map<string, string>> {
  const dir = join(out, 'facilities');
  const files = new Map<string, string>();
  for (const state of (await readdir(dir)).sort()) {
    for (const f of (await readdir(join(dir, state))).sort())
      files.set(`${state}/${f}`, await readFile(join(dir, state, f), 'utf8'));
  }
  return files;
}

export const read = async (out: string, path: string) =>
  JSON.parse(await readFile(join(out, 'facilities', path), 'utf8')) as FacilityInput;
export const write = (out: string, path: string, record: unknown, indent = 2) =>
  writeFile(join(out, 'facilities', path), `${JSON.stringify(record, null, indent)}\n`);
