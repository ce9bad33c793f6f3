import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CODED_VOCABULARIES, isMappedCode, mapServiceCodes, parseServiceCodeInfo } from './crosswalk';
import type { Term } from './term';

describe('parseServiceCodeInfo', () => {
  it('splits codes and drops category separators', () => {
    expect(parseServiceCodeInfo('SA DT SUMH * OP OD OIT * MU  BU ')).toEqual([
      'SA',
      'DT',
      'SUMH',
      'OP',
      'OD',
      'OIT',
      'MU',
      'BU',
    ]);
  });
});

describe('mapServiceCodes', () => {
  it('maps a substance-use row to levels, focus, payment, languages and medications', () => {
    const mapped = mapServiceCodes(
      parseServiceCodeInfo('SA DT SUMH * OP OD OIT ORT * MU BU * MD SS * SP AH F4 * CO AD * TELE'),
      'su',
    );
    expect(mapped.careFocus).toEqual(['substance-use', 'co-occurring']);
    expect(mapped.levelsOfCare).toEqual(['outpatient', 'intensive-outpatient', 'detox']);
    expect(mapped.medications).toEqual(['buprenorphine', 'methadone']);
    expect(mapped.payment).toEqual(['medicaid', 'sliding-scale']);
    expect(mapped.languages).toEqual(['spanish', 'asl', 'arabic']);
    expect(mapped.specialties).toEqual(['co-occurring', 'adolescents']);
    expect(mapped.telehealth).toBe(true);
  });

  it('maps the mental-health partial hospitalization and eating-disorder codes', () => {
    const mapped = mapServiceCodes(['MH', 'OP', 'PHDT', 'PED', 'DBT'], 'mh');
    expect(mapped.levelsOfCare).toEqual(['outpatient', 'partial-hospitalization']);
    expect(mapped.specialties).toEqual(['eating-disorders']);
    expect(mapped.therapies).toEqual(['dbt']);
    expect(mapped.telehealth).toBe(false);
  });

  it('never infers IOP for a mental-health row: that directory has no IOP code', () => {
    expect(mapServiceCodes(['MH', 'OP', 'OIT'], 'mh').levelsOfCare).toEqual(['outpatient']);
  });

  it('treats a bare substance-use "OP" as outpatient only when no sub-type is given', () => {
    expect(mapServiceCodes(['SA', 'OP'], 'su').levelsOfCare).toEqual(['outpatient']);
    expect(mapServiceCodes(['SA', 'OP', 'OIT'], 'su').levelsOfCare).toEqual(['intensive-outpatient']);
  });

  it('gives residential detox both residential and detox, as SAMHSA describes it', () => {
    expect(mapServiceCodes(['RD'], 'su').levelsOfCare).toEqual(['residential', 'detox']);
  });

  it('ignores codes the taxonomy does not use', () => {
    const mapped = mapServiceCodes(['CARF', 'SMON', 'ZZZ'], 'su');
    for (const field of Object.keys(CODED_VOCABULARIES) as (keyof typeof CODED_VOCABULARIES)[]) {
      expect(mapped[field]).toEqual([]);
    }
  });
});

/** The real SAMHSA reference sheets, read only when the shared data is present. */
const REFERENCE = {
  su: '../shared/data/samhsa/service-codes-su-2023.csv',
  mh: '../shared/data/samhsa/service-codes-mh-2024.csv',
} as const;

function referenceCodes(path: string): Set<string> | undefined {
  try {
    const rows: { service_code: string }[] = parse(readFileSync(path), { columns: true });
    return new Set(rows.map((r) => r.service_code.trim()));
  } catch {
    return undefined;
  }
}

describe('crosswalk against the SAMHSA reference sheets', () => {
  const su = referenceCodes(REFERENCE.su);
  const mh = referenceCodes(REFERENCE.mh);
  const haveSheets = su !== undefined && mh !== undefined;

  // Rows sometimes carry a code from the other directory's list (70 substance-use
  // rows say "MH"), so a code is legitimate if either sheet defines it.
  it.skipIf(!haveSheets)('every code the taxonomy uses is defined by a SAMHSA reference sheet', () => {
    const used = Object.values(CODED_VOCABULARIES).flatMap((terms) =>
      (terms as readonly Term[]).flatMap((t) => [...(t.samhsa?.su ?? []), ...(t.samhsa?.mh ?? [])]),
    );
    expect(used.filter((code) => !su!.has(code) && !mh!.has(code))).toEqual([]);
  });

  it.skipIf(!haveSheets)('maps the codes that matter most in each directory', () => {
    const key = {
      su: ['OIT', 'ODT', 'RES', 'HI', 'DT', 'CO', 'MD', 'SP', 'TELE'],
      mh: ['PHDT', 'PED', 'CO', 'MD', 'SP', 'TELE'],
    };
    expect(key.su.filter((code) => !isMappedCode(code, 'su'))).toEqual([]);
    expect(key.mh.filter((code) => !isMappedCode(code, 'mh'))).toEqual([]);
  });
});

describe('taxonomy terms', () => {
  it('have unique URL-safe ids, labels and descriptions in every vocabulary', () => {
    for (const terms of Object.values(CODED_VOCABULARIES) as (readonly Term[])[]) {
      const ids = terms.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const t of terms) {
        expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(t.label.length).toBeGreaterThan(0);
        expect(t.description).toMatch(/\.$/);
      }
    }
  });
});
