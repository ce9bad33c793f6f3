/**
 * CSV reports of everything the import did not carry over as-is: skipped
 * rows, folded rows, dropped phones, and service codes worth a look.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Cell = string | number | undefined;

/** One CSV field, quoted when it has a comma, quote or line break (RFC 4180). */
export function csvField(value: Cell): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

export interface Report {
  /** File name inside the reports folder. */
  name: string;
  header: readonly string[];
  rows: (readonly Cell[])[];
}

/** Write reports; returns their paths. */
export async function writeReports(dir: string, reports: readonly Report[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const report of reports) {
    const path = join(dir, report.name);
    await writeFile(path, toCsv(report.header, report.rows));
    paths.push(path);
  }
  return paths;
}
