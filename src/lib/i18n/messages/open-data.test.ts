import { describe, expect, it } from 'vitest';
import { FINDER_CSV_COLUMNS, SHORTLIST_CSV_COLUMNS } from '../../export/downloads';
import { LISTING_COLUMNS } from '../../open-data/columns';
import { richText } from '../rich';
import { openDataMessages } from './open-data';
import { SPANISH_COLUMN_DESCRIPTIONS } from './open-data-columns';

const ALL_COLUMNS = [...LISTING_COLUMNS, ...FINDER_CSV_COLUMNS, ...SHORTLIST_CSV_COLUMNS];

describe('open-data page words', () => {
  it('describe every column of the files in Spanish, and no column that does not exist', () => {
    const names = new Set(ALL_COLUMNS.map((c) => c.name));
    expect([...names].filter((n) => !SPANISH_COLUMN_DESCRIPTIONS[n])).toEqual([]);
    expect(Object.keys(SPANISH_COLUMN_DESCRIPTIONS).filter((n) => !names.has(n))).toEqual([]);
  });

  it('give English columns their own description, and Spanish ones the Spanish', () => {
    const zip = LISTING_COLUMNS.find((c) => c.name === 'zip')!;
    expect(openDataMessages('en').column(zip)).toBe(zip.description);
    expect(openDataMessages('es').column(zip)).toMatch(/^Código postal de cinco dígitos/);
  });

  it('name the columns the finder and the saved list add, with their meaning in the language', () => {
    const listing = new Set(LISTING_COLUMNS.map((c) => c.name));
    const extra = FINDER_CSV_COLUMNS.filter((c) => !listing.has(c.name));
    const shared = ['id', 'name'];
    const es = richText(openDataMessages('es').finderColumns(extra, shared));
    expect(es).toContain('distance_miles (Millas desde el lugar buscado');
    expect(es).toContain('y luego id, name.');
    const en = richText(openDataMessages('en').finderColumns(extra, shared));
    expect(en).toContain('distance_miles (Miles from the place searched');
    expect(en).toContain('then id, name.');
  });

  it('states counts and dates as given, and tells Spanish readers the files are in English', () => {
    expect(richText(openDataMessages('es').intro('18,366', '30 de noviembre de 2026'))).toMatch(
      /^Todos los listados de este directorio, 18,366 centros .* se hicieron el 30 de noviembre de 2026,/,
    );
    expect(openDataMessages('es').filesLanguage).toMatch(/en inglés/);
    expect(openDataMessages('en').filesLanguage).toBe('');
  });

  it('words each HSDS table by its object and fields', () => {
    expect(openDataMessages('es').downloads.hsdsTable('phone', ['id', 'number'])).toBe(
      'Tabla phone de HSDS: id, number.',
    );
  });
});
