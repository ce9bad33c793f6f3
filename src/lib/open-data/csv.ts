// The browser build: the Node one uses Buffer, which pages do not have (it carries a small polyfill).
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Cell, Column } from './columns';

/** Byte order mark: tells Excel the file is UTF-8 (without it, "Español" opens as "EspaÃ±ol"). */
export const BOM = '\ufeff';

/**
 * Text a spreadsheet would run as a formula: a cell starting with = + - @ or
 * a tab/return (OWASP, "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as CSV text: numbers as written, yes/no for booleans, empty for absent. */
export function cellText(value: Cell, guardFormulas = false): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  return guardFormulas && FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvOptions {
  /** Start with a byte order mark, for files people open in a spreadsheet. */
  bom?: boolean;
  /**
   * Write text that starts like a formula with a leading apostrophe, which
   * spreadsheets show as text. For files that carry what people typed: a
   * note can come from someone else's share link. Open data stays as published.
   */
  guardFormulas?: boolean;
}

/**
 * RFC 4180 CSV: a header row of column names, then one row per record,
 * CRLF line ends, fields quoted only when they need it.
 */
export function toCsv<R>(columns: readonly Column<R>[], rows: Iterable<R>, options: CsvOptions = {}): string {
  const records: string[][] = [];
  for (const row of rows) records.push(columns.map((c) => cellText(c.value(row), options.guardFormulas)));
  const body = stringify(records, {
    header: true,
    columns: columns.map((c, i) => ({ key: String(i), header: c.name })),
    record_delimiter: 'windows',
  });
  return (options.bom ? BOM : '') + body;
}
