import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { recordJson } from '../import/records';
import { Facility } from '../schema';
import { RefusedError, UsageError } from './cli';
import { readFacilityFiles } from './dataset';
import { buildNewFacility, indexExisting, writeNewFacility, type NewFacilityFlags } from './new-facility';
import { promptMissing } from './prompts';
import { fixtureDataDir, SYNTHETIC_RECORDS } from './test-fixtures';

const TODAY = '2026-11-22';

/** A complete, valid set of flags for a SYNTHETIC facility. */
const FLAGS: NewFacilityFlags = {
  name: 'Synthetic Harbor House',
  street: '400 Fixture Way',
  city: 'Denver',
  state: 'CO',
  zip: '80203',
  phone: '303-555-0142',
  levels: ['iop,outpatient'],
  focus: ['co-occurring'],
};

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function existing() {
  const fixture = fixtureDataDir(SYNTHETIC_RECORDS);
  cleanup = fixture.cleanup;
  return { fixture, existing: indexExisting(readFacilityFiles(fixture.dataDir)) };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('buildNewFacility', () => {
  it('builds a schema-valid, staff-added record with the importer id, ZIP centroid and file format', () => {
    const { fixture, existing: index } = existing();
    const built = buildNewFacility(
      {
        ...FLAGS,
        website: 'synthetic-harbor.org',
        verified: 'today',
        'intake-phone': ['303-555-0143', '303-555-0142'],
      },
      { existing: index, today: TODAY },
    );
    expect(built.relPath).toBe('co/synthetic-harbor-house-denver-co.json');
    expect(built.record).toMatchObject({
      $schema: '../../../public/schemas/facility.schema.json',
      id: 'synthetic-harbor-house-denver-co',
      address: { street1: '400 Fixture Way', city: 'Denver', state: 'CO', zip: '80203' },
      location: { precision: 'zip-centroid' },
      website: 'https://synthetic-harbor.org',
      intakePhones: ['303-555-0143'],
      levelsOfCare: ['outpatient', 'intensive-outpatient'],
      samhsa: [],
      lastVerified: TODAY,
    });
    const path = writeNewFacility(fixture.dataDir, built);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(recordJson(built.record));
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text)).slice(0, 3)).toEqual(['$schema', 'id', 'name']);
    const parsed = Facility.parse(JSON.parse(text));
    expect(parsed.samhsa).toEqual([]);
    expect(() => writeNewFacility(fixture.dataDir, built)).toThrow(/EEXIST/);
  });

  it('uses an exact point when --lat/--lon are given', () => {
    const built = buildNewFacility(
      { ...FLAGS, lat: '39.74', lon: '-104.99' },
      { existing: existing().existing, today: TODAY },
    );
    expect(built.record.location).toEqual({ lat: 39.74, lon: -104.99, precision: 'exact' });
  });

  it('lists every missing required flag, one line each', () => {
    const error = thrown(() =>
      buildNewFacility({ name: 'Synthetic Only Name' }, { existing: existing().existing, today: TODAY }),
    );
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message.split('\n')).toEqual([
      '--street: missing; add --street "1200 Main St"',
      '--city: missing; add --city Denver',
      '--state: missing; add --state CO',
      '--zip: missing; add --zip 80203',
      '--phone: missing; add --phone 303-555-0142',
      '--levels: missing; add --levels intensive-outpatient,outpatient',
      '--focus: missing; add --focus substance-use',
    ]);
  });

  it('rejects a ZIP of another state, an unknown ZIP, a bad URL and an unknown level', () => {
    const { existing: index } = existing();
    const message = (flags: NewFacilityFlags) =>
      thrown(() => buildNewFacility(flags, { existing: index, today: TODAY })).message;
    expect(message({ ...FLAGS, state: 'UT' })).toBe(
      '--zip: 80203 is a Colorado (CO) ZIP, not Utah (UT); check --zip and --state',
    );
    expect(message({ ...FLAGS, zip: '00000' })).toMatch(/^--zip: 00000 is not in the ZIP code list/);
    expect(message({ ...FLAGS, website: 'http://' })).toMatch(/^--website: "http:\/\/" is not a web address/);
    expect(message({ ...FLAGS, levels: ['iop', 'hospital-ish'] })).toMatch(/^--levels: unknown id "hospital-ish"/);
    expect(message({ ...FLAGS, lat: '39.7' })).toMatch(/^--lon: missing; --lat needs --lon too/);
  });

  it('refuses a duplicate by normalized name + street + ZIP, by the validator rules, and by id', () => {
    const { existing: index } = existing();
    const refuse = (flags: NewFacilityFlags) => {
      const error = thrown(() => buildNewFacility(flags, { existing: index, today: TODAY }));
      expect(error).toBeInstanceOf(RefusedError);
      return error.message;
    };
    // Same facility as the SYNTHETIC fixture, written differently.
    expect(refuse({ ...FLAGS, name: 'SYNTHETIC FIXTURE CLINIC', street: '100 Fixture Avenue' })).toMatch(
      /^duplicate: .*co\/synthetic-fixture-clinic-denver-co\.json already lists this facility \(same name, street and ZIP once normalized\)/,
    );
    // The same name in "Inc." form with a suite number is still the importer's key.
    expect(refuse({ ...FLAGS, name: 'Synthetic Evening IOP, Inc.', street: '200 Example Boulevard Suite 5' })).toMatch(
      /^duplicate: .*synthetic-evening-iop-denver-co\.json already lists this facility/,
    );
    // A misspelt street hides it from that key, not from the validator's name + phone + house number rule.
    expect(
      refuse({ ...FLAGS, name: 'Synthetic Evening IOP', street: '200 Exampel Blvd', phone: '303-555-0101' }),
    ).toMatch(/^duplicate: same facility as .*synthetic-evening-iop-denver-co\.json \(same name, phone/);
    expect(refuse({ ...FLAGS, id: 'synthetic-evening-iop-denver-co' })).toMatch(
      /^--id: "synthetic-evening-iop-denver-co" is already used by /,
    );
  });

  it('gives a colliding name a distinct id the way the importer does', () => {
    const built = buildNewFacility(
      { ...FLAGS, name: 'Synthetic Fixture Clinic', street: '900 Other Rd' },
      { existing: existing().existing, today: TODAY },
    );
    expect(built.record.id).toBe('synthetic-fixture-clinic-denver-co-900-other-rd');
  });
});

describe('promptMissing', () => {
  it('asks for missing flags, re-asks after a bad answer, and offers ZIP defaults', async () => {
    const answers = [
      'Synthetic Prompted Place', // name
      '12 Prompt St', // street
      '', // street2
      '8020', // zip: bad
      '80203', // zip
      '', // city: default Denver
      '', // state: default CO
      '303-555-0150', // phone
      '', // website
      'iopp', // levels: bad
      'iop', // levels
      'substance-use', // focus
      '', // ages
      '', // payment
      '', // specialties
      'y', // telehealth
      'today', // verified
    ];
    const questions: string[] = [];
    const printed: string[] = [];
    const flags = await promptMissing(
      {},
      async (q) => {
        questions.push(q);
        return answers.shift() ?? '';
      },
      (line) => printed.push(line),
      TODAY,
    );
    expect(answers).toEqual([]);
    expect(questions).toContain('City [Denver]: ');
    expect(printed.some((l) => l.includes('--zip: "8020" is not a ZIP code'))).toBe(true);
    expect(printed.some((l) => l.includes('--levels: unknown id "iopp"'))).toBe(true);
    expect(flags).toMatchObject({
      name: 'Synthetic Prompted Place',
      city: 'Denver',
      state: 'CO',
      levels: ['iop'],
      telehealth: true,
    });
    const built = buildNewFacility(flags, { existing: existing().existing, today: TODAY });
    expect(built.record).toMatchObject({
      telehealth: true,
      lastVerified: TODAY,
      levelsOfCare: ['intensive-outpatient'],
    });
  });
});
