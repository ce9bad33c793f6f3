/**
 * The guards that keep a new SAMHSA edition from damaging the data: file
 * names as SAMHSA writes them, column checks, the plausibility guard,
 * accounting before writing, atomic writes, and re-import matching that never
 * leaves a twin. Fixture workbooks only; ALL ROWS ARE SYNTHETIC.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate/validate-dataset';
import { ImportBugError } from './errors';
import { checkAccounting, emptyMerged } from './guards';
import { resolveInputs } from './inputs';
import { directoryOfFile } from './read-directory';
import { runImport } from './run-import';
import { REFERENCE, snapshot, tempDir, writeWorkbook, type DirectoryFixture, type FixtureRow } from './test-fixtures';
import { writeFileAtomic } from './write-records';

/** Twelve synthetic clinics in Denver, one phone each. */
const clinics = (n = 12): FixtureRow[] =>
  Array.from({ length: n }, (_, i) => ({
    name1: `Synthetic Clinic ${String.fromCharCode(65 + i)}`,
    street1: `${100 + i} Synthetic Street`,
    city: 'Denver',
    state: 'CO',
    zip: '80203',
    phone: `303-555-01${String(i).padStart(2, '0')}`,
    service_code_info: 'SA * OP OIT',
  }));

const su = (rows: FixtureRow[], extra: Partial<DirectoryFixture> = {}): DirectoryFixture => ({
  directory: 'su',
  year: 2023,
  rows,
  ...extra,
});

async function importFolder(source: string, out: string, options: { force?: boolean; accept?: boolean } = {}) {
  const inputs = await resolveInputs({ source });
  return runImport({
    ...inputs,
    outDir: join(out, 'facilities'),
    reportsDir: join(out, 'reports'),
    today: '2026-02-01',
    force: options.force ?? false,
    acceptColumnChanges: options.accept ?? false,
  });
}

async function folderWith(...fixtures: DirectoryFixture[]): Promise<string> {
  const dir = await tempDir('samhsa-edition-');
  for (const f of fixtures) await writeWorkbook(dir, f);
  return dir;
}

describe('file names as SAMHSA writes them', () => {
  it('reads SA, SU or MH and the year anywhere, in any case and with any separator', () => {
    expect(directoryOfFile('National_Directory_SA_Facilities_2022.xlsx')).toEqual({ directory: 'su', year: 2022 });
    expect(directoryOfFile('NATIONAL-DIRECTORY-MH-2024.XLSX')).toEqual({ directory: 'mh', year: 2024 });
    expect(directoryOfFile('2025 national directory su.xlsx')).toEqual({ directory: 'su', year: 2025 });
    expect(directoryOfFile('national-directory-su-2023.csv')).toEqual({ directory: 'su', year: 2023 });
  });
  it('refuses a name that names no directory, both, or no year, and says how to name it', () => {
    expect(() => directoryOfFile('National_Directory_Facilities_2022.xlsx')).toThrow(/no directory \(SA, SU or MH\)/);
    expect(() => directoryOfFile('National_Directory_SA_MH_2022.xlsx')).toThrow(/both directories/);
    expect(() => directoryOfFile('National_Directory_SA.xlsx')).toThrow(
      /no year.*National_Directory_SA_Facilities_2022/,
    );
  });
  it('finds and imports SAMHSA’s own 2022 file name from the source folder', async () => {
    const source = await folderWith(
      su(clinics(2), { year: 2022, fileName: 'National_Directory_SA_Facilities_2022.xlsx' }),
    );
    const out = await tempDir();
    const result = await importFolder(source, out);
    expect(result.files.map((f) => [f.directory, f.year])).toEqual([['su', 2022]]);
    expect([...(await snapshot(out)).keys()]).toHaveLength(2);
  });
  it('refuses a file whose code reference is the other directory’s', async () => {
    const source = await folderWith(
      su(clinics(1), { fileName: 'National_Directory_SA_Facilities_2022.xlsx', reference: REFERENCE.mh }),
    );
    await expect(importFolder(source, await tempDir())).rejects.toThrow(
      /file name says the substance-use directory, but its Service Code Reference is that of the mental-health directory/,
    );
  });
});

describe('columns', () => {
  const renamed = (from: string, to: string) => (c: string) => (c === from ? to : c);
  it('refuses a renamed optional column, naming what is missing and what is unknown, and writes nothing', async () => {
    const out = await tempDir();
    const source = await folderWith(su(clinics(2), { header: renamed('name2', 'name_2') }));
    await expect(importFolder(source, out)).rejects.toThrow(
      /missing column\(s\) name2; unknown column\(s\) name_2\. .*--accept-column-changes/,
    );
    await expect(readdir(out)).resolves.toEqual([]);
  });
  it('imports anyway when told to, reading the missing column as empty', async () => {
    const out = await tempDir();
    const source = await folderWith(su(clinics(2), { header: renamed('intake1', 'intake_1') }));
    const result = await importFolder(source, out, { accept: true });
    expect(result.facilities).toBe(2);
  });
});

describe('plausibility guard', () => {
  it('refuses a header-only workbook over existing data, writes nothing, and goes on with --force', async () => {
    const out = await tempDir();
    await importFolder(await folderWith(su(clinics())), out);
    const before = await snapshot(out);
    const empty = await folderWith(su([]));
    await expect(importFolder(empty, out)).rejects.toThrow(
      /refused, nothing written: the National Directory of Drug and Alcohol Use Treatment Facilities gives 0 usable rows, but 12 records on disk come from it \(100% fewer\).*--force/,
    );
    expect(await snapshot(out)).toEqual(before);
    const forced = await importFolder(empty, out, { force: true });
    expect(forced.plan.records.filter((r) => r.outcome === 'flagged')).toHaveLength(12);
  });
  it('refuses when most records on disk are not found in the new file', async () => {
    const out = await tempDir();
    await importFolder(await folderWith(su(clinics())), out);
    const renamedAll = clinics().map((r, i) => ({
      ...r,
      name1: `Other Synthetic Place ${i}`,
      phone: `720-555-01${i}0`,
    }));
    await expect(importFolder(await folderWith(su(renamedAll)), out)).rejects.toThrow(
      /only 0 of the 12 SAMHSA records on disk were found in the new files/,
    );
  });
  it('lets an ordinary edition change through: one facility fewer', async () => {
    const out = await tempDir();
    await importFolder(await folderWith(su(clinics())), out);
    const result = await importFolder(await folderWith(su(clinics(11))), out);
    expect(result.plan.records.filter((r) => r.outcome === 'flagged')).toHaveLength(1);
  });
});

describe('accounting and writing', () => {
  it('refuses statistics that do not add up, as an importer bug', () => {
    const stats = {
      file: 'x.xlsx',
      directory: 'su' as const,
      year: 2023,
      format: 'xlsx' as const,
      read: 3,
      imported: 1,
      merged: emptyMerged(),
      skipped: 1,
    };
    expect(() => checkAccounting([stats], 1)).toThrow(ImportBugError);
    expect(checkAccounting([{ ...stats, read: 2 }], 1).read).toBe(2);
  });
  it('writes a file whole or not at all, leaving no temporary file behind', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.json');
    await writeFile(file, '{"old": true}\n');
    await writeFileAtomic(file, '{"new": true}\n');
    expect(await readFile(file, 'utf8')).toBe('{"new": true}\n');
    // A rename that cannot happen (the target is a folder) leaves the old state and no temporary file.
    await mkdir(join(dir, 'b.json'));
    await expect(writeFileAtomic(join(dir, 'b.json'), '{}\n')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'b.json']);
  });
});

describe('an edition change', () => {
  const base: FixtureRow[] = [
    {
      name1: 'Synthetic Highway Clinic',
      street1: '4539 U.S. Highway 72',
      city: 'Denver',
      state: 'CO',
      zip: '80203',
      phone: '303-555-0150',
      service_code_info: 'SA * OP',
    },
    {
      name1: 'Synthetic Moving Clinic',
      street1: '12 Synthetic Avenue',
      city: 'Denver',
      state: 'CO',
      zip: '80203',
      phone: '303-555-0151',
      service_code_info: 'SA * OP',
    },
    {
      name1: 'Synthetic Private Home',
      street1: '7 Synthetic Court',
      city: 'Denver',
      state: 'CO',
      zip: '80203',
      phone: '303-555-0152',
      service_code_info: 'SA * RES',
    },
  ];
  it('matches a respelled street, a moved ZIP and a withheld street to their records: no twins, the validator passes', async () => {
    const out = await tempDir();
    await importFolder(await folderWith(su(base)), out);
    const ids = [...(await snapshot(out)).keys()];
    const next = [
      { ...base[0]!, street1: '4539 US 72' },
      { ...base[1]!, zip: '80204' },
      { ...base[2]!, street1: '---' },
    ];
    const result = await importFolder(await folderWith(su(next, { year: 2024 })), out);
    const outcomes = result.plan.records.map((r) => r.outcome);
    expect(outcomes).not.toContain('added');
    expect(outcomes).not.toContain('flagged');
    expect([...(await snapshot(out)).keys()]).toEqual(ids);
    const report = validateDataset({ dataDir: join(out, 'facilities'), rootDir: out, today: '2026-02-01' });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
  it('reports a look-alike it cannot decide instead of silently matching or doubling it', async () => {
    const out = await tempDir();
    await importFolder(await folderWith(su(base)), out);
    const moved = [...base.slice(0, 2), { ...base[2]!, street1: '99 Other Synthetic Road', phone: '720-555-0199' }];
    const result = await importFolder(await folderWith(su(moved, { year: 2024 })), out);
    expect(result.plan.lookalikes.map((l) => [l.facility.name, l.record.path, l.why])).toEqual([
      ['Synthetic Private Home', 'co/synthetic-private-home-denver-co.json', 'same name and city'],
    ]);
    const csv = await readFile(join(out, 'reports', 'import-lookalikes.csv'), 'utf8');
    expect(csv).toMatch(/co\/synthetic-private-home-denver-co\.json,same name and city/);
  });
});
