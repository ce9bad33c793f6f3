/**
 * What a contributor's pull request goes through (.github/workflows/checks.yml),
 * on a throw-away git repository of SYNTHETIC facilities: each mistake a
 * person can make by hand is caught, as an error annotation on the file, by
 * `npm run validate -- --format github` or `npm run check:curated`; and
 * `npm run report:changes` lists what the branch changed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordJson } from '../src/lib/import/records';
import { fixtureDataDir, runScript, SYNTHETIC_RECORDS, syntheticFacility } from '../src/lib/staff/test-fixtures';

let fixture: ReturnType<typeof fixtureDataDir>;
let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Synthetic Tester', '-c', 'user.email=tester@synthetic.invalid', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
const file = (rel: string) => join(repo, rel);
const edit = (rel: string, change: (record: Record<string, unknown>) => void) => {
  const record = JSON.parse(readFileSync(file(rel), 'utf8'));
  change(record);
  writeFileSync(file(rel), `${JSON.stringify(record, null, 2)}\n`);
};

const CLINIC = 'data/facilities/co/synthetic-fixture-clinic-denver-co.json'; // from SAMHSA
const EVENING = 'data/facilities/co/synthetic-evening-iop-denver-co.json'; // staff-added
const VALLEY = 'data/facilities/ut/synthetic-valley-center-salt-lake-city-ut.json'; // from SAMHSA

beforeAll(() => {
  fixture = fixtureDataDir(SYNTHETIC_RECORDS);
  repo = join(fixture.root, 'repo');
  mkdirSync(join(repo, 'data'), { recursive: true });
  cpSync(fixture.dataDir, join(repo, 'data', 'facilities'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Synthetic base data');
  git('switch', '--quiet', '-c', 'contributor');
});
afterAll(() => fixture.cleanup());

describe('pull request checks on a synthetic repository', () => {
  it('the untouched synthetic data passes validation', () => {
    const result = runScript('validate.ts', ['--format', 'github'], { cwd: repo });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('validate --format github annotates every hand-made mistake on its file', () => {
    const mistakes: Record<string, (r: Record<string, unknown>) => void> = {
      'missing-name': (r) => delete r.name,
      'zip-other-state': (r) => ((r.address as Record<string, string>).zip = '84101'),
      'invalid-url': (r) => (r.website = 'not a url'),
      'unknown-level': (r) => (r.levelsOfCare = ['iopp']),
      'bad-date': (r) => (r.lastVerified = '11/22/2026'),
      'bad-phone': (r) => (r.phone = '303-5550-142'),
    };
    const files: Record<string, string> = {};
    Object.entries(mistakes).forEach(([mistake, change], i) => {
      const id = `synthetic-mistake-${mistake}-denver-co`;
      const rel = `data/facilities/co/${id}.json`;
      const record = syntheticFacility({
        id,
        name: `Synthetic Mistake ${mistake}`,
        address: { street1: `${i + 1}0 Mistake St`, city: 'Denver', state: 'CO', zip: '80203' },
        phone: `303-555-01${10 + i}`,
      });
      writeFileSync(file(rel), recordJson(record));
      edit(rel, change);
      files[mistake] = rel;
    });
    // A copy of an existing listing under a new id, and a file in the wrong state folder.
    files.duplicate = 'data/facilities/co/synthetic-fixture-clinic-copy-denver-co.json';
    writeFileSync(
      file(files.duplicate),
      readFileSync(file(CLINIC), 'utf8').replace(
        '"synthetic-fixture-clinic-denver-co"',
        '"synthetic-fixture-clinic-copy-denver-co"',
      ),
    );
    files['wrong-folder'] = 'data/facilities/ut/synthetic-wrong-folder-denver-co.json';
    writeFileSync(
      file(files['wrong-folder']),
      recordJson(
        syntheticFacility({
          id: 'synthetic-wrong-folder-denver-co',
          name: 'Synthetic Wrong Folder',
          phone: '303-555-0130',
          address: { street1: '99 Folder Rd', city: 'Denver', state: 'CO', zip: '80203' },
        }),
      ),
    );

    const result = runScript('validate.ts', ['--format', 'github'], { cwd: repo });
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::error '));
    for (const [mistake, rel] of Object.entries(files)) {
      const found = annotations.some((a) => a.startsWith(`::error file=${rel},line=`));
      expect(found, `${mistake} not annotated:\n${result.stdout}`).toBe(true);
    }
    // The annotation is on the offending line, e.g. the website.
    const url = annotations.find((a) => a.includes(files['invalid-url']!))!;
    const line = Number(/line=(\d+)/.exec(url)![1]);
    expect(readFileSync(file(files['invalid-url']!), 'utf8').split('\n')[line - 1]).toContain('"website"');
    for (const rel of Object.values(files)) rmSync(file(rel));
    expect(git('status', '--porcelain')).toBe('');
  });

  it('check:curated fails a corrected SAMHSA field until it is added to curatedFields', () => {
    edit(CLINIC, (r) => (r.phone = '303-555-0142'));
    edit(EVENING, (r) => (r.phone = '303-555-0143')); // staff-added: no curating needed
    edit(VALLEY, (r) => (r.lastVerified = '2026-11-20')); // a staff field
    git('commit', '--quiet', '-am', 'Synthetic correction');
    const bad = runScript('check-curated.ts', ['--base', 'main', '--format', 'github'], { cwd: repo });
    expect(bad.status).toBe(1);
    const lines = bad.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^::error file=${CLINIC},line=\\d+,title=phone not in curatedFields::`));
    expect(bad.stderr.trim()).toBe('error: 3 changed facility file(s) checked, 1 uncurated correction(s)');

    edit(CLINIC, (r) => (r.curatedFields = ['phone']));
    git('commit', '--quiet', '-am', 'Synthetic curate');
    const good = runScript('check-curated.ts', ['--base', 'main'], { cwd: repo });
    expect(good.status, good.stdout + good.stderr).toBe(0);
    const unknown = runScript('check-curated.ts', ['--base', 'no-such-branch'], { cwd: repo });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toMatch(/^error: --base: "no-such-branch" is not a git revision here/);
  });

  it('report:changes lists what the branch added, changed and removed', () => {
    const added = runScript('facility-new.ts', [
      '--name', 'Synthetic New Place', '--street', '1 New St', '--city', 'Denver', '--state', 'CO', '--zip', '80203',
      '--phone', '303-555-0160', '--levels', 'outpatient', '--focus', 'mental-health', '--no-input',
    ], { cwd: repo }); // prettier-ignore
    expect(added.status, added.stderr).toBe(0);
    rmSync(file(VALLEY));
    git('add', '-A');
    git('commit', '--quiet', '-m', 'Synthetic add and remove');
    const result = runScript('report-changes.ts', ['--since', 'main', '--format', 'text'], { cwd: repo });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('1 added, 2 changed, 0 moved, 1 removed.');
    expect(result.stdout).toContain('synthetic-new-place-denver-co  Synthetic New Place');
    expect(result.stdout).toContain(
      'synthetic-fixture-clinic-denver-co  Synthetic Fixture Clinic: phone, curatedFields',
    );
    expect(result.stdout).toContain('synthetic-valley-center-salt-lake-city-ut  Synthetic Valley Center');
    const json = JSON.parse(
      runScript('report-changes.ts', ['--since', 'main', '--format', 'json'], { cwd: repo }).stdout,
    );
    const statuses = json.changes.map((c: { status: string }) => c.status).sort();
    expect(statuses).toEqual(['added', 'modified', 'modified', 'removed']);
  });
});
