import { describe, expect, it } from 'vitest';
import { Facility } from './facility';

/** Synthetic record: not a real facility. */
const valid = {
  id: 'synthetic-recovery-center-denver-co',
  name: 'Synthetic Recovery Center',
  address: { street1: '1 Test Street', city: 'Denver', state: 'CO', zip: '80203' },
  location: { lat: 39.73, lon: -104.98, precision: 'exact' },
  phone: '303-555-0100',
  levelsOfCare: ['intensive-outpatient'],
  programs: [
    {
      name: 'Adult Evening IOP',
      levelOfCare: 'intensive-outpatient',
      format: 'hybrid',
      schedule: [{ days: ['mon', 'wed', 'thu'], start: '18:00', end: '21:00' }],
      hoursPerWeek: 9,
      lengthWeeks: 8,
    },
  ],
  lastVerified: '2026-11-01',
};

function issuesOf(input: unknown) {
  const result = Facility.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('Facility schema', () => {
  it('accepts a complete record and fills defaults', () => {
    const parsed = Facility.parse(valid);
    expect(parsed.status).toBe('active');
    expect(parsed.payment).toEqual([]);
    expect(parsed.telehealth).toBe(false);
    expect(parsed.programs[0]?.focus).toEqual([]);
  });

  it('rejects links that are not http(s)', () => {
    for (const website of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org', 'example.org']) {
      expect(issuesOf({ ...valid, website })).toContainEqual({
        path: 'website',
        message: expect.stringMatching(/https?:\/\//),
      });
    }
    expect(issuesOf({ ...valid, website: 'https://example.org/programs' })).toEqual([]);
  });

  it('names the field and the fix for a bad ZIP, phone and date', () => {
    const issues = issuesOf({
      ...valid,
      address: { ...valid.address, zip: '8020' },
      phone: '3035550100',
      lastVerified: '11/01/2026',
    });
    expect(issues).toContainEqual({ path: 'address.zip', message: expect.stringContaining('five digits') });
    expect(issues).toContainEqual({ path: 'phone', message: expect.stringContaining('555-123-4567') });
    expect(issues).toContainEqual({ path: 'lastVerified', message: expect.stringContaining('YYYY-MM-DD') });
  });

  it('rejects unknown fields, so a typo cannot silently drop data', () => {
    expect(issuesOf({ ...valid, webiste: 'https://example.org' }).map((i) => i.path)).toContain('');
  });

  it('rejects unknown taxonomy ids and repeated values', () => {
    expect(issuesOf({ ...valid, levelsOfCare: ['iop'] }).map((i) => i.path)).toContain('levelsOfCare.0');
    expect(issuesOf({ ...valid, payment: ['medicaid', 'medicaid'] }).map((i) => i.path)).toContain('payment');
  });

  it('rejects a program block that ends before it starts, or a non-slug id', () => {
    const program = { ...valid.programs[0], schedule: [{ days: ['mon'], start: '21:00', end: '18:00' }] };
    expect(issuesOf({ ...valid, programs: [program] }).map((i) => i.path)).toContain('programs.0.schedule.0.end');
    expect(issuesOf({ ...valid, id: 'Not A Slug' }).map((i) => i.path)).toContain('id');
  });

  it('only lets staff mark imported fields as curated', () => {
    expect(issuesOf({ ...valid, curatedFields: ['phone', 'website'] }).map((i) => i.path)).toContain('curatedFields.1');
  });
});
