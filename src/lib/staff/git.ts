/**
 * The little git the staff commands need: which facility files changed
 * between two revisions, and a file's text at a revision. Read-only.
 */
import { execFileSync } from 'node:child_process';
import { DEFAULT_DATA_DIR } from './dataset';

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed';

export interface FileChange {
  status: ChangeStatus;
  /** Path at the head revision (for "removed": the path that was removed). */
  path: string;
  /** Path at the base revision, when renamed. */
  oldPath?: string;
}

function git(args: readonly string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Throws a readable error if `rev` is not a revision of the repository at `cwd`. */
export function resolveRevision(rev: string, cwd: string): string {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd).trim();
  } catch {
    throw new Error(`"${rev}" is not a git revision here (a branch, tag or commit; fetch it first if it is remote)`);
  }
}

/**
 * Facility files changed from `base` to `head` (`base...head`: the changes
 * made on head's side since the two diverged, as a pull request shows them).
 */
export function changedFacilityFiles(
  base: string,
  head: string,
  cwd: string,
  dataDir = DEFAULT_DATA_DIR,
): FileChange[] {
  const out = git(['diff', '--name-status', '-M', '-z', `${base}...${head}`, '--', dataDir], cwd);
  const fields = out.split('\0').filter((f) => f !== '');
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length;) {
    const code = fields[i++]!;
    if (code.startsWith('R')) {
      const oldPath = fields[i++]!;
      changes.push({ status: 'renamed', oldPath, path: fields[i++]! });
    } else {
      const path = fields[i++]!;
      const status: ChangeStatus = code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified';
      changes.push({ status, path });
    }
  }
  return changes.filter((c) => c.path.endsWith('.json'));
}

/** Paths outside the data folder changed from base to head. */
export function changedPaths(base: string, head: string, cwd: string): string[] {
  return git(['diff', '--name-only', '-z', `${base}...${head}`], cwd)
    .split('\0')
    .filter(Boolean);
}

/** A file's text at a revision, or undefined if it does not exist there. */
export function fileAt(rev: string, path: string, cwd: string): string | undefined {
  try {
    return git(['show', `${rev}:${path}`], cwd);
  } catch {
    return undefined;
  }
}
