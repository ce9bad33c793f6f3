/**
 * The facilities folder on disk: load every record (data/facilities/<state>/<id>.json)
 * and write a plan back, touching only files whose text changes. Each file is
 * written whole to a temporary name and renamed over the old one, so a run
 * killed halfway leaves every file either old or new, never empty or cut.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { listDataFiles, type DataFolderListing } from '../data-file/list-data-files';
import type { JsonSource } from '../data-file/json-source';
import { readDataFile } from '../data-file/read-data-file';
import { Facility } from '../schema';
import { fieldPath, type Finding } from '../validate/issue';
import { parseWithFindings } from '../validate/zod-issues';
import { ImportBugError, ImportInputError } from './errors';
import type { ExistingRecord, Plan } from './plan';
import { assertValidRecord, recordJson, type RawRecord } from './records';

/** Run `fn` over `items` with at most `limit` at a time; results keep the input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const PARALLEL = 32;

/** The importer's error for a data file problem, in the validator's `file:line: field: problem — fix` form. */
function fileError(path: string, finding: Finding, source?: JsonSource): ImportInputError {
  const line = finding.line ?? source?.lineOf(finding.path) ?? 1;
  const field = finding.label ?? fieldPath(finding.path);
  return new ImportInputError(`${path}:${line}`, `${field}: ${finding.problem} — ${finding.fix}`);
}

/**
 * Read and check every record, the same way the validator and the build read
 * them (src/lib/data-file). A broken or unreadable file stops the import,
 * before anything is written, with its path and the problem.
 */
export async function loadExisting(dir: string): Promise<ExistingRecord[]> {
  let listing: DataFolderListing;
  try {
    listing = listDataFiles(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const refused = listing.refused[0];
  if (refused) throw fileError(refused.path, refused.finding);
  const records: ExistingRecord[] = [];
  const byId = new Map<string, string>();
  for (const full of listing.files) {
    const path = relative(dir, full).split(sep).join('/');
    if (path.split('/').length !== 2) {
      throw new ImportInputError(full, 'is not directly inside a state folder (move it to <state>/<id>.json)');
    }
    const file = readDataFile(full);
    if (file.findings[0]) throw fileError(full, file.findings[0], file.source);
    const raw = file.value;
    const result = parseWithFindings(Facility, raw);
    if (!result.value) throw fileError(full, result.findings[0]!, file.source);
    const id = path.slice(path.indexOf('/') + 1, -'.json'.length);
    if (result.value.id !== id)
      throw new ImportInputError(full, `id "${result.value.id}" does not match the file name`);
    const twin = byId.get(id);
    if (twin) throw new ImportInputError(full, `id "${id}" is also used by ${twin}`);
    byId.set(id, path);
    records.push({ path, raw: raw as RawRecord, parsed: result.value });
  }
  return records;
}

export interface WriteResult {
  /** Files created or rewritten. */
  written: string[];
  /** Files removed because their record moved to another state folder. */
  moved: string[];
  /** Files removed because their record was merged into another (its id is in that record's formerIds). */
  merged: string[];
}

/** Write a file atomically: a temporary file beside it, then a rename (atomic within one folder). */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(path, '..', `.${path.split('/').pop()}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Validate every record the plan writes, then write the ones whose text differs. */
export async function writePlan(plan: Plan, dir: string, options: { dryRun?: boolean } = {}): Promise<WriteResult> {
  const pending: { path: string; text: string; previousPath?: string }[] = [];
  for (const p of plan.records) {
    if (p.outcome === 'staff' || p.outcome === 'untouched' || p.outcome === 'merged') continue;
    if (p.outcome === 'still-flagged' && p.changedFields.length === 0) continue;
    const text = recordJson(p.record);
    const written = JSON.parse(text) as RawRecord;
    assertValidRecord(written, join(dir, p.path));
    const expected = `${String((written.address as { state: string }).state).toLowerCase()}/${written.id}.json`;
    if (expected !== p.path)
      throw new ImportBugError(`importer would write record ${written.id} to ${p.path} instead of ${expected}`);
    pending.push({ path: p.path, text, ...(p.previousPath ? { previousPath: p.previousPath } : {}) });
  }
  const result: WriteResult = { written: [], moved: [], merged: [] };
  const current = await mapLimit(pending, PARALLEL, (item) =>
    readFile(join(dir, item.path), 'utf8').catch(() => undefined),
  );
  const changed = pending.filter((item, i) => current[i] !== item.text);
  result.written = changed.map((item) => item.path);
  result.moved = pending.flatMap((item) => (item.previousPath ? [item.previousPath] : []));
  result.merged = plan.records.filter((p) => p.outcome === 'merged').map((p) => p.path);
  if (!options.dryRun) {
    const folders = new Set(changed.map((item) => join(dir, item.path, '..')));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    await mapLimit(changed, PARALLEL, (item) => writeFileAtomic(join(dir, item.path), item.text));
    // Removals last: every record that takes over from a removed file is on disk by now.
    for (const old of [...result.moved, ...result.merged]) await rm(join(dir, old), { force: true });
  }
  return result;
}
