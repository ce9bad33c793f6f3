/**
 * Validate a folder of facility files: every per-file check on the selected
 * files, plus the dataset-wide uniqueness checks over all of them.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
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
import { displayPath, isSelected, listJsonFiles } from './files';
import { compareIssues, fieldPath, type Finding, type Issue } from './issue';
import { parseJson, type JsonSource } from './json-source';
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
}

interface Loaded extends DatasetEntry {
  abs: string;
  selected: boolean;
  source: JsonSource;
  /** Syntax problems, already as findings; empty when the file parsed. */
  syntax: Finding[];
}

function load(abs: string, rootDir: string, selected: boolean): Loaded {
  const text = readFileSync(abs, 'utf8');
  const parsed = parseJson(text);
  const file = displayPath(rootDir, abs);
  if (parsed.ok) return { abs, file, data: parsed.value, selected, source: parsed.source, syntax: [] };
  const syntax = parsed.problems.map((p): Finding => ({
    severity: 'error',
    path: [],
    label: 'JSON',
    problem: `${p.message} at line ${p.line}, column ${p.column}`,
    fix: 'correct the JSON syntax there (often a missing comma or quote, or a trailing comma)',
    line: p.line,
  }));
  return { abs, file, data: undefined, selected, source: parsed.source, syntax };
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

  const inData = listJsonFiles(dataDir);
  const extra = (only ?? []).filter((p) => p.endsWith('.json') && !inData.includes(p) && !isSelected(p, [dataDir]));
  const entries = [...inData, ...extra].map((abs) => load(abs, rootDir, !only || isSelected(abs, only)));

  const issues: Issue[] = [];
  const outside: ValidationReport['outside'] = [];
  const emit = (entry: Loaded, findings: Finding[]) => {
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

  for (const entry of entries) {
    if (!entry.selected) continue;
    if (entry.syntax.length) {
      emit(entry, entry.syntax);
      continue;
    }
    const rel = relative(dataDir, entry.abs).split(sep).join('/');
    const relPath = rel.startsWith('..') ? entry.abs.split(sep).slice(-2).join('/') : rel;
    emit(entry, checkIdentity(entry.data, relPath, dataLabel));
    if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) continue; // reported above
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

  const duplicates = duplicateFindings(entries.filter((e) => e.syntax.length === 0));
  for (const entry of entries) {
    const findings = entry.selected ? duplicates.get(entry.file) : undefined;
    if (findings) emit(entry, findings);
  }

  issues.sort(compareIssues);
  const errors = issues.filter((i) => i.severity === 'error').length;
  return {
    filesChecked: entries.filter((e) => e.selected).length,
    issues,
    errors,
    warnings: issues.length - errors,
    seconds: (performance.now() - started) / 1000,
    outside,
  };
}
