/**
 * Read one SAMHSA national directory: the official workbook (.xlsx with the
 * sheets "Facilities List" and "Service Code Reference") or its CSV forms
 * (national-directory-<su|mh>-<year>.csv plus service-codes-<su|mh>-<year>.csv
 * in the same folder). Both give the same DirectoryFile. The file name says
 * which directory and edition it is, in SAMHSA's own spellings too
 * ("National_Directory_SA_Facilities_2022.xlsx"); the edition's Service Code
 * Reference must agree, and every column must be the one expected.
 */
import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { mappedCodes, type SamhsaDirectory } from '../taxonomy';
import { ImportInputError } from './errors';
import { pickSheet, readCsvRows, readWorkbook, toTable, type Table } from './read-table';

export const FACILITIES_SHEET = 'Facilities List';
export const REFERENCE_SHEET = 'Service Code Reference';

/** Columns a directory must have (any letter case). */
export const REQUIRED_COLUMNS = ['name1', 'street1', 'city', 'state', 'zip', 'phone', 'service_code_info'] as const;
/** Columns read when present; older or newer editions may lack some. */
export const OPTIONAL_COLUMNS = ['name2', 'street2', 'intake1', 'intake2', 'intake1a', 'intake2a'] as const;
const REFERENCE_COLUMNS = ['service_code'] as const;

export type DirectoryColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** One facility row exactly as published (cells trimmed). */
export interface DirectoryRow {
  /** Row number in the sheet or CSV, header = 1. */
  line: number;
  cells: Record<DirectoryColumn, string>;
}

export interface ReferenceCode {
  code: string;
  category: string;
  name: string;
}

export interface DirectoryFile {
  /** Path of the facilities file (workbook or CSV). */
  file: string;
  format: 'xlsx' | 'csv';
  directory: SamhsaDirectory;
  year: number;
  rows: DirectoryRow[];
  /** The edition's Service Code Reference, by code. */
  reference: Map<string, ReferenceCode>;
}

/**
 * Directory codes in file names: SAMHSA wrote "SA" (substance abuse) before
 * 2023 and "SU" since; "MH" is the mental-health directory.
 */
const DIRECTORY_CODES: Record<string, SamhsaDirectory> = { sa: 'su', su: 'su', mh: 'mh' };
const CODE_PATTERN = /(?<![a-z])(sa|su|mh)(?![a-z])/gi;
const YEAR_PATTERN = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
const NAME_HELP =
  'name it like National_Directory_SA_Facilities_2022.xlsx or national-directory-mh-2024.xlsx (SA, SU or MH, and the year)';

/**
 * Directory and edition year from a file name: "SA", "SU" or "MH" as a word
 * of its own, in any case, and the year anywhere. "national-directory-su-2023.xlsx",
 * "National_Directory_SA_Facilities_2022.xlsx", "NationalDirectory MH 2024.csv".
 */
export function directoryOfFile(file: string): { directory: SamhsaDirectory; year: number } {
  const name = basename(file).replace(/\.[a-z]+$/i, '');
  const codes = new Set([...name.matchAll(CODE_PATTERN)].map((m) => DIRECTORY_CODES[m[1]!.toLowerCase()]!));
  const years = new Set([...name.matchAll(YEAR_PATTERN)].map((m) => Number(m[1])));
  if (codes.size !== 1 || years.size !== 1) {
    const what =
      codes.size !== 1
        ? codes.size
          ? 'both directories'
          : 'no directory (SA, SU or MH)'
        : years.size
          ? 'more than one year'
          : 'no year';
    throw new ImportInputError(
      file,
      `cannot tell the directory and year from the file name: it names ${what}; ${NAME_HELP}`,
    );
  }
  return { directory: [...codes][0]!, year: [...years][0]! };
}

/** Does a file name look like a directory file (not a locator export or a code list)? */
export function isDirectoryFileName(name: string): boolean {
  if (!/directory/i.test(name) || /^(locator|service[-_ ]?codes)/i.test(name)) return false;
  try {
    directoryOfFile(name);
    return true;
  } catch {
    return false;
  }
}

/** The CSV form of a directory's Service Code Reference sheet, next to the directory CSV. */
export function referenceCsvFor(file: string): string {
  const { directory, year } = directoryOfFile(file);
  return join(dirname(file), `service-codes-${directory}-${year}.csv`);
}

/**
 * Which directory a Service Code Reference belongs to, judged by the codes
 * the taxonomy maps for only one of them (intensive outpatient "OIT" and
 * detox "DT" are substance-use codes; "PHDT" and "SMI" mental-health ones).
 * Undefined when the codes do not tell.
 */
export function directoryOfReference(codes: ReadonlySet<string>): SamhsaDirectory | undefined {
  const su = new Set(mappedCodes('su'));
  const mh = new Set(mappedCodes('mh'));
  const suOnly = [...su].filter((c) => !mh.has(c) && codes.has(c)).length;
  const mhOnly = [...mh].filter((c) => !su.has(c) && codes.has(c)).length;
  return suOnly > mhOnly ? 'su' : mhOnly > suOnly ? 'mh' : undefined;
}

const DIRECTORY_WORDS: Record<SamhsaDirectory, string> = { su: 'substance-use', mh: 'mental-health' };

export interface ReadOptions {
  /** Import even when a column is missing or unknown (the missing ones read as empty). */
  acceptColumnChanges?: boolean;
}

/** Every expected column present, and no other: a renamed column must not import as empty. */
function checkColumns(file: string, columns: readonly string[], options: ReadOptions): void {
  const expected = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as readonly string[];
  const have = columns.map((c) => c.toLowerCase());
  const missing = expected.filter((c) => !have.includes(c));
  const unknown = columns.filter((c) => !expected.includes(c.toLowerCase()));
  if (options.acceptColumnChanges || (missing.length === 0 && unknown.length === 0)) return;
  const parts = [
    ...(missing.length ? [`missing column(s) ${missing.join(', ')}`] : []),
    ...(unknown.length ? [`unknown column(s) ${unknown.join(', ')}`] : []),
  ];
  throw new ImportInputError(
    file,
    `${parts.join('; ')}. If SAMHSA renamed a column, rename it back in a copy of the file; to import without it, run again with --accept-column-changes (a missing column reads as empty in every row)`,
  );
}

export async function readDirectoryFile(file: string, options: ReadOptions = {}): Promise<DirectoryFile> {
  const { directory, year } = directoryOfFile(file);
  const ext = extname(file).toLowerCase();
  let facilities: Table;
  let reference: Table;
  if (ext === '.xlsx') {
    const sheets = await readWorkbook(file);
    facilities = toTable(file, pickSheet(file, sheets, FACILITIES_SHEET), REQUIRED_COLUMNS);
    reference = toTable(
      `${file} (sheet "${REFERENCE_SHEET}")`,
      pickSheet(file, sheets, REFERENCE_SHEET),
      REFERENCE_COLUMNS,
    );
  } else if (ext === '.csv') {
    const refFile = referenceCsvFor(file);
    try {
      await access(refFile);
    } catch {
      throw new ImportInputError(
        file,
        `its service code reference ${basename(refFile)} is missing from the same folder`,
      );
    }
    facilities = toTable(file, await readCsvRows(file), REQUIRED_COLUMNS);
    reference = toTable(refFile, await readCsvRows(refFile), REFERENCE_COLUMNS);
  } else {
    throw new ImportInputError(file, 'not a directory file: expected .xlsx or .csv');
  }
  checkColumns(file, facilities.columns, options);
  const columns = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
  const rows = facilities.rows.map((row) => ({
    line: row.line,
    cells: Object.fromEntries(columns.map((c) => [c, row.get(c)])) as DirectoryRow['cells'],
  }));
  const codes = new Map<string, ReferenceCode>();
  for (const row of reference.rows) {
    const code = row.get('service_code').toUpperCase();
    if (code) codes.set(code, { code, category: row.get('category_name'), name: row.get('service_name') });
  }
  if (codes.size === 0) throw new ImportInputError(reference.file, 'the service code reference lists no codes');
  const looksLike = directoryOfReference(new Set(codes.keys()));
  if (looksLike && looksLike !== directory) {
    throw new ImportInputError(
      file,
      `the file name says the ${DIRECTORY_WORDS[directory]} directory, but its Service Code Reference is that of the ${DIRECTORY_WORDS[looksLike]} directory; check which file this is and correct its name`,
    );
  }
  return { file, format: ext === '.xlsx' ? 'xlsx' : 'csv', directory, year, rows, reference: codes };
}
