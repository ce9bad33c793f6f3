/**
 * Service codes worth a look, per directory edition: codes in rows that the
 * edition's own Service Code Reference does not list (unknown), reference
 * codes the taxonomy does not map (informational), and taxonomy codes the
 * edition no longer has (stale).
 */
import { basename } from 'node:path';
import { isMappedCode, mappedCodes, type SamhsaDirectory } from '../taxonomy';
import { compareText } from './merge';
import type { DirectoryFile } from './read-directory';
import type { SourceRow } from './source-rows';

export interface CodeFinding {
  file: string;
  directory: SamhsaDirectory;
  year: number;
  code: string;
  /** unknown: in rows, not in the reference sheet; unmapped: in the reference, not in the taxonomy; stale: in the taxonomy, not in the reference. */
  kind: 'unknown' | 'unmapped' | 'stale';
  rows: number;
  detail: string;
}

/** Codes worth a look: unknown to the reference sheet, unmapped by the taxonomy, or stale in the taxonomy. */
export function findCodes(source: DirectoryFile, rows: readonly SourceRow[]): CodeFinding[] {
  const base = { file: basename(source.file), directory: source.directory, year: source.year };
  const unknown = new Map<string, { rows: number; first: SourceRow }>();
  for (const row of rows) {
    for (const code of row.unknownCodes) {
      const seen = unknown.get(code);
      if (seen) seen.rows++;
      else unknown.set(code, { rows: 1, first: row });
    }
  }
  const used = new Map<string, number>();
  for (const row of rows) for (const code of row.codes) used.set(code, (used.get(code) ?? 0) + 1);
  const findings: CodeFinding[] = [];
  for (const [code, { rows: n, first }] of [...unknown].sort((a, b) => compareText(a[0], b[0]))) {
    findings.push({ ...base, code, kind: 'unknown', rows: n, detail: `first in row ${first.line} (${first.name})` });
  }
  for (const ref of [...source.reference.values()].sort((a, b) => compareText(a.code, b.code))) {
    if (!isMappedCode(ref.code, source.directory)) {
      findings.push({
        ...base,
        code: ref.code,
        kind: 'unmapped',
        rows: used.get(ref.code) ?? 0,
        detail: `${ref.category}: ${ref.name}`,
      });
    }
  }
  for (const code of mappedCodes(source.directory)) {
    if (!source.reference.has(code))
      findings.push({
        ...base,
        code,
        kind: 'stale',
        rows: used.get(code) ?? 0,
        detail: 'mapped by the taxonomy, absent from this edition',
      });
  }
  return findings;
}
