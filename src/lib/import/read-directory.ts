/**
 * Read one SAMHSA national directory: the official workbook (.xlsx with the
 * sheets "Facilities List" and "Service Code Reference") or its CSV forms
 * (national-directory-<su|mh>-<year>.csv plus service-codes-<su|mh>-<year>.csv
 * in the same folder). Both give the same DirectoryFile.
 */
import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { SamhsaDirectory } from '../taxonomy';
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

const NAME_PATTERN = /(?:^|[^a-z])(su|mh)[-_ ]?(\d{4})(?:[^0-9]|$)/i;

/** Directory and edition year from a file name such as "national-directory-su-2023.xlsx". */
export function directoryOfFile(file: string): { directory: SamhsaDirectory; year: number } {
  const match = NAME_PATTERN.exec(basename(file));
  if (!match) {
    throw new ImportInputError(
      file,
      'cannot tell the directory and year from the file name; name it like national-directory-su-2023.xlsx',
    );
  }
  return { directory: match[1]!.toLowerCase() as SamhsaDirectory, year: Number(match[2]) };
}

/** The CSV form of a directory's Service Code Reference sheet, next to the directory CSV. */
export function referenceCsvFor(file: string): string {
  const { directory, year } = directoryOfFile(file);
  return join(dirname(file), `service-codes-${directory}-${year}.csv`);
}

export async function readDirectoryFile(file: string): Promise<DirectoryFile> {
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
  return { file, format: ext === '.xlsx' ? 'xlsx' : 'csv', directory, year, rows, reference: codes };
}
