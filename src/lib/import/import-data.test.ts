/**
 * What the import makes of the data people see: websites with their source,
 * one listing per facility at a map point, readable names. ALL ROWS ARE SYNTHETIC.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate/validate-dataset';
import { resolveInputs } from './inputs';
import { runImport } from './run-import';
import {
  read,
  snapshot,
  tempDir,
  write,
  writeLocator,
  writeWorkbook,
  type FixtureRow,
  type LocatorFixtureRow,
} from './test-fixtures';

const SITE = {
  street1: '805 Synthetic Frontage Road',
  city: 'Kenai',
  state: 'AK',
  zip: '99611',
  phone: '907-555-0300',
};
const POINT = { street1: SITE.street1, zip: SITE.zip, latitude: 60.554, longitude: -151.258 };

async function run(suRows: FixtureRow[], mhRows: FixtureRow[], locator: LocatorFixtureRow[], out?: string) {
  const source = await tempDir('samhsa-data-');
  await writeWorkbook(source, { directory: 'su', year: 2023, rows: suRows });
  await writeWorkbook(source, { directory: 'mh', year: 2024, rows: mhRows });
  await writeLocator(source, 'mh', locator);
  const dir = out ?? (await tempDir());
  const inputs = await resolveInputs({ source });
  const result = await runImport({
    ...inputs,
    outDir: join(dir, 'facilities'),
    reportsDir: join(dir, 'reports'),
    today: '2026-02-01',
  });
  return { out: dir, result, files: [...(await snapshot(dir)).keys()] };
}
const errors = (out: string) =>
  validateDataset({ dataDir: join(out, 'facilities'), rootDir: out, today: '2026-02-01' }).issues.filter(
    (i) => i.severity === 'error',
  );

describe('websites from the locator export', () => {
  it('takes the website of the locator row at the street with the same name, with its source', async () => {
    const { out, files } = await run(
      [{ name1: 'Synthetic Harbor Clinic', ...SITE, service_code_info: 'SA * OP' }],
      [],
      [{ name1: 'Synthetic Harbor Clinic Inc', ...POINT, website: 'http://www.synthetic-harbor.org' }],
    );
    expect((await read(out, files[0]!)).samhsaWebsite).toEqual({
      url: 'http://www.synthetic-harbor.org/',
      directory: 'mh',
      year: 2021,
    });
  });
  it('leaves out the website of another provider at the address, and an address that is not valid', async () => {
    const { out, files, result } = await run(
      [
        { name1: 'Synthetic Harbor Clinic', ...SITE, service_code_info: 'SA * OP' },
        {
          name1: 'Synthetic Comma Clinic',
          ...SITE,
          street1: '9 Synthetic Way',
          phone: '907-555-0301',
          service_code_info: 'SA * OP',
        },
      ],
      [],
      [
        { name1: 'Unrelated Synthetic Dental', ...POINT, website: 'http://www.synthetic-dental.com' },
        {
          name1: 'Synthetic Comma Clinic',
          ...POINT,
          street1: '9 Synthetic Way',
          website: 'http://Www.synthetic-comma,com',
        },
      ],
    );
    for (const f of files) expect((await read(out, f)).samhsaWebsite).toBeUndefined();
    expect(result.websites).toEqual({ found: 0, notUsed: 2 });
  });
  it('keeps a website staff set, and a re-import changes neither', async () => {
    const rows = [{ name1: 'Synthetic Harbor Clinic', ...SITE, service_code_info: 'SA * OP' }];
    const locator = [{ name1: 'Synthetic Harbor Clinic', ...POINT, website: 'http://old.synthetic-harbor.org' }];
    const { out, files } = await run(rows, [], locator);
    const record = await read(out, files[0]!);
    await write(out, files[0]!, { ...record, website: 'https://synthetic-harbor.org/' });
    await run(rows, [], locator, out);
    const again = await read(out, files[0]!);
    expect(again.website).toBe('https://synthetic-harbor.org/');
    expect(again.samhsaWebsite?.url).toBe('http://old.synthetic-harbor.org/');
  });
});

describe('one listing per facility at a map point', () => {
  it('merges the two directories’ listings at one point with one phone, named as the newest edition names it', async () => {
    const { out, files, result } = await run(
      [{ name1: 'Synthetic Peninsula Health Servs of Kenai', ...SITE, service_code_info: 'SA * OP' }],
      [{ name1: 'Synthetic Peninsula Health Services', name2: 'Kenai', ...SITE, service_code_info: 'MH * OP' }],
      [{ name1: 'Synthetic Peninsula Health', ...POINT }],
    );
    expect(files).toEqual(['ak/synthetic-peninsula-health-services-kenai-ak.json']);
    expect(result.samePoint).toEqual({ merged: 1, kept: 0 });
    const r = await read(out, files[0]!);
    expect([r.name, r.alternateName]).toEqual(['Synthetic Peninsula Health Services', 'Kenai']);
    expect(r.samhsa!.map((s) => [s.directory, s.name])).toEqual([
      ['su', 'Synthetic Peninsula Health Servs of Kenai'],
      ['mh', undefined],
    ]);
    expect(errors(out)).toEqual([]);
  });
  it('keeps programs one directory lists separately, with the reason; the validator catches a pair without one', async () => {
    const { out, files, result } = await run(
      [
        { name1: 'Synthetic Institute Detox Unit', ...SITE, service_code_info: 'SA * DT' },
        { name1: 'Synthetic Institute Outpatient Program', ...SITE, service_code_info: 'SA * OP' },
      ],
      [],
      [{ name1: 'Synthetic Institute', ...POINT }],
    );
    expect(files).toHaveLength(2);
    expect(result.samePoint).toEqual({ merged: 0, kept: 1 });
    const first = await read(out, files[0]!);
    expect(first.keptSeparate?.reason).toMatch(
      /substance-use directory lists it apart from 1 other facility .* separate programs at one address/,
    );
    expect(errors(out)).toEqual([]);
    await write(out, files[0]!, { ...first, keptSeparate: undefined });
    expect(errors(out).map((e) => e.problem)).toEqual([
      expect.stringMatching(/same facility as .* \(same map point and phone\)/),
      expect.stringMatching(/same facility as .* \(same map point and phone\)/),
    ]);
  });
});

describe('readable names', () => {
  it('writes out SAMHSA’s abbreviations and keeps the name as published in the source row', async () => {
    const { out, files, result } = await run(
      [{ name1: 'Synthetic Behav Hlth Servs Ctr', ...SITE, service_code_info: 'SA * OP' }],
      [],
      [],
    );
    const r = await read(out, files[0]!);
    expect(r.name).toBe('Synthetic Behavioral Health Services Center');
    expect(r.samhsa![0]!.name).toBe('Synthetic Behav Hlth Servs Ctr');
    expect(result.abbreviations).toEqual({ facilities: 1, words: 4 });
  });
});
