import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordJson } from '../import/records';
import { RefusedError } from './cli';
import { findFacilityFile, setLastVerified, verifyFacility } from './verify';
import { fixtureDataDir, SYNTHETIC_RECORDS, syntheticFacility } from './test-fixtures';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Lines that differ between two texts of equal line count, or the added ones. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  return after.split('\n').filter((line, i) => line !== a[i] && !a.includes(line));
}

describe('setLastVerified', () => {
  it('inserts lastVerified where the importer would write it, changing one line', () => {
    const before = recordJson(
      syntheticFacility({
        id: 'synthetic-x',
        samhsa: [{ directory: 'su', year: 2024, codes: ['SA'] }],
        curatedFields: ['phone'],
        review: { reason: 'Synthetic review note', since: '2026-01-01' },
      }),
    );
    const result = setLastVerified(before, '2026-11-22');
    expect(changedLines(before, result.text)).toEqual(['  "lastVerified": "2026-11-22",']);
    expect(result.text.split('\n').length).toBe(before.split('\n').length + 1);
    const keys = Object.keys(JSON.parse(result.text));
    expect(keys.slice(keys.indexOf('samhsa'))).toEqual(['samhsa', 'lastVerified', 'curatedFields', 'review']);
    expect(result.text).toBe(recordJson(JSON.parse(result.text)));
    expect(result.notes[0]).toMatch(/flagged for review: "Synthetic review note"/);
  });

  it('replaces an existing date in place and reports the previous one', () => {
    const before = recordJson(syntheticFacility({ id: 'synthetic-y', lastVerified: '2025-01-02' }));
    const result = setLastVerified(before, '2026-11-22');
    expect(result.previous).toBe('2025-01-02');
    expect(before.replace('2025-01-02', '2026-11-22')).toBe(result.text);
  });

  it('reads a file saved with a byte order mark, as the validator does, and keeps the mark', () => {
    const before = `\uFEFF${recordJson(syntheticFacility({ id: 'synthetic-bom' }))}`;
    const result = setLastVerified(before, '2026-11-22');
    expect(result.text.startsWith('\uFEFF')).toBe(true);
    expect(JSON.parse(result.text.slice(1)).lastVerified).toBe('2026-11-22');
  });

  it('refuses a file that is not JSON', () => {
    expect(() => setLastVerified('{ "id": ', '2026-11-22', 'x.json')).toThrow(RefusedError);
  });
});

describe('findFacilityFile / verifyFacility', () => {
  it('finds a facility by id in any state folder and writes the date', () => {
    const fixture = fixtureDataDir(SYNTHETIC_RECORDS);
    cleanup = fixture.cleanup;
    const path = findFacilityFile(fixture.dataDir, 'synthetic-valley-center-salt-lake-city-ut');
    expect(path).toBe(join(fixture.dataDir, 'ut', 'synthetic-valley-center-salt-lake-city-ut.json'));
    verifyFacility(path, '2026-11-22');
    expect(JSON.parse(readFileSync(path, 'utf8')).lastVerified).toBe('2026-11-22');
    expect(() => findFacilityFile(fixture.dataDir, 'synthetic-nowhere')).toThrow(
      /no facility with id "synthetic-nowhere"/,
    );
  });
});
