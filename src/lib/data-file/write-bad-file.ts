/**
 * Put one file of the SYNTHETIC bad-file corpus (bad-files.ts) on disk, in a
 * temporary data folder, the way it would arrive in a pull request.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BadFile } from './bad-files';
import type { TempData } from '../validate/test-fixtures';

/** Write `bad` under `data.dataDir`; a symbolic link points to a file or folder beside (outside) the data folder. */
export function writeBadFile(data: TempData, bad: BadFile): string {
  const path = join(data.dataDir, bad.path);
  mkdirSync(dirname(path), { recursive: true });
  const { content } = bad;
  if (typeof content === 'object' && 'symlinkTo' in content) {
    // A linked folder holds the facility file; a linked file is that file.
    const folder = join(data.root, 'outside');
    mkdirSync(folder, { recursive: true });
    const target = join(folder, `${content.id ?? 'outside'}.json`);
    writeFileSync(target, content.symlinkTo);
    symlinkSync(content.folder ? folder : target, path);
  } else {
    writeFileSync(path, content);
  }
  return path;
}
