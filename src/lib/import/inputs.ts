/**
 * Which files an import reads: the directory workbooks (or their CSV forms)
 * and the locator exports, from a source folder or given one by one.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ImportInputError } from './errors';
import { directoryOfFile, isDirectoryFileName } from './read-directory';

export interface Inputs {
  directoryFiles: string[];
  locatorFiles: string[];
}

export interface InputOptions {
  /** Folder with the SAMHSA files. */
  source: string;
  /** Explicit directory files (.xlsx or .csv); when empty, every directory file in `source` of `format`. */
  files?: readonly string[];
  /** Which form to read from `source`: the workbooks (default) or the CSV forms. */
  format?: 'xlsx' | 'csv';
}

async function listFolder(dir: string): Promise<string[]> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
    return (await readdir(dir)).sort();
  } catch (err) {
    throw new ImportInputError(dir, `cannot read the source folder (${(err as Error).message.split('\n')[0]})`);
  }
}

export async function resolveInputs(options: InputOptions): Promise<Inputs> {
  const source = resolve(options.source);
  const names = await listFolder(source);
  let directoryFiles: string[];
  if (options.files && options.files.length > 0) {
    directoryFiles = options.files.map((f) => resolve(f));
    for (const file of directoryFiles) {
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
      } catch {
        throw new ImportInputError(file, 'file not found');
      }
    }
  } else {
    const format = options.format ?? 'xlsx';
    directoryFiles = names
      .filter((n) => isDirectoryFileName(n) && n.toLowerCase().endsWith(`.${format}`))
      .map((n) => join(source, n));
    if (directoryFiles.length === 0)
      throw new ImportInputError(
        source,
        `no directory files (.${format} named with "directory", SA, SU or MH and the year) in the source folder`,
      );
  }
  const seen = new Map<string, string>();
  for (const file of directoryFiles) {
    const { directory, year } = directoryOfFile(file);
    const id = `${directory}-${year}`;
    if (seen.has(id))
      throw new ImportInputError(file, `the ${directory} ${year} directory is also given as ${seen.get(id)}`);
    seen.set(id, file);
  }
  const locatorFiles = names.filter((n) => /^locator-.*\.csv$/i.test(n)).map((n) => join(source, n));
  return { directoryFiles, locatorFiles };
}
