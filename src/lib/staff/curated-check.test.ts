import { describe, expect, it } from 'vitest';
import { recordJson } from '../import/records';
import { curatedFindings, formatCuratedFinding } from './curated-check';
import { syntheticFacility } from './test-fixtures';

/** A SYNTHETIC SAMHSA-sourced listing. */
const IMPORTED = syntheticFacility({
  id: 'synthetic-fixture-clinic-denver-co',
  samhsa: [{ directory: 'su', year: 2024, codes: ['SA', 'OIT'] }],
});
const before = recordJson(IMPORTED);
const edit = (changes: Record<string, unknown>) => recordJson({ ...IMPORTED, ...changes });
const FILE = 'data/facilities/co/synthetic-fixture-clinic-denver-co.json';

describe('curatedFindings', () => {
  it('flags a corrected imported field that is not in curatedFields, on its line', () => {
    const after = edit({ phone: '303-555-0142' });
    const findings = curatedFindings(before, after, FILE);
    expect(findings.map((f) => f.field)).toEqual(['phone']);
    expect(after.split('\n')[findings[0]!.line - 1]).toContain('"phone": "303-555-0142"');
    expect(formatCuratedFinding(findings[0]!, 'github')).toMatch(
      new RegExp(
        `^::error file=${FILE},line=${findings[0]!.line},title=phone not in curatedFields::"phone" comes from SAMHSA`,
      ),
    );
  });

  it('accepts the correction once the field is curated, and staff fields need no curating', () => {
    expect(curatedFindings(before, edit({ phone: '303-555-0142', curatedFields: ['phone'] }), FILE)).toEqual([]);
    expect(
      curatedFindings(
        before,
        edit({ website: 'https://synthetic.org', lastVerified: '2026-11-22', status: 'closed' }),
        FILE,
      ),
    ).toEqual([]);
  });

  it('flags nested and list changes, treating a missing list as its empty default', () => {
    const after = edit({
      address: { ...(IMPORTED.address as object), street1: '101 Fixture Ave' },
      levelsOfCare: ['outpatient', 'intensive-outpatient'],
      ages: [],
    });
    expect(curatedFindings(before, after, FILE).map((f) => f.field)).toEqual(['address', 'levelsOfCare']);
  });

  it('skips re-imported records (samhsa changed), staff-added records and broken JSON', () => {
    const reimported = edit({ phone: '303-555-0142', samhsa: [{ directory: 'su', year: 2025, codes: ['SA'] }] });
    expect(curatedFindings(before, reimported, FILE)).toEqual([]);
    const staff = recordJson(syntheticFacility({ id: 'synthetic-staff' }));
    expect(curatedFindings(staff, staff.replace('303-555-0100', '303-555-0142'), FILE)).toEqual([]);
    expect(curatedFindings(before, '{ broken', FILE)).toEqual([]);
  });
});
