import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ImportInputError } from './errors';
import { directoryOfFile, readDirectoryFile } from './read-directory';
import { capitalized, tempDir, writeCsvForms, writeWorkbook, type DirectoryFixture } from './test-fixtures';

// Synthetic rows.
const fixture = (header?: (c: string) => string): DirectoryFixture => ({
  directory: 'su',
  year: 2023,
  header,
  rows: [
    {
      name1: 'Synthetic A',
      street1: '1 Main Street',
      city: 'Denver',
      state: 'CO',
      zip: '02139',
      service_code_info: 'SA * OP',
    },
  ],
});

describe('readDirectoryFile', () => {
  it('reads headers case-insensitively, from xlsx and CSV alike', async () => {
    const dir = await tempDir();
    const upper = await readDirectoryFile(await writeWorkbook(dir, fixture(capitalized)));
    const csv = await readDirectoryFile(
      await writeCsvForms(
        dir,
        fixture((c) => c.toUpperCase()),
      ),
    );
    expect(upper.rows).toEqual(csv.rows);
    expect(upper.rows[0]!.cells).toMatchObject({ name1: 'Synthetic A', zip: '02139', name2: '' });
    expect([...upper.reference.keys()]).toEqual([...csv.reference.keys()]);
    expect(upper).toMatchObject({ directory: 'su', year: 2023, format: 'xlsx' });
  });

  it('names the file and the missing column', async () => {
    const dir = await tempDir();
    const file = await writeCsvForms(dir, fixture());
    await writeFile(file, 'name1,street1,city,state,phone,service_code_info\nSynthetic A,1 Main,Denver,CO,,SA\n');
    await expect(readDirectoryFile(file)).rejects.toThrow(
      new ImportInputError(
        file,
        'missing column(s) zip (found: name1, street1, city, state, phone, service_code_info)',
      ),
    );
  });

  it('says a workbook is unreadable, or lacks a sheet', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'national-directory-mh-2024.xlsx');
    await writeFile(bad, 'this is not a zip file');
    await expect(readDirectoryFile(bad)).rejects.toThrow(/national-directory-mh-2024\.xlsx: cannot read the workbook/);
    expect(() => directoryOfFile('facilities.xlsx')).toThrow(/cannot tell the directory and year/);
  });

  it('the CLI prints one line and exits non-zero on a data-file error', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'national-directory-su-2023.xlsx'), 'not a workbook');
    const run = spawnSync(
      join('node_modules', '.bin', 'tsx'),
      ['scripts/import-samhsa.ts', '--source', dir, '--out', join(dir, 'out'), '--reports', join(dir, 'r')],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.trim() && !l.includes('warning:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^import:samhsa: .*national-directory-su-2023\.xlsx: cannot read the workbook/);
  }, 30_000);
});
