/**
 * Re-import: curated data survives, vanished facilities are flagged, ids are
 * stable. Synthetic fixtures only (see test-fixtures.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInputs } from './inputs';
import { runImport } from './run-import';
import {
  HARBOR,
  importInto,
  mh,
  QUIET,
  read,
  SERENITY_MH,
  SERENITY_SU,
  SKIPPED,
  snapshot,
  sourceDir,
  su,
  tempDir,
  write,
} from './test-fixtures';

const SERENITY = 'co/synthetic-serenity-house-denver-co.json';
const HIDDEN_FILE = 'mt/synthetic-hidden-home-helena-mt.json';

describe('re-import', () => {
  it('keeps curated values and staff fields, and refreshes what staff did not curate', async () => {
    const source = await sourceDir();
    const out = await tempDir();
    await importInto(source, out);
    const record = await read(out, SERENITY);
    await write(out, SERENITY, {
      ...record,
      phone: '720-555-0199',
      levelsOfCare: ['intensive-outpatient'],
      intakePhones: ['720-555-0198'], // not curated: the importer puts SAMHSA's back
      website: 'https://synthetic-serenity.example.org',
      programs: [
        {
          name: 'Adult Evening IOP',
          levelOfCare: 'intensive-outpatient',
          format: 'in-person',
          schedule: [{ days: ['mon', 'wed', 'thu'], start: '18:00', end: '21:00' }],
        },
      ],
      status: 'temporarily-closed',
      lastVerified: '2025-12-01',
      curatedFields: ['phone', 'levelsOfCare'],
    });
    const result = await importInto(source, out);
    const after = await read(out, SERENITY);
    expect(after.phone).toBe('720-555-0199');
    expect(after.levelsOfCare).toEqual(['intensive-outpatient']);
    expect(after.intakePhones).toEqual(record.intakePhones);
    expect(after.website).toBe('https://synthetic-serenity.example.org');
    expect(after.programs).toHaveLength(1);
    expect(after.status).toBe('temporarily-closed');
    expect(after.lastVerified).toBe('2025-12-01');
    expect(after.curatedFields).toEqual(['phone', 'levelsOfCare']);
    const planned = result.plan.records.find((r) => r.path === SERENITY)!;
    expect(planned.outcome).toBe('changed');
    expect(planned.changedFields).toEqual(['intakePhones']);
  });

  it('never touches a staff-added record (samhsa: []), byte for byte', async () => {
    const source = await sourceDir();
    const out = await tempDir();
    await importInto(source, out);
    const staffFile = 'co/synthetic-staff-added-denver-co.json';
    const staff = {
      id: 'synthetic-staff-added-denver-co',
      name: 'Synthetic Staff Added',
      address: { street1: '100 West Colfax Avenue', city: 'Denver', state: 'CO', zip: '80203' },
      samhsa: [],
      intakePhones: [],
    };
    await write(out, staffFile, staff, 4);
    const before = await readFile(join(out, 'facilities', staffFile), 'utf8');
    const result = await importInto(source, out);
    expect(await readFile(join(out, 'facilities', staffFile), 'utf8')).toBe(before);
    expect(result.plan.records.find((r) => r.path === staffFile)!.outcome).toBe('staff');
  });

  it('flags a facility gone from the source for review instead of deleting it, and unflags it when it returns', async () => {
    const out = await tempDir();
    await importInto(await sourceDir(), out);
    const without = await sourceDir([su(), mh([SERENITY_MH])]);
    const second = await importInto(without, out, '2026-02-01');
    const gone = await read(out, HIDDEN_FILE);
    expect(gone.review).toEqual({
      reason: 'Not in the SAMHSA 2023 and 2024 directories; confirm whether it is still open.',
      since: '2026-02-01',
    });
    expect(gone.samhsa).toHaveLength(1);
    expect(second.plan.records.find((r) => r.path === HIDDEN_FILE)!.outcome).toBe('flagged');

    const third = await importInto(without, out, '2026-03-01');
    expect((await read(out, HIDDEN_FILE)).review!.since).toBe('2026-02-01');
    expect(third.write.written).toEqual([]);

    await importInto(await sourceDir(), out, '2026-04-01');
    expect((await read(out, HIDDEN_FILE)).review).toBeUndefined();
  });

  it('keeps ids stable when a new facility with a colliding id appears', async () => {
    const out = await tempDir();
    await importInto(await sourceDir(), out);
    const first = await snapshot(out);
    const twin = { ...QUIET, street1: '9 Pine Street', phone: '720-555-0190', service_code_info: 'SA * OP' };
    const result = await importInto(await sourceDir([su([SERENITY_SU, HARBOR, twin, QUIET, ...SKIPPED]), mh()]), out);
    const files = await snapshot(out);
    for (const [path, text] of first) expect(files.get(path)).toBe(text);
    expect(result.plan.records.filter((r) => r.outcome === 'added').map((r) => r.path)).toEqual([
      'co/synthetic-quiet-clinic-denver-co-9-pine-st.json',
    ]);
  });

  it('still matches a record whose name staff corrected (curated), without a duplicate', async () => {
    const source = await sourceDir();
    const out = await tempDir();
    await importInto(source, out);
    await write(out, SERENITY, {
      ...(await read(out, SERENITY)),
      name: 'Synthetic Serenity House of Denver',
      curatedFields: ['name'],
    });
    const result = await importInto(source, out);
    expect(result.plan.records.map((r) => r.outcome).sort()).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect((await read(out, SERENITY)).name).toBe('Synthetic Serenity House of Denver');
  });

  it("reading one directory keeps the other directory's sources and flags nothing of it", async () => {
    const source = await sourceDir();
    const out = await tempDir();
    await importInto(source, out);
    const inputs = await resolveInputs({ source, files: [join(source, 'national-directory-su-2023.xlsx')] });
    const result = await runImport({
      ...inputs,
      outDir: join(out, 'facilities'),
      reportsDir: join(out, 'reports'),
      today: '2026-05-01',
    });
    expect(result.plan.records.filter((r) => r.outcome === 'flagged')).toEqual([]);
    expect((await read(out, SERENITY)).samhsa!.map((s) => s.directory)).toEqual(['su', 'mh']);
    expect((await read(out, HIDDEN_FILE)).review).toBeUndefined();
  });
});
