/** Finding and naming the data files. */
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** `path` relative to `root` with forward slashes; absolute when it is outside `root`. */
export function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return path.split(sep).join('/');
  return rel.split(sep).join('/');
}

/** True when `file` is one of `targets` or inside one of them (targets are absolute). */
export function isSelected(file: string, targets: readonly string[]): boolean {
  return targets.some((t) => file === t || file.startsWith(t.endsWith(sep) ? t : t + sep));
}

/** Resolve command-line paths; returns those that do not exist separately. */
export function resolveTargets(cwd: string, args: readonly string[]): { targets: string[]; missing: string[] } {
  const targets: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const full = resolve(cwd, arg);
    try {
      statSync(full);
      targets.push(full.replace(/[\\/]+$/, '') || full);
    } catch {
      missing.push(arg);
    }
  }
  return { targets, missing };
}
