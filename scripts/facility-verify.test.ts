/** `npm run facility:verify` in a child process on SYNTHETIC fixture data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDataDir, runScript, SYNTHETIC_RECORDS } from '../src/lib/staff/test-fixtures';

let fixture: ReturnType<typeof fixtureDataDir>;
beforeAll(() => {
  fixture = fixtureDataDir(SYNTHETIC_RECORDS);
});
afterAll(() => fixture.cleanup());

const verify = (...args: string[]) =>
  runScript('facility-verify.ts', ['--data', fixture.dataDir, '--today', '2026-11-22', ...args]);

describe('npm run facility:verify', () => {
  it('sets lastVerified to today with a one-line change', () => {
    const path = join(fixture.dataDir, 'co', 'synthetic-evening-iop-denver-co.json');
    const before = readFileSync(path, 'utf8');
    const result = verify('synthetic-evening-iop-denver-co');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('lastVerified 2026-01-15 → 2026-11-22');
    expect(readFileSync(path, 'utf8')).toBe(before.replace('"2026-01-15"', '"2026-11-22"'));
  });

  it('takes --date, and changes nothing when one id is unknown', () => {
    const path = join(fixture.dataDir, 'ut', 'synthetic-valley-center-salt-lake-city-ut.json');
    const before = readFileSync(path, 'utf8');
    const bad = verify('synthetic-valley-center-salt-lake-city-ut', 'synthetic-no-such-place');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toMatch(/^error: no facility with id "synthetic-no-such-place"/);
    expect(readFileSync(path, 'utf8')).toBe(before);
    const good = verify('synthetic-valley-center-salt-lake-city-ut', '--date', '2026-11-20');
    expect(good.status, good.stderr).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8')).lastVerified).toBe('2026-11-20');
  });

  it('rejects a future --date and a missing id', () => {
    expect(verify('x', '--date', '2026-12-25').stderr.trim()).toMatch(/^error: --date: 2026-12-25 is in the future/);
    expect(verify().status).toBe(2);
  });
});
