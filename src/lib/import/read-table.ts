/**
 * Read a sheet of an .xlsx workbook or a CSV file as rows of trimmed strings,
 * with case-insensitive column look-up. Both paths give identical cells, so
 * the workbook and its CSV export import identically.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { parse as parseCsv } from 'csv-parse/sync';
import { ImportInputError } from './errors';

/** One data row: 1-based line (sheet row or CSV record) and its cells by lowercase column name. */
export interface TableRow {
  line: number;
  get(column: string): string;
}

export interface Table {
  file: string;
  /** Column names as written in the file. */
  columns: string[];
  rows: TableRow[];
}

/** A cell as a trimmed string; empty cells become "". */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Read every sheet of a workbook as string rows, by sheet name. */
export async function readWorkbook(file: string): Promise<Map<string, string[][]>> {
  let sheets;
  try {
    sheets = await readExcelFile(file);
  } catch (err) {
    throw new ImportInputError(file, `cannot read the workbook (${describe(err)})`);
  }
  return new Map(sheets.map((s) => [s.sheet, s.data.map((row) => row.map(cellText))]));
}

/** Find a sheet by name, ignoring case and surrounding spaces. */
export function pickSheet(file: string, sheets: Map<string, string[][]>, name: string): string[][] {
  const wanted = name.trim().toLowerCase();
  for (const [sheet, rows] of sheets) if (sheet.trim().toLowerCase() === wanted) return rows;
  throw new ImportInputError(file, `no sheet "${name}" (sheets: ${[...sheets.keys()].join(', ') || 'none'})`);
}

/** Read a CSV file (UTF-8, optional BOM) as string rows. */
export async function readCsvRows(file: string): Promise<string[][]> {
  let text: Buffer;
  try {
    text = await readFile(file);
  } catch (err) {
    throw new ImportInputError(file, `cannot read the file (${describe(err)})`);
  }
  try {
    const rows = parseCsv(text, { bom: true, skip_empty_lines: true }) as string[][];
    return rows.map((row) => row.map(cellText));
  } catch (err) {
    throw new ImportInputError(file, `not a readable CSV file (${describe(err)})`);
  }
}

/**
 * Turn raw rows into a table. The header is the first row (of the first ten)
 * holding every required column, compared case-insensitively. Fully empty
 * rows are not data and are dropped.
 */
export function toTable(file: string, raw: string[][], required: readonly string[]): Table {
  const want = required.map((c) => c.toLowerCase());
  const headerIndex = raw.slice(0, 10).findIndex((row) => {
    const names = new Set(row.map((c) => c.toLowerCase()));
    return want.every((c) => names.has(c));
  });
  if (headerIndex < 0) {
    const first = raw.find((row) => row.some((c) => c !== '')) ?? [];
    const have = new Set(first.map((c) => c.toLowerCase()));
    const missing = want.filter((c) => !have.has(c));
    throw new ImportInputError(
      file,
      first.length === 0
        ? 'the sheet is empty'
        : `missing column(s) ${missing.join(', ')} (found: ${first.filter(Boolean).join(', ')})`,
    );
  }
  const header = raw[headerIndex]!;
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.toLowerCase();
    if (key && !index.has(key)) index.set(key, i);
  });
  const rows: TableRow[] = [];
  raw.forEach((cells, i) => {
    if (i <= headerIndex || cells.every((c) => c === '')) return;
    rows.push({
      line: i + 1,
      get: (column) => {
        const at = index.get(column.toLowerCase());
        return at === undefined ? '' : (cells[at] ?? '');
      },
    });
  });
  return { file, columns: header.filter(Boolean), rows };
}

function describe(err: unknown): string {
  const text = err instanceof Error ? err.message || err.name : String(err);
  return text.split('\n')[0]!.trim();
}

/** Short display name for messages and reports. */
export function fileLabel(file: string): string {
  return basename(file);
}
