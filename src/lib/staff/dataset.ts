/**
 * Reading the facility files for the staff commands: `data/facilities/<state>/<id>.json`.
 * The commands must still work when a file is broken (that is what the
 * validator is for), so files are read as loose JSON, not through the schema.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readDataFile } from '../data-file/read-data-file';

/** Default data folder, relative to the repository root. */
export const DEFAULT_DATA_DIR = 'data/facilities';

export interface FacilityFile {
  /** Path as given (data dir joined with state folder and file name). */
  path: string;
  /** State folder name, lowercase, e.g. "co". */
  folder: string;
  /** File name without ".json": the facility id it should hold. */
  fileId: string;
  /** Parsed JSON, or undefined when the file is not valid JSON. */
  json: unknown;
}

/** Every `<state>/<id>.json` under the data folder, sorted by path. Throws if the folder is missing. */
export function listFacilityPaths(dataDir: string): { path: string; folder: string; fileId: string }[] {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new Error(`no data folder at ${dataDir}`);
  }
  const out: { path: string; folder: string; fileId: string }[] = [];
  for (const folder of readdirSync(dataDir).sort()) {
    const dir = join(dataDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.json')) out.push({ path: join(dir, name), folder, fileId: name.slice(0, -'.json'.length) });
    }
  }
  return out;
}

/** Every facility file with its JSON parsed (undefined when it does not parse). */
export function readFacilityFiles(dataDir: string): FacilityFile[] {
  // Read the way the validator and the build read (BOM allowed, links refused), but loosely: any value it parsed.
  return listFacilityPaths(dataDir).map((entry) => ({ ...entry, json: readDataFile(entry.path).value }));
}

/** A plain object, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A string property, or undefined. */
export function stringAt(record: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** Path relative to a base folder with POSIX separators, for messages and links. */
export function displayPath(path: string, base = process.cwd()): string {
  const rel = relative(base, path);
  return (rel.startsWith('..') ? path : rel).split('\\').join('/');
}
