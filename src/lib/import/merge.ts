/**
 * Fold rows that describe the same facility (same normalized name, street and
 * ZIP) into one: across the two directories, and within one directory when
 * SAMHSA lists the same site twice. Every folded row is accounted for.
 */
import type { SamhsaSource } from '../schema';
import type { SourceRow } from './source-rows';

export type MergeKind = 'cross-directory' | 'exact-duplicate' | 'same-site' | 'same-phone' | 'same-point';

export const MERGE_KIND_LABELS: Record<MergeKind, string> = {
  'cross-directory': 'in both directories (same name, street and ZIP)',
  'exact-duplicate': 'exact duplicate row within a directory',
  'same-site': 'same name, street and ZIP listed again in the same directory (another program at the site)',
  'same-phone': 'same name, phone and ZIP, with the street withheld, a PO box, or written another way',
  'same-point':
    'same map point and phone, listed in the other directory under another name (a renamed facility or another spelling)',
};

/** One facility and the rows it was built from; `rows[0]` is the primary row. */
export interface MergedFacility {
  key: string;
  /** Rows that contribute data, primary first (exact duplicates left out). */
  rows: SourceRow[];
}

/** A row folded into another row's facility. */
export interface MergedRow {
  row: SourceRow;
  into: SourceRow;
  kind: MergeKind;
  /** Key of the facility the row is part of. */
  key: string;
}

const DIRECTORY_ORDER = { su: 0, mh: 1 } as const;

/**
 * The primary row gives the name, address and main phone: the newest edition
 * first, then substance use before mental health, then file order.
 */
function primaryOrder(a: SourceRow, b: SourceRow, fileIndex: Map<string, number>): number {
  return (
    b.year - a.year ||
    DIRECTORY_ORDER[a.directory] - DIRECTORY_ORDER[b.directory] ||
    fileIndex.get(a.file)! - fileIndex.get(b.file)! ||
    a.line - b.line
  );
}

const sameCells = (a: SourceRow, b: SourceRow) =>
  (Object.keys(a.cells) as (keyof SourceRow['cells'])[]).every((k) => a.cells[k] === b.cells[k]);

export function mergeRows(rows: readonly SourceRow[]): { facilities: MergedFacility[]; merged: MergedRow[] } {
  const fileIndex = new Map<string, number>();
  for (const row of rows) if (!fileIndex.has(row.file)) fileIndex.set(row.file, fileIndex.size);
  const groups = new Map<string, SourceRow[]>();
  for (const row of rows) {
    const group = groups.get(row.key);
    if (group) group.push(row);
    else groups.set(row.key, [row]);
  }
  const facilities: MergedFacility[] = [];
  const merged: MergedRow[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!.sort((a, b) => primaryOrder(a, b, fileIndex));
    const kept: SourceRow[] = [];
    for (const row of group) {
      if (kept.length === 0) {
        kept.push(row);
        continue;
      }
      const into = kept[0]!;
      if (kept.some((k) => k.directory === row.directory && sameCells(k, row))) {
        merged.push({ row, into, kind: 'exact-duplicate', key });
        continue;
      }
      merged.push({
        row,
        into,
        kind: kept.some((k) => k.directory === row.directory) ? 'same-site' : 'cross-directory',
        key,
      });
      kept.push(row);
    }
    facilities.push({ key, rows: kept });
  }
  return { facilities, merged };
}

/** Imported fields of a merged facility except the coded terms and the map point. */
export interface MergedValues {
  name: string;
  alternateName?: string;
  address: { street1?: string; street2?: string; city: string; state: SourceRow['state']; zip: string };
  phone?: string;
  intakePhones: string[];
}

const firstOf = <T>(rows: SourceRow[], pick: (r: SourceRow) => T | undefined): T | undefined => {
  for (const r of rows) {
    const value = pick(r);
    if (value !== undefined) return value;
  }
  return undefined;
};

export function mergedValues(facility: MergedFacility): MergedValues {
  const [primary] = facility.rows;
  if (!primary) throw new Error(`facility ${facility.key} has no rows`);
  const phone = firstOf(facility.rows, (r) => r.phone);
  const intakePhones: string[] = [];
  for (const row of facility.rows) {
    for (const p of row.intakePhones) if (p !== phone && !intakePhones.includes(p)) intakePhones.push(p);
  }
  const alternateName = firstOf(facility.rows, (r) => r.alternateName);
  // Street lines stay those of the primary row: another program's suite
  // number would be wrong for this one.
  const street2 = primary.street2;
  return {
    name: primary.name,
    ...(alternateName ? { alternateName } : {}),
    address: {
      ...(primary.street1 ? { street1: primary.street1 } : {}),
      ...(street2 ? { street2 } : {}),
      city: primary.city,
      state: primary.state,
      zip: primary.zip,
    },
    ...(phone ? { phone } : {}),
    intakePhones,
  };
}

/** What a folded row had that the facility record does not show, for the merge report. */
export function notKept(row: SourceRow, values: MergedValues): string[] {
  const lost: string[] = [];
  if (row.alternateName && row.alternateName !== values.alternateName) lost.push(`name2 "${row.alternateName}"`);
  if (row.street2 && row.street2 !== values.address.street2) lost.push(`street2 "${row.street2}"`);
  if (row.city !== values.address.city) lost.push(`city "${row.city}"`);
  const phones = new Set([values.phone, ...values.intakePhones]);
  if (row.phone && !phones.has(row.phone)) lost.push(`phone ${row.phone}`);
  return lost;
}

/**
 * The samhsa entries of a facility: one per distinct row, su before mh, then
 * by year and codes. A row's name as published is kept when the record shows
 * another (abbreviations written out, or the other directory's spelling).
 */
export function samhsaSources(
  rows: readonly SourceRow[],
  shown: Pick<MergedValues, 'name' | 'alternateName'>,
): SamhsaSource[] {
  const seen = new Map<string, SamhsaSource>();
  for (const r of rows) {
    const source: SamhsaSource = {
      directory: r.directory,
      year: r.year,
      codes: [...r.codes],
      ...(r.rawName !== shown.name ? { name: r.rawName } : {}),
      ...(r.rawAlternateName && r.rawAlternateName !== shown.alternateName
        ? { alternateName: r.rawAlternateName }
        : {}),
    };
    seen.set(JSON.stringify(source), source);
  }
  return sortSources([...seen.values()]);
}

export function sortSources(sources: SamhsaSource[]): SamhsaSource[] {
  return sources.sort(
    (a, b) =>
      DIRECTORY_ORDER[a.directory] - DIRECTORY_ORDER[b.directory] ||
      a.year - b.year ||
      compareText(a.codes.join(' '), b.codes.join(' ')) ||
      compareText(a.name ?? '', b.name ?? '') ||
      compareText(a.alternateName ?? '', b.alternateName ?? ''),
  );
}

/** Code-point order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
