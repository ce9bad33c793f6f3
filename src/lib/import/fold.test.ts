/** Folding rows the validator would call one facility. Synthetic fixtures only. */
import { describe, expect, it } from 'vitest';
import { importInto, read, snapshot, sourceDir, tempDir, type FixtureRow } from './test-fixtures';

const base = { city: 'Denver', state: 'CO', zip: '80203', phone: '303-555-0120' };
const row = (street1: string, extra: FixtureRow = {}): FixtureRow => ({
  name1: 'Synthetic Fold Center',
  street1,
  ...base,
  service_code_info: 'SA * OP',
  ...extra,
});

async function run(suRows: FixtureRow[], mhRows: FixtureRow[]) {
  const out = await tempDir();
  const source = await sourceDir([
    { directory: 'su', year: 2023, rows: suRows },
    { directory: 'mh', year: 2024, rows: mhRows },
  ]);
  const result = await importInto(source, out);
  return { out, result, files: [...(await snapshot(out)).keys()] };
}

describe('same name, phone and ZIP', () => {
  it('folds a row with the street withheld into the row with the street, keeping the street', async () => {
    const { out, result, files } = await run(
      [row('10 Synthetic Plaza')],
      [row('---', { service_code_info: 'MH * OP' })],
    );
    expect(files).toEqual(['co/synthetic-fold-center-denver-co.json']);
    expect(result.totals.merged['same-phone']).toBe(1);
    const r = await read(out, files[0]!);
    expect(r.address.street1).toBe('10 Synthetic Plaza');
    expect(r.samhsa!.map((s) => s.directory)).toEqual(['su', 'mh']);
  });

  it('folds the same house number written two ways', async () => {
    const { files } = await run([row('340 NE Synthetic Street')], [row('340 Synthetic St NE')]);
    expect(files).toHaveLength(1);
  });

  it('keeps separate sites that share a name and a central phone', async () => {
    const { files, result } = await run([row('10 Synthetic Plaza'), row('99 Other Road')], []);
    expect(files).toHaveLength(2);
    expect(result.totals.merged['same-phone']).toBe(0);
  });

  it('keeps withheld-address homes with different second names apart', async () => {
    const { files } = await run(
      [],
      [row('---', { name2: 'Synthetic House One' }), row('---', { name2: 'Synthetic House Two' })],
    );
    expect(files).toEqual([
      'co/synthetic-fold-center-denver-co-synthetic-house-one.json',
      'co/synthetic-fold-center-denver-co-synthetic-house-two.json',
    ]);
  });
});
