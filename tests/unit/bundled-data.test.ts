import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInputs } from '../../src/lib/import/inputs';
import { runImport } from '../../src/lib/import/run-import';

const SOURCE = resolve('../shared/data/samhsa');

/**
 * The committed directory must be exactly what the importer makes from the
 * SAMHSA files: nobody hand-edits imported data without marking it curated,
 * and an importer change that would alter the data cannot land unnoticed.
 * Reads the CSV forms (the unit tests prove xlsx gives the same records).
 */
describe.skipIf(!existsSync(SOURCE))('bundled data', () => {
  it('is reproduced exactly by a fresh import, with every row accounted for', async () => {
    const inputs = await resolveInputs({ source: SOURCE, files: [], format: 'csv' });
    const result = await runImport({
      ...inputs,
      outDir: resolve('data/facilities'),
      reportsDir: mkdtempSync(join(tmpdir(), 'import-reports-')),
      today: '2026-01-01',
      dryRun: true,
    });
    const { read, imported, merged, skipped } = result.totals;
    const mergedTotal = Object.values(merged).reduce((a, b) => a + b, 0);
    expect(read).toBe(imported + mergedTotal + skipped);
    expect(read).toBe(21_063);
    // Staff-added and closed records are the importer's to leave alone, not to reproduce.
    const leftAlone = new Set(['unchanged', 'staff', 'untouched']);
    const notUnchanged = result.plan.records
      .filter((r) => !leftAlone.has(r.outcome))
      .map((r) => `${r.path}: ${r.outcome}`);
    expect(notUnchanged.slice(0, 10)).toEqual([]);
  }, 120_000);
});
