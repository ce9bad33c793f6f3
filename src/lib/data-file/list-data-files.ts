/**
 * Which files in the data folder are facility files. Only `*.json` is
 * published, so anything else in the folder is named rather than skipped: a
 * facility saved as `.JSON`, a symbolic link or a hidden file would
 * otherwise vanish from the site without a word.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import type { Finding } from '../validate/issue';

/** Files operating systems drop into folders on their own; never data. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep']);

export interface RefusedEntry {
  /** Absolute path of the file or folder. */
  path: string;
  finding: Finding;
}

export interface DataFolderListing {
  /** Every `*.json` regular file, absolute paths, sorted. */
  files: string[];
  /** Everything else in the folder, with why it is not read. */
  refused: RefusedEntry[];
}

function problem(problem: string, fix: string): Finding {
  return { severity: 'error', path: [], label: '(file)', line: 1, problem, fix };
}

/** Why an entry is not a facility file, or undefined when it is one (or a folder to walk). */
function refusal(entry: Dirent): Finding | undefined {
  const name = entry.name;
  const ext = extname(name);
  const base = (name.slice(0, name.length - ext.length) || name).replace(/\.json$/i, '');
  if (entry.isSymbolicLink()) {
    return problem(
      'is a symbolic link; links are not followed, so nothing in it would be published',
      'put a copy of what it points to in its place',
    );
  }
  if (name.startsWith('.')) {
    return problem(
      'is a hidden file or folder, so it would never be published',
      `rename it (a facility file is named <id>.json), or delete it`,
    );
  }
  if (entry.isDirectory()) return undefined;
  if (!entry.isFile()) return problem('is not a regular file', 'remove it');
  if (ext === '.json') return undefined;
  if (ext.toLowerCase() === '.json') {
    return problem(`has the extension "${ext}", so it would never be published`, `rename it to ${base}.json`);
  }
  return problem(
    ext
      ? `has the extension "${ext}", not ".json", so it would never be published`
      : 'has no ".json" extension, so it would never be published',
    `rename it to ${base}.json if it is a facility, otherwise move it out of the data folder`,
  );
}

/** List the data folder; throws only when the folder itself cannot be read. */
export function listDataFiles(dir: string): DataFolderListing {
  const files: string[] = [];
  const refused: RefusedEntry[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (SYSTEM_FILES.has(entry.name)) continue;
      const path = join(current, entry.name);
      const why = refusal(entry);
      if (why) refused.push({ path, finding: why });
      else if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dir);
  files.sort();
  refused.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, refused };
}
