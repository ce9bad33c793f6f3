/**
 * Checks an import passes before it writes a single file: the row accounting
 * adds up, and the new edition is plausible against the data on disk.
 */
import { basename } from 'node:path';
import { SAMHSA_DIRECTORY_TITLES } from '../facility/provenance';
import type { SamhsaDirectory } from '../taxonomy';
import { ImportBugError, ImportInputError } from './errors';
import type { MergeKind } from './merge';
import type { ExistingRecord, Plan } from './plan';

export interface FileStats {
  file: string;
  directory: SamhsaDirectory;
  year: number;
  format: 'xlsx' | 'csv';
  read: number;
  imported: number;
  merged: Record<MergeKind, number>;
  skipped: number;
}

export interface Totals {
  read: number;
  imported: number;
  merged: Record<MergeKind, number>;
  skipped: number;
}

export const emptyMerged = (): Record<MergeKind, number> => ({
  'cross-directory': 0,
  'exact-duplicate': 0,
  'same-site': 0,
  'same-phone': 0,
  'same-point': 0,
});
const sum = (m: Record<MergeKind, number>) => Object.values(m).reduce((a, b) => a + b, 0);

/** Every row read is imported, merged or skipped, per file and in total; else it is an importer bug. */
export function checkAccounting(files: readonly FileStats[], facilities: number): Totals {
  const totals: Totals = { read: 0, imported: 0, merged: emptyMerged(), skipped: 0 };
  for (const f of files) {
    if (f.read !== f.imported + sum(f.merged) + f.skipped) {
      throw new ImportBugError(
        `${basename(f.file)}: read ${f.read} != imported ${f.imported} + merged ${sum(f.merged)} + skipped ${f.skipped}`,
      );
    }
    totals.read += f.read;
    totals.imported += f.imported;
    totals.skipped += f.skipped;
    for (const k of Object.keys(f.merged) as MergeKind[]) totals.merged[k] += f.merged[k];
  }
  if (totals.read !== totals.imported + sum(totals.merged) + totals.skipped || totals.imported !== facilities) {
    throw new ImportBugError('import accounting does not add up: read != imported + merged + skipped');
  }
  return totals;
}

/**
 * Largest share by which the rows of a directory, or the records on disk a
 * run matches, may fall against the data on disk. Between the bundled
 * editions the directories changed by a few percent; a cut-off file, a
 * header-only workbook or the wrong file loses far more, and would flag every
 * missing facility for review.
 */
export const MAX_DROP_SHARE = 0.25;
/** A drop of a handful of records is an ordinary edition change at any size. */
export const MIN_DROP_RECORDS = 10;

const pct = (share: number) => `${Math.round(share * 100)}%`;
const count = (n: number) => n.toLocaleString('en-US');

/** Refuse an implausible import (unless forced), naming what fell and by how much. */
export function checkPlausible(
  files: readonly FileStats[],
  existing: readonly ExistingRecord[],
  plan: Plan,
  options: { force?: boolean; maxDropShare?: number } = {},
): void {
  if (options.force) return;
  const maxDrop = options.maxDropShare ?? MAX_DROP_SHARE;
  const problems: string[] = [];
  for (const directory of [...new Set(files.map((f) => f.directory))]) {
    const onDisk = existing.filter(
      (e) => e.parsed.status !== 'closed' && e.parsed.samhsa.some((s) => s.directory === directory),
    ).length;
    const read = files.filter((f) => f.directory === directory).reduce((n, f) => n + f.read - f.skipped, 0);
    if (onDisk - read >= MIN_DROP_RECORDS && read < onDisk * (1 - maxDrop)) {
      problems.push(
        `the ${SAMHSA_DIRECTORY_TITLES[directory]} gives ${count(read)} usable rows, but ${count(onDisk)} records on disk come from it (${pct(1 - read / onDisk)} fewer)`,
      );
    }
  }
  const { fromSamhsa, matched } = plan.existing;
  if (fromSamhsa - matched >= MIN_DROP_RECORDS && matched < fromSamhsa * (1 - maxDrop)) {
    problems.push(
      `only ${count(matched)} of the ${count(fromSamhsa)} SAMHSA records on disk were found in the new files (${pct(1 - matched / fromSamhsa)} missing); the rest would be flagged for review`,
    );
  }
  if (problems.length === 0) return;
  throw new ImportInputError(
    files.map((f) => basename(f.file)).join(', '),
    `refused, nothing written: ${problems.join('; ')}. More than ${pct(maxDrop)} less usually means a cut-off or wrong file, or renamed columns. Check the files; if the drop is real, run again with --force`,
  );
}
