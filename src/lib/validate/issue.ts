/**
 * One problem found in one data file. Every check returns these; the CLI and
 * the Astro build both print them as one line each.
 */
export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  /** Path of the file, relative to the repository root (POSIX separators). */
  file: string;
  /** 1-based line of the offending field in the file; 1 when it cannot be found. */
  line: number;
  /** Dotted field path such as `address.zip` or `programs[0].schedule[1].end`. */
  field: string;
  /** What is wrong, e.g. `"8020" is not a five-digit ZIP`. */
  problem: string;
  /** What to do about it, e.g. `write the ZIP as five digits, e.g. "02139"`. */
  fix: string;
}

/** An issue before it is placed in a file: checks know the field path, not the line. */
export interface Finding {
  severity: Severity;
  /** Path inside the JSON document; empty for the whole file. */
  path: readonly PropertyKey[];
  problem: string;
  fix: string;
  /** Field label to print instead of the path, e.g. "JSON" for a syntax error. */
  label?: string;
  /** Line to report when it is known already (syntax errors); otherwise the line of `path`. */
  line?: number;
}

export function error(path: readonly PropertyKey[], problem: string, fix: string): Finding {
  return { severity: 'error', path, problem, fix };
}

export function warning(path: readonly PropertyKey[], problem: string, fix: string): Finding {
  return { severity: 'warning', path, problem, fix };
}

/** `['programs', 0, 'schedule', 1, 'end']` → `programs[0].schedule[1].end`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

/** Quote a value from a data file for a message, shortened so one line stays one line. */
export function quote(value: unknown, max = 60): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'undefined';
  else text = JSON.stringify(value) ?? String(value);
  text = text.replace(/[\r\n\t]+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** By file, line, errors before warnings, then field: output is stable between runs. */
export function compareIssues(a: Issue, b: Issue): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return a.field < b.field ? -1 : a.field > b.field ? 1 : 0;
}
