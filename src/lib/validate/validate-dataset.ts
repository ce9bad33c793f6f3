/**
 * Validate a folder of facility files: every per-file check on the selected
 * files, plus the dataset-wide uniqueness checks over all of them.
 */
import { relative, resolve, sep } from 'node:path';
import { listDataFiles } from '../data-file/list-data-files';
import { readDataFile } from '../data-file/read-data-file';
import { JsonSource } from '../data-file/json-source';
import { zipCentroid } from '../geo/zip-centroids';
import { Facility } from '../schema';
import { checkDates, todayUtc } from './check-dates';
import { checkIdentity } from './check-identity';
import { checkLocation, TOLERANCE_KM } from './check-location';
import { checkPhones } from './check-phone';
import { checkPrograms } from './check-programs';
import { checkWebsite } from './check-website';
import { checkZip, type ZipLookup } from './check-zip';
import { duplicateFindings, type DatasetEntry } from './duplicates';
import { displayPath, isSelected } from './files';
import { compareIssues, fieldPath, type Finding, type Issue } from './issue';
import { parseWithFindings } from './zod-issues';

export interface ValidateOptions {
  /** Folder holding `<state>/<id>.json` files. */
  dataDir: string;
  /** Repository root: paths in messages are relative to it. Default: the current directory. */
  rootDir?: string;
  /** Absolute files or folders to report on; default all. Uniqueness still spans the whole data folder. */
  only?: readonly string[];
  /** Today as YYYY-MM-DD (tests pin it). Default: today in UTC. */
  today?: string;
  /** ZIP look-up; default the ZIP tables of src/lib/geo/zip-centroids.ts. */
  zipLookup?: ZipLookup;
  /** Accepted distance in km of a point outside its state's outline. */
  toleranceKm?: number;
}

export interface ValidationReport {
  filesChecked: number;
  issues: Issue[];
  errors: number;
  warnings: number;
  seconds: number;
  /** Points outside their state's outline (accepted or not), for tuning the tolerance. */
  outside: { file: string; km: number; precision: string }[];
  /** The selected files without errors, parsed: what a build may publish. */
  valid: ValidEntry[];
}

/** A facility file that passed every check, as the build publishes it. */
export interface ValidEntry {
  /** Absolute path. */
  abs: string;
  /** Path relative to the repository root, as in messages. */
  file: string;
  /** The facility as written in the file (defaults not applied). */
  data: Record<string, unknown>;
}

interface Loaded extends DatasetEntry {
  abs: string;
  selected: boolean;
  source: JsonSource;
  /** Problems of the file itself (see src/lib/data-file); when `data` is undefined they are all there is. */
  fileFindings: Finding[];
}

const EMPTY_SOURCE = new JsonSource('');

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function load(abs: string, rootDir: string, selected: boolean): Loaded {
  const read = readDataFile(abs);
  const file = displayPath(rootDir, abs);
  return { abs, file, data: read.value, selected, source: read.source, fileFindings: read.findings };
}

export function validateDataset(options: ValidateOptions): ValidationReport {
  const started = performance.now();
  const rootDir = resolve(options.rootDir ?? process.cwd());
  const dataDir = resolve(options.dataDir);
  const dataLabel = displayPath(rootDir, dataDir);
  const today = options.today ?? todayUtc();
  const zipLookup = options.zipLookup ?? zipCentroid;
  const toleranceKm = options.toleranceKm ?? TOLERANCE_KM;
  const only = options.only?.map((p) => resolve(p));

  const listing = listDataFiles(dataDir);
  const inData = new Set(listing.files);
  const extra = (only ?? []).filter((p) => p.endsWith('.json') && !inData.has(p) && !isSelected(p, [dataDir]));
  const entries = [...listing.files, ...extra].map((abs) => load(abs, rootDir, !only || isSelected(abs, only)));
  const refused = listing.refused.filter((r) => !only || isSelected(r.path, only));

  const issues: Issue[] = [];
  const outside: ValidationReport['outside'] = [];
  const emit = (entry: Pick<Loaded, 'file' | 'source'>, findings: Finding[]) => {
    for (const f of findings) {
      issues.push({
        severity: f.severity,
        file: entry.file,
        line: f.line ?? entry.source.lineOf(f.path),
        field: f.label ?? fieldPath(f.path),
        problem: f.problem,
        fix: f.fix,
      });
    }
  };
  for (const r of refused) emit({ file: displayPath(rootDir, r.path), source: EMPTY_SOURCE }, [r.finding]);

  for (const entry of entries) {
    if (!entry.selected) continue;
    emit(entry, entry.fileFindings);
    if (entry.data === undefined) continue; // refused or unparsable: nothing more to check
    const rel = relative(dataDir, entry.abs).split(sep).join('/');
    const relPath = rel.startsWith('..') ? entry.abs.split(sep).slice(-2).join('/') : rel;
    emit(entry, checkIdentity(entry.data, relPath, dataLabel));
    if (!isObject(entry.data)) continue; // reported above
    const { value: facility, findings } = parseWithFindings(Facility, entry.data);
    emit(entry, findings);
    if (!facility) continue; // the deeper checks assume well-formed data

    const location = checkLocation(facility, toleranceKm);
    if (location.kmOutside > 0 && Number.isFinite(location.kmOutside)) {
      outside.push({ file: entry.file, km: location.kmOutside, precision: facility.location!.precision });
    }
    emit(entry, [
      ...checkZip(facility, zipLookup, { kmOutside: location.kmOutside, toleranceKm }),
      ...location.findings,
      ...checkWebsite(facility),
      ...checkPhones(facility),
      ...checkDates(facility, today),
      ...checkPrograms(facility),
    ]);
  }

  const duplicates = duplicateFindings(entries.filter((e) => e.data !== undefined));
  for (const entry of entries) {
    const findings = entry.selected ? duplicates.get(entry.file) : undefined;
    if (findings) emit(entry, findings);
  }

  issues.sort(compareIssues);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const failed = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.file));
  return {
    filesChecked: entries.filter((e) => e.selected).length + refused.length,
    valid: entries.flatMap((e) =>
      e.selected && !failed.has(e.file) && isObject(e.data) ? [{ abs: e.abs, file: e.file, data: e.data }] : [],
    ),
    issues,
    errors,
    warnings: issues.length - errors,
    seconds: (performance.now() - started) / 1000,
    outside,
  };
}
