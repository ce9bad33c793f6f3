/**
 * `npm run facility:new` end to end, in a child process on SYNTHETIC fixture
 * data in a temp folder: a good run writes a file the validator accepts; each
 * kind of bad input gives one clear line, a non-zero exit and no file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordJson } from '../src/lib/import/records';
import { fixtureDataDir, listFiles, runScript, SYNTHETIC_RECORDS } from '../src/lib/staff/test-fixtures';

let fixture: ReturnType<typeof fixtureDataDir>;
beforeAll(() => {
  fixture = fixtureDataDir(SYNTHETIC_RECORDS);
});
afterAll(() => fixture.cleanup());

const GOOD = [
  '--name', 'Synthetic Lakeside Recovery',
  '--street', '77 Fixture Lane',
  '--city', 'Denver',
  '--state', 'CO',
  '--zip', '80203',
  '--phone', '(303) 555-0177',
  '--levels', 'intensive-outpatient',
  '--focus', 'substance-use,co-occurring',
  '--website', 'https://synthetic-lakeside.org',
  '--payment', 'medicaid',
  '--payment', 'self-pay',
  '--telehealth',
  '--verified', 'today',
  '--today', '2026-11-22',
]; // prettier-ignore

function newFacility(...args: string[]) {
  return runScript('facility-new.ts', ['--data', fixture.dataDir, ...args]);
}

/** A bad run: non-zero exit, the expected error lines on stderr, nothing written. */
function expectRefused(args: string[], status: number, lines: RegExp[]) {
  const before = listFiles(fixture.dataDir);
  const result = newFacility(...args);
  expect(result.status, result.stderr).toBe(status);
  const errors = result.stderr.trim().split('\n');
  expect(errors).toHaveLength(lines.length);
  lines.forEach((line, i) => expect(errors[i]).toMatch(line));
  expect(listFiles(fixture.dataDir)).toEqual(before);
}

describe('npm run facility:new', () => {
  it('writes a valid staff-added facility in the importer format, which npm run validate accepts', () => {
    const result = newFacility(...GOOD);
    expect(result.status, result.stderr).toBe(0);
    const path = join(fixture.dataDir, 'co', 'synthetic-lakeside-recovery-denver-co.json');
    expect(result.stdout).toContain(`Created ${path}`);
    expect(result.stdout).toContain('map point: centre of ZIP 80203');
    const text = readFileSync(path, 'utf8');
    const record = JSON.parse(text);
    expect(text).toBe(recordJson(record));
    expect(record).toMatchObject({
      id: 'synthetic-lakeside-recovery-denver-co',
      phone: '303-555-0177',
      careFocus: ['substance-use', 'co-occurring'],
      payment: ['medicaid', 'self-pay'],
      telehealth: true,
      lastVerified: '2026-11-22',
      location: { precision: 'zip-centroid' },
    });
    expect(record.samhsa).toBeUndefined(); // the schema default []: staff-added
    const validate = runScript('validate.ts', ['--data', fixture.dataDir]);
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
  });

  it('refuses the same facility again (exit 1), pointing at the existing file', () => {
    expectRefused([...GOOD, '--name', 'SYNTHETIC LAKESIDE RECOVERY', '--street', '77 Fixture Ln'], 1, [
      /^error: duplicate: .*co\/synthetic-lakeside-recovery-denver-co\.json already lists this facility/,
    ]);
  });

  it('names every missing flag when run without a terminal', () => {
    expectRefused(['--name', 'Synthetic Half Entry', '--city', 'Denver'], 2, [
      /^error: --street: missing; add --street "1200 Main St"$/,
      /^error: --state: missing; add --state CO$/,
      /^error: --zip: missing; add --zip 80203$/,
      /^error: --phone: missing; add --phone 303-555-0142$/,
      /^error: --levels: missing; add --levels /,
      /^error: --focus: missing; add --focus substance-use$/,
    ]);
  });

  const other = [...GOOD, '--name', 'Synthetic Different Place', '--street', '5 Other St'];
  it.each([
    ['an unknown state', ['--state', 'XZ'], /^error: --state: unknown state "XZ"; use a two-letter USPS code/],
    [
      'a ZIP of another state',
      ['--state', 'UT'],
      /^error: --zip: 80203 is a Colorado \(CO\) ZIP, not Utah \(UT\); check --zip and --state$/,
    ],
    ['an invalid URL', ['--website', 'not a url'], /^error: --website: "not a url" is not a web address; /],
    [
      'an unknown level id',
      ['--levels', 'intensiv'],
      /^error: --levels: unknown id "intensiv"; use "intensive-outpatient" or/,
    ],
    ['an invalid phone', ['--phone', '123'], /^error: --phone: cannot use "123" as a US phone number/],
    ['an unknown flag', ['--colour', 'blue'], /^error: --colour: unknown option; run with --help/],
  ])('rejects %s with one line, exit 2 and no file', (_what, args, message) => {
    expectRefused([...other, ...args], 2, [message]);
  });

  it('prints the file without writing it on --dry-run', () => {
    const before = listFiles(fixture.dataDir);
    const result = newFacility(...GOOD, '--name', 'Synthetic Dry Run', '--dry-run');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).id).toBe('synthetic-dry-run-denver-co');
    expect(listFiles(fixture.dataDir)).toEqual(before);
  });
});
