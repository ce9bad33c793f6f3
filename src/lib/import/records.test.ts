import { describe, expect, it } from 'vitest';
import { canonicalRecord, recordJson, termsFromSources, type RawRecord } from './records';

describe('canonical record', () => {
  it('follows schema key order at every level and omits undefined and empty defaulted arrays', () => {
    const messy = {
      samhsa: [{ codes: [], year: 2023, directory: 'su' }],
      telehealth: false,
      specialties: [],
      address: { zip: '80203', state: 'CO', city: 'Denver', street1: undefined },
      name: 'Synthetic',
      id: 'synthetic-denver-co',
      $schema: 'x',
    } as unknown as RawRecord;
    const clean = canonicalRecord(messy);
    expect(Object.keys(clean)).toEqual(['$schema', 'id', 'name', 'address', 'telehealth', 'samhsa']);
    expect(Object.keys(clean.address as object)).toEqual(['city', 'state', 'zip']);
    // `codes` has no default, so an empty list stays.
    expect(clean.samhsa).toEqual([{ directory: 'su', year: 2023, codes: [] }]);
    expect(recordJson(messy)).toBe(`${JSON.stringify(clean, null, 2)}\n`);
  });

  it('unions the terms of all sources in taxonomy order', () => {
    const terms = termsFromSources([
      { directory: 'mh', year: 2024, codes: ['MH', 'PHDT'] },
      { directory: 'su', year: 2023, codes: ['SA', 'OIT', 'TELE'] },
    ]);
    expect(terms.levelsOfCare).toEqual(['intensive-outpatient', 'partial-hospitalization']);
    expect(terms.careFocus).toEqual(['substance-use', 'mental-health']);
    expect(terms.telehealth).toBe(true);
  });
});
