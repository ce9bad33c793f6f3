/**
 * The one way to read a facility data file, shared by the validator, the
 * importer (reading existing records) and the Astro content loader, so all
 * three accept and refuse the same files with the same messages:
 *
 * 1. only a regular file: a symbolic link could publish a file nobody checked;
 * 2. at most MAX_FILE_BYTES, checked before reading;
 * 3. UTF-8, with or without a byte order mark (decode.ts);
 * 4. nesting at most MAX_DEPTH, checked before anything recursive runs;
 * 5. valid JSON, with line and column of a syntax error;
 * 6. no key twice in one object and no control or invisible characters
 *    (scan-json.ts). These come with the parsed value, so the schema can
 *    still report everything else in the same run.
 */
import { lstatSync, readFileSync } from 'node:fs';
import type { Finding } from '../validate/issue';
import { decodeDataFile } from './decode';
import { JsonSource, parseJson } from './json-source';
import { scanJson } from './scan-json';

/**
 * Largest facility file accepted: the largest real one is under 9 KB; staff
 * programs add a few KB more. Anything far bigger is not one facility.
 */
export const MAX_FILE_BYTES = 64 * 1024;

export interface DataFile {
  /** The decoded text (empty when the file was refused before decoding), for line look-ups. */
  source: JsonSource;
  /** The parsed JSON; undefined when the file was refused or does not parse. */
  value?: unknown;
  /** Errors in the file itself. With `value` set, they are duplicate keys or bad characters. */
  findings: Finding[];
}

function refused(problem: string, fix: string, line = 1): DataFile {
  return {
    source: new JsonSource(''),
    findings: [{ severity: 'error', path: [], label: '(file)', line, problem, fix }],
  };
}

/** Check and parse a file's bytes (everything but the file-system checks). */
export function parseDataBytes(bytes: Uint8Array): DataFile {
  const decoded = decodeDataFile(bytes);
  if (!decoded.ok) return { source: new JsonSource(''), findings: [decoded.finding] };
  const source = new JsonSource(decoded.text);
  const scan = scanJson(source);
  if (scan.tooDeep) return { source, findings: [scan.tooDeep] };
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    const findings = parsed.problems.map((p): Finding => ({
      severity: 'error',
      path: [],
      label: 'JSON',
      problem: `${p.message} at line ${p.line}, column ${p.column}`,
      fix: 'correct the JSON syntax there (often a missing comma or quote, or a trailing comma)',
      line: p.line,
    }));
    return { source, findings };
  }
  return { source, value: parsed.value, findings: scan.findings };
}

/** Read one data file at `path` (absolute). Never throws: every problem is a finding. */
export function readDataFile(path: string): DataFile {
  let size: number;
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) {
      return refused(
        'is a symbolic link; links are not followed, so this facility would not be published',
        'replace the link with the file itself',
      );
    }
    if (!stat.isFile()) return refused('is not a regular file', 'replace it with a facility .json file, or remove it');
    size = stat.size;
  } catch (err) {
    return refused(
      `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      'check the file exists and is readable',
    );
  }
  if (size > MAX_FILE_BYTES) {
    return refused(
      `is ${Math.round(size / 1024)} KB; a facility file is at most ${MAX_FILE_BYTES / 1024} KB`,
      'this is not one facility: check what was saved here, or restore the file from git',
    );
  }
  return parseDataBytes(readFileSync(path));
}
