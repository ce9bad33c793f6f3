/**
 * Check and clean one directory row. A row either becomes a SourceRow (with
 * any dropped phones and unknown codes noted) or is skipped with a reason.
 */
import { expandAbbreviations } from '../identity/abbreviations';
import { facilityNames } from './names';
import { STATE_CODES, type StateCode } from '../geo/states';
import { parseServiceCodeInfo, type SamhsaDirectory } from '../taxonomy';
import { cleanText, facilityKey, isWithheldStreet, normalizeZip } from '../identity/normalize';
import { normalizePhone } from './phones';
import type { DirectoryFile, DirectoryRow } from './read-directory';

export const INTAKE_COLUMNS = ['intake1', 'intake2', 'intake1a', 'intake2a'] as const;

export interface DroppedPhone {
  column: string;
  value: string;
  reason: string;
}

/** A valid directory row, cleaned. */
export interface SourceRow {
  file: string;
  line: number;
  directory: SamhsaDirectory;
  year: number;
  /** Same facility key as the record it becomes part of. */
  key: string;
  /** Name with SAMHSA's abbreviations written out (src/lib/identity/abbreviations.ts). */
  name: string;
  alternateName?: string;
  /** The name as published (name1, or name1 + name2 when SAMHSA split one name). */
  rawName: string;
  rawAlternateName?: string;
  /** Absent when SAMHSA withholds the address. */
  street1?: string;
  street2?: string;
  city: string;
  state: StateCode;
  zip: string;
  phone?: string;
  /** Intake numbers of this row: deduped, without the main phone. */
  intakePhones: string[];
  /** Raw service codes, in the row's order, without repeats. */
  codes: string[];
  /** Codes absent from the edition's Service Code Reference (and malformed tokens). */
  unknownCodes: string[];
  droppedPhones: DroppedPhone[];
  /** The row's cells, for exact-duplicate detection and reports. */
  cells: DirectoryRow['cells'];
}

export interface SkippedRow {
  file: string;
  line: number;
  directory: SamhsaDirectory;
  reason: string;
  cells: DirectoryRow['cells'];
}

const STATES = new Set<string>(STATE_CODES);
const MAX_NAME = 200;

export function checkRow(source: DirectoryFile, row: DirectoryRow): SourceRow | SkippedRow {
  const c = row.cells;
  const skip = (reason: string): SkippedRow => ({
    file: source.file,
    line: row.line,
    directory: source.directory,
    reason,
    cells: c,
  });
  const raw = facilityNames(cleanText(c.name1), cleanText(c.name2).slice(0, MAX_NAME).trim() || undefined);
  const name = expandAbbreviations(raw.name);
  const alternateName = raw.alternateName && expandAbbreviations(raw.alternateName);
  const city = cleanText(c.city);
  const state = cleanText(c.state).toUpperCase();
  const zip = normalizeZip(c.zip);
  if (!cleanText(c.name1)) return skip('missing name (name1 is empty)');
  if (name.length > MAX_NAME) return skip(`name longer than ${MAX_NAME} characters`);
  if (!city) return skip('missing city');
  if (!STATES.has(state)) return skip(state ? `unknown state "${state}"` : 'missing state');
  if (!zip) return skip(c.zip ? `invalid ZIP "${c.zip}"` : 'missing ZIP');

  const street = cleanText(c.street1);
  const street1 = isWithheldStreet(street) ? undefined : street;
  const street2Text = cleanText(c.street2);
  const street2 = street2Text && !isWithheldStreet(street2Text) ? street2Text : undefined;

  const droppedPhones: DroppedPhone[] = [];
  const phoneOf = (column: string, value: string): string | undefined => {
    if (!value) return undefined;
    const result = normalizePhone(value);
    if (result.ok) return result.phone;
    droppedPhones.push({ column, value, reason: result.reason });
    return undefined;
  };
  const phone = phoneOf('phone', c.phone);
  const intakePhones: string[] = [];
  for (const column of INTAKE_COLUMNS) {
    const p = phoneOf(column, c[column]);
    if (p && p !== phone && !intakePhones.includes(p)) intakePhones.push(p);
  }

  const codes: string[] = [];
  const unknownCodes: string[] = [];
  for (const token of parseServiceCodeInfo(c.service_code_info)) {
    const valid = /^[A-Z0-9]+$/.test(token);
    if (valid && !codes.includes(token)) codes.push(token);
    if ((!valid || !source.reference.has(token)) && !unknownCodes.includes(token)) unknownCodes.push(token);
  }

  return {
    file: source.file,
    line: row.line,
    directory: source.directory,
    year: source.year,
    key: facilityKey(name, street1, zip, alternateName),
    name,
    ...(alternateName ? { alternateName } : {}),
    rawName: raw.name,
    ...(raw.alternateName ? { rawAlternateName: raw.alternateName } : {}),
    ...(street1 ? { street1 } : {}),
    ...(street2 ? { street2 } : {}),
    city,
    state: state as StateCode,
    zip,
    ...(phone ? { phone } : {}),
    intakePhones,
    codes,
    unknownCodes,
    droppedPhones,
    cells: c,
  };
}

export function isSkipped(row: SourceRow | SkippedRow): row is SkippedRow {
  return 'reason' in row;
}
