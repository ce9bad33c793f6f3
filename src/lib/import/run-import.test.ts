/**
 * End-to-end importer tests on synthetic fixture directories (made-up
 * facilities, 555-01xx phone numbers, real ZIP codes).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipCentroid } from '../geo/zip-centroids';
import { Facility } from '../schema';
import { importInto, mh, read, SERENITY_SU, snapshot, sourceDir, su, tempDir } from './test-fixtures';

describe('runImport on synthetic directories', () => {
  it('accounts for every row: read = imported + merged + skipped, with skip reasons reported', async () => {
    const out = await tempDir();
    const result = await importInto(await sourceDir(), out);
    const [mhFile, suFile] = result.files;
    expect(suFile).toMatchObject({ directory: 'su', read: 6, skipped: 3 });
    expect(mhFile).toMatchObject({ directory: 'mh', read: 3, skipped: 0 });
    expect(result.totals.read).toBe(9);
    expect(result.totals.imported).toBe(4);
    expect(result.totals.merged).toEqual({
      'cross-directory': 1,
      'exact-duplicate': 1,
      'same-site': 0,
      'same-phone': 0,
      'same-point': 0,
    });
    expect(result.totals.skipped).toBe(3);
    expect([...result.skippedByReason.keys()].sort()).toEqual([
      'invalid ZIP "ABCDE"',
      'missing name (name1 is empty)',
      'unknown state "XX"',
    ]);
    const skippedCsv = await readFile(join(out, 'reports', 'import-skipped.csv'), 'utf8');
    expect(skippedCsv.trim().split('\n')).toHaveLength(4);
    expect(skippedCsv).toContain('national-directory-su-2023.xlsx,6,su,"unknown state ""XX""",Synthetic Bad State');
  });

  it('reads headers in any case and merges an SU and an MH row into one record', async () => {
    const out = await tempDir();
    await importInto(await sourceDir(), out);
    const files = await snapshot(out);
    expect([...files.keys()]).toEqual([
      'co/synthetic-quiet-clinic-denver-co.json',
      'co/synthetic-serenity-house-denver-co.json',
      'ma/synthetic-harbor-recovery-cambridge-ma.json',
      'mt/synthetic-hidden-home-helena-mt.json',
    ]);
    const r = await read(out, 'co/synthetic-serenity-house-denver-co.json');
    expect(r.samhsa!.map((s) => `${s.directory} ${s.year}`)).toEqual(['su 2023', 'mh 2024']);
    expect(r.levelsOfCare).toEqual(['outpatient', 'intensive-outpatient', 'partial-hospitalization']);
    expect(r.careFocus).toEqual(['substance-use', 'mental-health', 'co-occurring']);
    expect(r.specialties).toEqual(['eating-disorders']);
    expect(r.payment).toEqual(['medicaid', 'medicare', 'sliding-scale']);
    expect(r.telehealth).toBe(true);
    // Newest edition (mh 2024) gives the name; intake numbers are deduped and exclude the main phone.
    expect(r.name).toBe('SYNTHETIC SERENITY HOUSE');
    expect(r.phone).toBe('303-555-0100');
    expect(r.intakePhones).toEqual(['303-555-0109', '303-555-0101']);
    expect(Object.keys(r)).toEqual([
      '$schema',
      'id',
      'name',
      'address',
      'location',
      'phone',
      'intakePhones',
      'careFocus',
      'levelsOfCare',
      'specialties',
      'ages',
      'payment',
      'medications',
      'telehealth',
      'samhsa',
    ]);
    expect(r.$schema).toBe('../../../public/schemas/facility.schema.json');
  });

  it('uses the locator point when street and ZIP match (padding lost zeros), else the ZIP centroid', async () => {
    const out = await tempDir();
    const result = await importInto(await sourceDir(), out);
    expect((await read(out, 'co/synthetic-serenity-house-denver-co.json')).location).toEqual({
      lat: 39.74,
      lon: -104.987,
      precision: 'exact',
    });
    expect((await read(out, 'ma/synthetic-harbor-recovery-cambridge-ma.json')).location).toEqual({
      lat: 42.362,
      lon: -71.084,
      precision: 'exact',
    });
    const c = zipCentroid('80202')!;
    expect((await read(out, 'co/synthetic-quiet-clinic-denver-co.json')).location).toEqual({
      lat: c.lat,
      lon: c.lon,
      precision: 'zip-centroid',
    });
    expect(result.locations).toEqual({ locator: 2, 'zip-centroid': 2, none: 0 });
  });

  it('keeps no street for a withheld address and places it at the ZIP centroid', async () => {
    const out = await tempDir();
    await importInto(await sourceDir(), out);
    const r = await read(out, 'mt/synthetic-hidden-home-helena-mt.json');
    expect(r.address).toEqual({ city: 'Helena', state: 'MT', zip: '59601' });
    const c = zipCentroid('59601')!;
    expect(r.location).toEqual({ lat: c.lat, lon: c.lon, precision: 'zip-centroid' });
  });

  it('reports unknown codes and dropped phones', async () => {
    const out = await tempDir();
    const result = await importInto(await sourceDir(), out);
    expect(result.codes.filter((c) => c.kind === 'unknown').map((c) => `${c.directory} ${c.code} ${c.rows}`)).toEqual([
      'su ZZZ 1',
    ]);
    expect(result.codes.some((c) => c.kind === 'unmapped' && c.code === 'ACC')).toBe(true);
    const quiet = await read(out, 'co/synthetic-quiet-clinic-denver-co.json');
    expect(quiet.phone).toBeUndefined();
    expect(quiet.intakePhones).toEqual(['720-555-0177']);
    expect(quiet.samhsa![0]!.codes).toContain('ZZZ');
    expect(await readFile(join(out, 'reports', 'import-dropped-phones.csv'), 'utf8')).toContain('phone,999-999-9999');
    expect(await readFile(join(out, 'reports', 'import-codes.csv'), 'utf8')).toContain(
      'unknown,national-directory-su-2023.xlsx,su,2023,ZZZ,1',
    );
  });

  it('gives identical files from the workbooks and from the CSV forms', async () => {
    const source = await sourceDir();
    const [a, b] = [await tempDir(), await tempDir()];
    await importInto(source, a, '2026-01-15', 'xlsx');
    await importInto(source, b, '2026-01-15', 'csv');
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('is idempotent: a second run writes nothing and changes no byte', async () => {
    const source = await sourceDir();
    const out = await tempDir();
    await importInto(source, out);
    const first = await snapshot(out);
    const again = await importInto(source, out, '2027-03-01');
    expect(again.write.written).toEqual([]);
    expect(again.plan.records.every((r) => r.outcome === 'unchanged')).toBe(true);
    expect(await snapshot(out)).toEqual(first);
    for (const text of first.values()) {
      expect(text.endsWith('}\n')).toBe(true);
      expect(Facility.safeParse(JSON.parse(text)).success).toBe(true);
    }
  });

  it('folds a site SAMHSA lists twice in one directory, keeping both rows as sources', async () => {
    const out = await tempDir();
    const second = {
      ...SERENITY_SU,
      name2: 'Synthetic Day Program',
      phone: '303-555-0150',
      service_code_info: 'SA * OP ODT',
    };
    const result = await importInto(await sourceDir([su([SERENITY_SU, second]), mh([])]), out);
    expect(result.totals).toMatchObject({ read: 2, imported: 1, skipped: 0 });
    expect(result.totals.merged['same-site']).toBe(1);
    const r = await read(out, 'co/synthetic-serenity-house-denver-co.json');
    expect(r.samhsa).toHaveLength(2);
    expect(r.levelsOfCare).toEqual(['outpatient', 'intensive-outpatient', 'partial-hospitalization']);
    expect(await readFile(join(out, 'reports', 'import-merged.csv'), 'utf8')).toContain('phone 303-555-0150');
  });
});
