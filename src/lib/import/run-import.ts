/**
 * The whole SAMHSA import: read directories and locators, clean and merge
 * rows, locate, reconcile with data/facilities, write files and reports.
 * Every row read is imported, merged or skipped; that is checked, and the new
 * edition's plausibility too, before a single file is written.
 */
import { relative } from 'node:path';
import { countAbbreviations } from '../identity/abbreviations';
import { facilityKey } from '../identity/normalize';
import { findCodes, type CodeFinding } from './codes';
import { locate, LocatorIndex, type LocationSource } from './coordinates';
import { ImportBugError } from './errors';
import { foldSameFacility } from './fold';
import { checkAccounting, checkPlausible, emptyMerged, type FileStats, type Totals } from './guards';
import { importReports, type LocationProblem, type WebsiteProblem } from './import-reports';
import { mergedValues, mergeRows, samhsaSources, type MergedValues } from './merge';
import { planImport, type ImportedFacility, type Plan } from './plan';
import { readDirectoryFile, type DirectoryFile } from './read-directory';
import { readLocatorFile } from './read-locator';
import { writeReports } from './reports';
import { foldSamePoint, type PlacedFacility } from './same-point';
import { checkRow, isSkipped, type SkippedRow, type SourceRow } from './source-rows';
import { findWebsite } from './websites';
import { loadExisting, writePlan, type WriteResult } from './write-records';

export type { FileStats } from './guards';

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
  /** Write even when the new files look implausible against the data on disk (see guards.ts). */
  force?: boolean;
  /** Import even when a directory lacks an expected column or has an unknown one. */
  acceptColumnChanges?: boolean;
}

export interface ImportResult {
  files: FileStats[];
  totals: Totals;
  skippedByReason: Map<string, number>;
  codes: CodeFinding[];
  droppedPhones: number;
  locations: Record<LocationSource, number>;
  /** Locator points set aside as too far from their ZIP. */
  farFromZip: number;
  /** Facilities with a website from the locator export, and locator websites not used. */
  websites: { found: number; notUsed: number };
  /** Same-point, same-phone groups merged into one facility and kept apart on purpose. */
  samePoint: { merged: number; kept: number };
  /** Facilities whose shown name or second name has abbreviations written out, and how many words. */
  abbreviations: { facilities: number; words: number };
  facilities: number;
  plan: Plan;
  write: WriteResult;
  reportPaths: string[];
}

async function readRows(options: ImportOptions) {
  const files: FileStats[] = [];
  const rows: SourceRow[] = [];
  const skipped: SkippedRow[] = [];
  const codes: CodeFinding[] = [];
  const sources: DirectoryFile[] = [];
  for (const file of options.directoryFiles) {
    const source = await readDirectoryFile(file, { acceptColumnChanges: options.acceptColumnChanges ?? false });
    sources.push(source);
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
    const { directory, year, format } = source;
    files.push({
      file,
      directory,
      year,
      format,
      read: source.rows.length,
      imported: 0,
      merged: emptyMerged(),
      skipped: skippedHere,
    });
  }
  return { sources, files, rows, skipped, codes };
}

/** Merge rows into facilities and put each on the map, then fold same-point twins. */
async function placeFacilities(rows: readonly SourceRow[], locatorFiles: readonly string[]) {
  const firstPass = mergeRows(rows);
  const folded = foldSameFacility(firstPass.facilities, firstPass.merged);
  const locators = [];
  for (const file of locatorFiles) locators.push(await readLocatorFile(file));
  const index = new LocatorIndex(locators.flatMap((l) => l.points));
  const placed: PlacedFacility[] = folded.facilities.map((facility) => {
    const values = mergedValues(facility);
    const directories = [...new Set(facility.rows.map((r) => r.directory))];
    return { facility, values, located: locate(values.address, values.name, directories, index) };
  });
  return { ...foldSamePoint(placed, folded.merged), index };
}

const namesOf = (v: MergedValues) => [v.name, ...(v.alternateName ? [v.alternateName] : [])];

/** What the plan needs of each placed facility, and what the reports and summary count. */
function describeFacilities(
  placed: readonly PlacedFacility[],
  keptApart: ReadonlyMap<string, string>,
  index: LocatorIndex,
) {
  const locations: Record<LocationSource, number> = { locator: 0, 'zip-centroid': 0, none: 0 };
  const locationProblems: LocationProblem[] = [];
  const websiteProblems: WebsiteProblem[] = [];
  const imported: ImportedFacility[] = [];
  const finalKeys = new Map<string, string>();
  const seenKeys = new Set<string>();
  const valuesByKey = new Map<string, MergedValues>();
  const abbreviations = { facilities: 0, words: 0 };
  for (const { facility: f, values, located } of placed) {
    valuesByKey.set(f.key, values);
    locations[located.source]++;
    const at = { row: f.rows[0]!, name: values.name, street: values.address.street1, zip: values.address.zip };
    if (located.rejected)
      locationProblems.push({
        ...at,
        problem: 'locator point too far from the ZIP; ZIP centroid used',
        rejected: located.rejected,
      });
    if (!located.location) locationProblems.push({ ...at, problem: 'ZIP unknown to the ZIP tables; no map point' });
    // Match key from the values written, so a re-import compares like with like.
    const key = facilityKey(values.name, values.address.street1, values.address.zip, values.alternateName);
    if (seenKeys.has(key)) throw new ImportBugError(`two facilities share the key ${key}`);
    seenKeys.add(key);
    finalKeys.set(f.key, key);
    const site = values.address.street1
      ? findWebsite(index.at(values.address.street1, values.address.zip), namesOf(values))
      : { problems: [] };
    for (const p of site.problems) websiteProblems.push({ facility: key, ...p });
    const primary = f.rows[0]!;
    const words = countAbbreviations(primary.rawName) + countAbbreviations(primary.rawAlternateName ?? '');
    if (words > 0) {
      abbreviations.facilities++;
      abbreviations.words += words;
    }
    const reason = keptApart.get(f.key);
    imported.push({
      key,
      name: values.name,
      city: values.address.city,
      state: values.address.state,
      ...(values.address.street1 ? { street1: values.address.street1 } : {}),
      ...(values.alternateName ? { alternateName: values.alternateName } : {}),
      zip: values.address.zip,
      values: {
        ...values,
        ...(located.location ? { location: located.location } : {}),
        ...(site.website ? { samhsaWebsite: site.website } : {}),
      },
      samhsa: samhsaSources(f.rows, values),
      rowKeys: [...new Set([key, ...f.rows.map((r) => r.key)])],
      ...(reason ? { keptSeparate: reason } : {}),
    });
  }

  return { imported, locations, locationProblems, websiteProblems, finalKeys, valuesByKey, abbreviations };
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const { sources, files, rows, skipped, codes } = await readRows(options);
  const { placed, merged, keptApart, groups, index } = await placeFacilities(rows, options.locatorFiles);

  const statsOf = new Map(files.map((f) => [f.file, f]));
  for (const p of placed) statsOf.get(p.facility.rows[0]!.file)!.imported++;
  for (const m of merged) statsOf.get(m.row.file)!.merged[m.kind]++;
  const totals = checkAccounting(files, placed.length);

  const { imported, locations, locationProblems, websiteProblems, finalKeys, valuesByKey, abbreviations } =
    describeFacilities(placed, keptApart, index);

  const existing = await loadExisting(options.outDir);
  const plan = planImport({
    imported,
    existing,
    directories: new Set(sources.map((s) => s.directory)),
    years: sources.map((s) => s.year),
    today: options.today,
  });
  checkPlausible(files, existing, plan, { force: options.force ?? false });
  const write = await writePlan(plan, options.outDir, { dryRun: options.dryRun ?? false });

  const skippedByReason = new Map<string, number>();
  for (const s of skipped) skippedByReason.set(s.reason, (skippedByReason.get(s.reason) ?? 0) + 1);
  const reports = importReports({
    skipped,
    merged,
    valuesByKey,
    finalKey: (groupKey) => finalKeys.get(groupKey)!,
    rows,
    locations: locationProblems,
    websites: websiteProblems,
    codes,
    plan,
  });
  const reportPaths = await writeReports(options.reportsDir, reports);

  return {
    files,
    totals,
    skippedByReason,
    codes,
    droppedPhones: rows.reduce((n, r) => n + r.droppedPhones.length, 0),
    locations,
    farFromZip: locationProblems.filter((p) => p.rejected).length,
    websites: { found: imported.filter((f) => f.values.samhsaWebsite).length, notUsed: websiteProblems.length },
    samePoint: groups,
    abbreviations,
    facilities: placed.length,
    plan,
    write,
    reportPaths: reportPaths.map((p) => relative(process.cwd(), p) || p),
  };
}
