/**
 * The SYNTHETIC bad-file corpus against the validator and the importer: every
 * file is refused, named, with the expected field and words, and nothing
 * crashes. (The build's content loader runs the same corpus in
 * src/loaders/facility-loader.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportInputError } from '../import/errors';
import { loadExisting } from '../import/write-records';
import { formatText } from '../validate/format';
import { makeTempData, type TempData } from '../validate/test-fixtures';
import { validateDataset } from '../validate/validate-dataset';
import { BAD_FILES, facilityText } from './bad-files';
import { writeBadFile } from './write-bad-file';

let data: TempData;
beforeEach(() => {
  data = makeTempData();
});
afterEach(() => data.remove());

const validate = () => validateDataset({ dataDir: data.dataDir, rootDir: data.root, today: '2026-06-01' });

describe('the bad-file corpus', () => {
  it('has at least 60 kinds, each named once', () => {
    expect(BAD_FILES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(BAD_FILES.map((b) => b.kind)).size).toBe(BAD_FILES.length);
  });

  it('starts from a valid file, which the validator and the importer accept', async () => {
    data.write('co/synthetic-recovery-center-denver-co.json', facilityText());
    expect(validate().issues).toEqual([]);
    await expect(loadExisting(data.dataDir)).resolves.toHaveLength(1);
  });

  it('accepts a file saved with a byte order mark, as Windows editors do', async () => {
    data.write('co/synthetic-recovery-center-denver-co.json', `\uFEFF${facilityText()}`);
    const report = validate();
    expect(report.issues).toEqual([]);
    expect(report.valid).toHaveLength(1);
    await expect(loadExisting(data.dataDir)).resolves.toHaveLength(1);
  });
});

describe.each(BAD_FILES.map((bad) => [bad.kind, bad] as const))('bad file: %s', (_kind, bad) => {
  it('is refused by the validator with file, line, field, problem and fix', () => {
    writeBadFile(data, bad);
    const report = validate();
    const errors = report.issues.filter((i) => i.severity === 'error');
    const match = errors.find((i) => i.field === bad.expect.field && bad.expect.problem.test(i.problem));
    expect(
      match,
      `expected ${bad.expect.field}: ${bad.expect.problem}, got:\n${errors.map(formatText).join('\n')}`,
    ).toBeDefined();
    if (bad.expect.line) expect(match!.line).toBe(bad.expect.line);
    expect(match!.file).toBe(`data/facilities/${bad.path}`);
    expect(formatText(match!)).toMatch(/^data\/facilities\/\S+:\d+: \S.*: .+ — .+$/);
    expect(report.valid).toEqual([]); // nothing of it may be published
  });

  if (bad.fileLevel) {
    it('is refused by the importer with the same words, before anything is written', async () => {
      writeBadFile(data, bad);
      const expected = validate().issues.find(
        (i) => i.field === bad.expect.field && bad.expect.problem.test(i.problem),
      )!;
      const failure = loadExisting(data.dataDir);
      await expect(failure).rejects.toBeInstanceOf(ImportInputError);
      await expect(failure).rejects.toThrow(
        `:${expected.line}: ${expected.field}: ${expected.problem} — ${expected.fix}`,
      );
    });
  }
});
