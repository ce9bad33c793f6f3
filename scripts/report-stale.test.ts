/** `npm run report:stale` in a child process on SYNTHETIC fixture data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDataDir, runScript, SYNTHETIC_RECORDS } from '../src/lib/staff/test-fixtures';

let fixture: ReturnType<typeof fixtureDataDir>;
beforeAll(() => {
  fixture = fixtureDataDir(SYNTHETIC_RECORDS);
});
afterAll(() => fixture.cleanup());

const stale = (...args: string[]) => runScript('report-stale.ts', ['--data', fixture.dataDir, ...args]);

describe('npm run report:stale', () => {
  it('groups stale and never-verified listings by state (Markdown by default)', () => {
    const result = stale('--days', '365', '--today', '2026-11-22');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('As of 2026-11-22: 0 not verified within 365 days');
    expect(result.stdout).toContain('| Colorado (CO) | 0 | 1 |');
    expect(result.stdout).toContain('| Utah (UT) | 0 | 1 |');
    expect(result.stdout).toContain(
      '`synthetic-fixture-clinic-denver-co` Synthetic Fixture Clinic, Denver: SAMHSA 2024',
    );
  });

  it('moves a listing to stale once its verification is older than --days, in JSON too', () => {
    const result = stale('--days', '300', '--today', '2026-11-22', '--format', 'json', '--state', 'co');
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.states.map((s: { state: string }) => s.state)).toEqual(['CO']);
    expect(report.states[0].stale).toEqual([
      expect.objectContaining({ id: 'synthetic-evening-iop-denver-co', lastVerified: '2026-01-15', ageDays: 311 }),
    ]);
    const text = stale('--days', '300', '--today', '2026-11-22', '--format', 'text', '--summary');
    expect(text.stdout).toMatch(/^Colorado \(CO\)\s+1\s+1$/m);
  });

  it.each([
    [[], /^error: --days: is required; add e.g. --days 365$/],
    [['--days', 'year'], /^error: --days: "year" is not a whole number of days/],
    [['--days', '30', '--format', 'html'], /^error: --format: unknown format "html"; use one of markdown, text, json$/],
    [['--days', '30', '--state', 'QQ'], /^error: --state: unknown state "QQ"/],
    [
      ['--days', '30', '--today', '22/11/2026'],
      /^error: --today: "22\/11\/2026" is not a date; write it as YYYY-MM-DD$/,
    ],
  ])('rejects %j with one line and exit 2', (args, message) => {
    const result = stale(...args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(message);
  });
});
