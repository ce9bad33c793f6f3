/**
 * The pull-request check for the one mistake the validator cannot see, since
 * it needs history: correcting an imported field of a SAMHSA listing without
 * adding the field to `curatedFields`. The file is valid, but the next import
 * would silently put the old value back.
 *
 * Changes made by the importer itself are not mistakes: a file whose `samhsa`
 * rows changed too was re-imported, and is skipped.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { IMPORTED_FIELDS, type ImportedField } from '../schema';
import { asRecord } from './dataset';

export interface CuratedFinding {
  /** Repository-relative path of the file at head. */
  file: string;
  /** 1-based line of the changed field in the head version. */
  line: number;
  field: ImportedField;
  message: string;
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` compare equal. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    const record = asRecord(v);
    return record
      ? Object.fromEntries(
          Object.keys(record)
            .sort()
            .map((k) => [k, record[k]]),
        )
      : v;
  });
}

/** A field's value with the schema's default for a missing list or flag. */
function valueOf(record: Record<string, unknown>, field: string): string {
  const value = record[field];
  if (value !== undefined) return stable(value);
  if (field === 'telehealth') return 'false';
  if (['name', 'alternateName', 'address', 'location', 'phone'].includes(field)) return 'undefined';
  return '[]';
}

/** 1-based line of a top-level key in JSON text (1 when not found). */
function lineOf(text: string, key: string): number {
  const root = parseTree(text);
  const node = root && findNodeAtLocation(root, [key]);
  const offset = node?.parent?.offset ?? node?.offset;
  return offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
}

/**
 * Findings for one changed file: each imported field whose value differs
 * between `before` and `after` and is not in the new `curatedFields`.
 * Staff-added records, re-imported records and unparsable files give none
 * (the validator reports broken files).
 */
export function curatedFindings(before: string, after: string, file: string): CuratedFinding[] {
  let old: Record<string, unknown> | undefined;
  let now: Record<string, unknown> | undefined;
  try {
    old = asRecord(JSON.parse(before));
    now = asRecord(JSON.parse(after));
  } catch {
    return [];
  }
  if (!old || !now) return [];
  const wasImported = Array.isArray(old.samhsa) && old.samhsa.length > 0;
  if (!wasImported || stable(old.samhsa) !== stable(now.samhsa ?? [])) return [];
  const curated = new Set(Array.isArray(now.curatedFields) ? now.curatedFields : []);
  const findings: CuratedFinding[] = [];
  for (const field of IMPORTED_FIELDS) {
    if (curated.has(field) || valueOf(old, field) === valueOf(now, field)) continue;
    findings.push({
      file,
      line: lineOf(after, now[field] === undefined ? 'curatedFields' : field),
      field,
      message:
        `"${field}" comes from SAMHSA and was changed, but is not in curatedFields, so the next import would undo the change; ` +
        `add "${field}" to "curatedFields" (see CONTRIBUTING.md, "Corrections that survive re-import")`,
    });
  }
  return findings;
}

/** One finding as a line of text, or as a GitHub Actions error annotation on its line. */
export function formatCuratedFinding(finding: CuratedFinding, format: 'text' | 'github'): string {
  if (format === 'text') return `${finding.file}:${finding.line}: ${finding.field}: ${finding.message}`;
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${prop(finding.file)},line=${finding.line},title=${prop(`${finding.field} not in curatedFields`)}::${escape(finding.message)}`;
}
