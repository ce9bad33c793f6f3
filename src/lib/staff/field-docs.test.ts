import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Facility, IMPORTED_FIELDS } from '../schema';
import {
  facilityFieldRows,
  FIELD_DOCS_END,
  FIELD_DOCS_START,
  regenerateFieldDocs,
  replaceFieldDocs,
} from './field-docs';

const CONTRIBUTING = fileURLToPath(new URL('../../../CONTRIBUTING.md', import.meta.url));

describe('field reference', () => {
  const rows = facilityFieldRows();

  it('documents every top-level field with its schema description, and marks the imported ones', () => {
    const top = rows.filter((r) => !r.path.includes('.'));
    expect(top.map((r) => r.path)).toEqual(Object.keys(Facility.shape));
    for (const row of rows) expect(row.description, row.path).not.toBe('');
    expect(
      top
        .filter((r) => r.imported)
        .map((r) => r.path)
        .sort(),
    ).toEqual([...IMPORTED_FIELDS].sort());
    expect(rows.find((r) => r.path === 'levelsOfCare')).toMatchObject({ required: false, defaultValue: '[]' });
    expect(rows.find((r) => r.path === 'programs[].schedule[].start')).toMatchObject({ required: true });
  });

  it('is up to date in CONTRIBUTING.md (run `npm run docs:fields` after changing the schema)', async () => {
    const committed = readFileSync(CONTRIBUTING, 'utf8');
    expect(await regenerateFieldDocs(committed, CONTRIBUTING)).toBe(committed);
  });

  it('refuses a document without markers rather than rewriting it', () => {
    expect(() => replaceFieldDocs('# no markers', 'x')).toThrow(/markers/);
    expect(replaceFieldDocs(`a ${FIELD_DOCS_START} old ${FIELD_DOCS_END} b`, 'NEW')).toBe('a NEW b');
  });
});
