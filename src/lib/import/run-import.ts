/**
 * The whole SAMHSA import: read directories and locators, clean and merge
 * rows, locate, reconcile with data/facilities, write files and reports.
 * Every row read is imported, merged or skipped; the identity is checked.
 */
import { basename, relative } from 'node:path';
import type { SamhsaDirectory } from '../taxonomy';
import { findCodes, type CodeFinding } from './codes';
import { locate, LocatorIndex, type LocationSource } from './coordinates';
import { ImportBugError } from './errors';
import { foldSameFacility } from './fold';
import { facilityKey } from '../identity/normalize';
import { mergedValues, mergeRows, notKept, samhsaSources, MERGE_KIND_LABELS, type MergeKind } from './merge';
import { planImport, type ImportedFacility, type Plan } from './plan';
import { readDirectoryFile, type DirectoryFile } from './read-directory';
import { readLocatorFile } from './read-locator';
import { writeReports, type Report } from './reports';
import { checkRow, isSkipped, type SkippedRow, type SourceRow } from './source-rows';
import { loadExisting, writePlan, type WriteResult } from './write-records';

export interface ImportOptions {
  directoryFiles: readonly string[];
  locatorFiles: readonly string[];
  /** data/facilities */
  outDir: string;
  /** Where CSV reports go (gitignored). */
  reportsDir: string;
  /** YYYY-MM-DD for new review flags. */
  today: string;
  /** Plan and report, but write no facility files. */
  dryRun?: boolean;
}

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

export interface ImportResult {
  files: FileStats[];
  totals: { read: number; imported: number; merged: Record<MergeKind, number>; skipped: number };
  skippedByReason: Map<string, number>;
  codes: CodeFinding[];
  droppedPhones: number;
  locations: Record<LocationSource, number>;
  /** Locator points set aside as too far from their ZIP. */
  farFromZip: number;
  facilities: number;
  plan: Plan;
  write: WriteResult;
  reportPaths: string[];
}

const emptyMerged = (): Record<MergeKind, number> => ({
  'cross-directory': 0,
  'exact-duplicate': 0,
  'same-site': 0,
  'same-phone': 0,
});
const sum = (m: Record<MergeKind, number>) => Object.values(m).reduce((a, b) => a + b, 0);

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const sources: DirectoryFile[] = [];
  for (const file of options.directoryFiles) sources.push(await readDirectoryFile(file));

  const files: FileStats[] = [];
  const rows: SourceRow[] = [];
  const skipped: SkippedRow[] = [];
  const codes: CodeFinding[] = [];
  for (const source of sources) {
    const good: SourceRow[] = [];
    let skippedHere = 0;
    for (const raw of source.rows) {
      const checked = checkRow(source, raw);
      if (isSkipped(checked)) {
        skipped.push(checked);
        skippedHere++;
      } else good.push(checked);
    }
    rows.push(...good);
    codes.push(...findCodes(source, good));
    files.push({
      file: source.file,
      directory: source.directory,
      year: source.year,
      format: source.format,
      read: source.rows.length,
      imported: 0,
      merged: emptyMerged(),
      skipped: skippedHere,
    });
  }

  const firstPass = mergeRows(rows);
  const { facilities, merged } = foldSameFacility(firstPass.facilities, firstPass.merged);
  const statsOf = new Map(files.map((f) => [f.file, f]));
  for (const f of facilities) statsOf.get(f.rows[0]!.file)!.imported++;
  for (const m of merged) statsOf.get(m.row.file)!.merged[m.kind]++;

  const locators = [];
  for (const file of options.locatorFiles) locators.push(await readLocatorFile(file));
  const index = new LocatorIndex(locators.flatMap((l) => l.points));

  const locations: Record<LocationSource, number> = { locator: 0, 'zip-centroid': 0, none: 0 };
  const farPoints: [string, number, string, string | undefined, string, number, number, number][] = [];
  const noLocation: [string, number, string, string | undefined, string][] = [];
  const imported: ImportedFacility[] = [];
  const finalKeys = new Map<string, string>();
  const groupToFinal = new Map<string, string>();
  const valuesByKey = new Map<string, ReturnType<typeof mergedValues>>();
  for (const f of facilities) {
    const values = mergedValues(f);
    valuesByKey.set(f.key, values);
    const directories = [...new Set(f.rows.map((r) => r.directory))];
    const located = locate(values.address, values.name, directories, index);
    locations[located.source]++;
    if (located.rejected) {
      farPoints.push([
        f.rows[0]!.file,
        f.rows[0]!.line,
        values.name,
        values.address.street1,
        values.address.zip,
        located.rejected.lat,
        located.rejected.lon,
        located.rejected.milesFromZip,
      ]);
    }
    if (!located.location)
      noLocation.push([f.rows[0]!.file, f.rows[0]!.line, values.name, values.address.street1, values.address.zip]);
    // Match key from the values written, so a re-import compares like with like.
    const key = facilityKey(values.name, values.address.street1, values.address.zip, values.alternateName);
    if (finalKeys.has(key)) throw new ImportBugError(`two facilities share the key ${key}`);
    finalKeys.set(key, f.key);
    groupToFinal.set(f.key, key);
    imported.push({
      key,
      name: values.name,
      city: values.address.city,
      state: values.address.state,
      ...(values.address.street1 ? { street1: values.address.street1 } : {}),
      ...(values.alternateName ? { alternateName: values.alternateName } : {}),
      zip: values.address.zip,
      values: { ...values, ...(located.location ? { location: located.location } : {}) },
      samhsa: samhsaSources(f.rows),
    });
  }

  const existing = await loadExisting(options.outDir);
  const plan = planImport({
    imported,
    existing,
    directories: new Set(sources.map((s) => s.directory)),
    years: sources.map((s) => s.year),
    today: options.today,
  });
  const write = await writePlan(plan, options.outDir, { dryRun: options.dryRun ?? false });

  const totals = { read: 0, imported: 0, merged: emptyMerged(), skipped: 0 };
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
  if (totals.read !== totals.imported + sum(totals.merged) + totals.skipped || totals.imported !== facilities.length) {
    throw new ImportBugError('import accounting does not add up: read != imported + merged + skipped');
  }

  const skippedByReason = new Map<string, number>();
  for (const s of skipped) skippedByReason.set(s.reason, (skippedByReason.get(s.reason) ?? 0) + 1);

  const where = (file: string, line: number) => [basename(file), line] as const;
  const reports: Report[] = [
    {
      name: 'import-skipped.csv',
      header: ['file', 'row', 'directory', 'reason', 'name1', 'street1', 'city', 'state', 'zip'],
      rows: skipped.map((s) => [
        ...where(s.file, s.line),
        s.directory,
        s.reason,
        s.cells.name1,
        s.cells.street1,
        s.cells.city,
        s.cells.state,
        s.cells.zip,
      ]),
    },
    {
      name: 'import-merged.csv',
      header: [
        'file',
        'row',
        'directory',
        'kind',
        'into_file',
        'into_row',
        'facility_id',
        'name1',
        'name2',
        'street1',
        'zip',
        'not_kept',
      ],
      rows: merged.map((m) => [
        ...where(m.row.file, m.row.line),
        m.row.directory,
        MERGE_KIND_LABELS[m.kind],
        ...where(m.into.file, m.into.line),
        plan.idsByKey.get(groupToFinal.get(m.key)!),
        m.row.cells.name1,
        m.row.cells.name2,
        m.row.cells.street1,
        m.row.zip,
        m.kind === 'exact-duplicate' ? '' : notKept(m.row, valuesByKey.get(m.key)!).join('; '),
      ]),
    },
    {
      name: 'import-dropped-phones.csv',
      header: ['file', 'row', 'directory', 'column', 'value', 'reason', 'name1'],
      rows: rows.flatMap((r) =>
        r.droppedPhones.map((p) => [...where(r.file, r.line), r.directory, p.column, p.value, p.reason, r.name]),
      ),
    },
    {
      name: 'import-locations.csv',
      header: ['file', 'row', 'problem', 'name1', 'street1', 'zip', 'locator_lat', 'locator_lon', 'miles_from_zip'],
      rows: [
        ...farPoints.map(([file, line, ...rest]) => {
          const [name, street, zip, lat, lon, miles] = rest;
          return [
            ...where(file, line),
            'locator point too far from the ZIP; ZIP centroid used',
            name,
            street,
            zip,
            lat,
            lon,
            miles,
          ];
        }),
        ...noLocation.map(([file, line, name, street, zip]) => [
          ...where(file, line),
          'ZIP unknown to the ZIP table; no map point',
          name,
          street,
          zip,
        ]),
      ],
    },
    {
      name: 'import-codes.csv',
      header: ['kind', 'file', 'directory', 'year', 'code', 'rows', 'detail'],
      rows: codes.map((c) => [c.kind, c.file, c.directory, c.year, c.code, c.rows, c.detail]),
    },
  ];
  const reportPaths = await writeReports(options.reportsDir, reports);

  return {
    files,
    totals,
    skippedByReason,
    codes,
    droppedPhones: rows.reduce((n, r) => n + r.droppedPhones.length, 0),
    locations,
    farFromZip: farPoints.length,
    facilities: facilities.length,
    plan,
    write,
    reportPaths: reportPaths.map((p) => relative(process.cwd(), p) || p),
  };
}
