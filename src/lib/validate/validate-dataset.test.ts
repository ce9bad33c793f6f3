/**
 * One test per kind of bad file, each on SYNTHETIC fixtures written to a
 * temporary data folder (see test-fixtures.ts). Every message must name the
 * file, the field (with its line) and the fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatText } from './format';
import type { Issue } from './issue';
import { makeTempData, syntheticFacility, type TempData } from './test-fixtures';
import { validateDataset, type ValidateOptions } from './validate-dataset';

const TODAY = '2026-06-01';
const VALID_ID = 'synthetic-recovery-center-denver-co';
let data: TempData;

beforeEach(() => {
  data = makeTempData();
});
afterEach(() => data.remove());

function validate(options: Partial<ValidateOptions> = {}) {
  return validateDataset({ dataDir: data.dataDir, rootDir: data.root, today: TODAY, ...options });
}

/** Write one synthetic facility at co/<id>.json with the given changes. */
function writeFacility(id: string, overrides: Record<string, unknown> = {}, folder = 'co') {
  return data.write(`${folder}/${id}.json`, syntheticFacility({ id, name: `Synthetic ${id}`, ...overrides }));
}

/** The single issue of the report, as its printed line. */
function onlyIssue(issues: Issue[]): { issue: Issue; line: string } {
  expect(issues.map(formatText)).toHaveLength(1);
  return { issue: issues[0]!, line: formatText(issues[0]!) };
}

/** The printed line must be `<file>:<line>: <field>: <problem> — <fix>`. */
function expectLine(line: string, file: string, lineNo: number, field: string, problem: RegExp, fix: RegExp) {
  const prefix = `data/facilities/${file}:${lineNo}: ${field}: `;
  expect(line.startsWith(prefix), `${line}\n  should start with ${prefix}`).toBe(true);
  const [what, todo] = line.slice(prefix.length).split(' — ');
  expect(what).toMatch(problem);
  expect(todo).toMatch(fix);
}

describe('validateDataset', () => {
  it('passes a valid synthetic facility', () => {
    writeFacility(VALID_ID, { name: 'Synthetic Recovery Center (test fixture)' });
    const report = validate();
    expect(report.issues).toEqual([]);
    expect(report).toMatchObject({ filesChecked: 1, errors: 0, warnings: 0 });
  });

  it('reports bad JSON with line and column', () => {
    data.write('co/broken.json', '{\n  "id": "broken",\n  "name": "Synthetic broken"\n  "phone": "303-555-0142"\n}\n');
    const { line } = onlyIssue(validate().issues);
    expectLine(line, 'co/broken.json', 4, 'JSON', /comma .* at line 4, column 3/, /correct the JSON syntax/);
  });

  it('reports a file that is not one JSON object once', () => {
    data.write('co/list.json', '[]\n');
    const { line } = onlyIssue(validate().issues);
    expectLine(line, 'co/list.json', 1, '(file)', /is not a JSON object/, /one facility/);
  });

  it('names the field and the fix for a schema violation', () => {
    writeFacility('bad-zip', { address: { street1: '1 Test Way', city: 'Denver', state: 'CO', zip: '8020' } });
    const { line } = onlyIssue(validate().issues);
    expectLine(line, 'co/bad-zip.json', 9, 'address.zip', /"8020" has the wrong format/, /five digits/);
  });

  it('explains missing fields, unknown keys and vocabulary typos', () => {
    const facility = syntheticFacility({ id: 'several', levelsOfCare: ['IOP'], stauts: 'active' });
    delete (facility.address as Record<string, unknown>).city;
    data.write('co/several.json', facility);
    const lines = validate().issues.map(formatText);
    expect(lines).toContainEqual(expect.stringMatching(/several\.json:5: address\.city: is missing — add it \(City/));
    expect(lines).toContainEqual(
      expect.stringMatching(/levelsOfCare\[0\]: "IOP" is not an allowed value — did you mean "intensive-outpatient"\?/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/:\d+: stauts: is not a known field — did you mean "status"\?/));
  });

  it('requires the id to equal the file name', () => {
    writeFacility('file-name', { id: 'other-id' });
    const { line } = onlyIssue(validate().issues);
    expectLine(
      line,
      'co/file-name.json',
      3,
      'id',
      /"other-id" does not match the file name "file-name\.json"/,
      /rename the file to other-id\.json, or set id to "file-name"/,
    );
  });

  it('warns when $schema does not point at the JSON Schema', () => {
    writeFacility('old-schema-ref', { $schema: '../schemas/facility.json' });
    const { issue, line } = onlyIssue(validate().issues);
    expect(issue.severity).toBe('warning');
    expectLine(
      line,
      'co/old-schema-ref.json',
      2,
      'warning: $schema',
      /editors cannot find the JSON Schema/,
      /set it to "\.\.\/\.\.\/\.\.\/public\/schemas\/facility\.schema\.json"/,
    );
  });

  it('requires ids to be unique across folders', () => {
    writeFacility('same-id', { name: 'Synthetic A' });
    writeFacility(
      'same-id',
      {
        name: 'Synthetic B',
        address: { street1: '9 Other St', city: 'Boise', state: 'ID', zip: '83702' },
        location: { lat: 43.6, lon: -116.2, precision: 'exact' },
        phone: '208-555-0100',
      },
      'id',
    );
    const issues = validate().issues;
    expect(issues).toHaveLength(2);
    expectLine(
      formatText(issues[0]!),
      'co/same-id.json',
      3,
      'id',
      /also the id of data\/facilities\/id\/same-id\.json/,
      /ids must be unique/,
    );
    expectLine(
      formatText(issues[1]!),
      'id/same-id.json',
      3,
      'id',
      /also the id of data\/facilities\/co\/same-id\.json/,
      /ids must be unique/,
    );
  });

  it('requires the folder to be the lowercase state', () => {
    writeFacility('in-wrong-folder', {}, 'ks');
    const { line } = onlyIssue(validate().issues);
    expectLine(
      line,
      'ks/in-wrong-folder.json',
      8,
      'address.state',
      /"CO" but the file is in folder "ks\/"/,
      /move the file to data\/facilities\/co\//,
    );
  });

  it('rejects a ZIP of another state', () => {
    writeFacility('zip-elsewhere', { address: { street1: '1 Test Way', city: 'Denver', state: 'CO', zip: '66044' } });
    const { issue, line } = onlyIssue(validate().issues);
    expect(issue.severity).toBe('error');
    expectLine(
      line,
      'co/zip-elsewhere.json',
      9,
      'address.zip',
      /ZIP 66044 belongs to Kansas, not Colorado/,
      /correct address\.zip/,
    );
  });

  it('only warns about an unknown ZIP, or one that may straddle the state line', () => {
    writeFacility('zip-unknown', { address: { street1: '1 Test Way', city: 'Denver', state: 'CO', zip: '80000' } });
    const { issue, line } = onlyIssue(validate().issues);
    expect(issue.severity).toBe('warning');
    expect(line).toMatch(
      /zip-unknown\.json:9: warning: address\.zip: ZIP 80000 is not in the ZIP code list — check it/,
    );

    // A ZIP listed under Kansas whose centre is near the facility's exact point in Colorado.
    const straddling = validate({
      zipLookup: (zip) => (zip === '80000' ? { state: 'KS', lat: 39.73, lon: -104.98 } : undefined),
    });
    expect(straddling.issues).toMatchObject([{ severity: 'warning', field: 'address.zip' }]);
    expect(straddling.issues[0]!.problem).toMatch(/may straddle the state line/);
  });

  it('rejects a point outside the state, and says where it is', () => {
    writeFacility('point-in-kansas', { location: { lat: 38.97, lon: -95.23, precision: 'exact' } });
    const { line } = onlyIssue(validate().issues);
    expectLine(
      line,
      'co/point-in-kansas.json',
      11,
      'location',
      /km outside Colorado \(it falls in Kansas\)/,
      /geocode the street address again/,
    );
  });

  it('accepts a point just outside the simplified outline, within the tolerance', () => {
    writeFacility('near-border', { location: { lat: 39, lon: -109.07, precision: 'exact' } }); // ~1.6 km into Utah
    writeFacility('past-border', { location: { lat: 39, lon: -109.2, precision: 'zip-centroid' } }); // ~13 km
    const report = validate();
    expect(report.issues.map((i) => i.file)).toEqual(['data/facilities/co/past-border.json']);
    expect(report.issues[0]!.fix).toMatch(/centre of ZIP 80203/);
    expect(report.outside.map((o) => o.file)).toContain('data/facilities/co/near-border.json');
  });

  it('hints at swapped or unsigned coordinates', () => {
    writeFacility('no-minus', { location: { lat: 39.7312, lon: 104.9826, precision: 'exact' } });
    const { line } = onlyIssue(validate().issues);
    expect(line).toMatch(/no-minus\.json:11: location: .* — location\.lon is missing its minus sign/);
  });

  it('rejects javascript: and other non-web links', () => {
    writeFacility('js-link', { website: 'javascript:alert(1)' });
    const { line } = onlyIssue(validate().issues);
    expectLine(
      line,
      'co/js-link.json',
      17,
      'website',
      /"javascript:alert\(1\)" is not a valid http\(s\) web address/,
      /use a full http:\/\/ or https:\/\/ address/,
    );
  });

  it('rejects credentials and private hosts in websites', () => {
    writeFacility('secret-link', { website: 'https://staff:hunter2@intranet.clinic.local/' });
    const lines = validate().issues.map(formatText);
    expect(lines).toEqual([
      expect.stringMatching(
        /secret-link\.json:17: website: contains a user name or password — remove the "user:password@" part/,
      ),
      expect.stringMatching(
        /secret-link\.json:17: website: host "intranet\.clinic\.local" is not a public website — use the facility's public address/,
      ),
    ]);
  });

  it('rejects phone numbers that are not valid US numbers', () => {
    writeFacility('bad-phone', { phone: '123-456-7890', intakePhones: ['303-555-0142 x12'] });
    const { line } = onlyIssue(validate().issues);
    expectLine(
      line,
      'co/bad-phone.json',
      16,
      'phone',
      /"123-456-7890" is not a valid US phone number/,
      /check the number with the facility/,
    );
  });

  it('rejects numbers of other NANP countries (a mistyped area code)', () => {
    writeFacility('canadian-phone', { phone: '613-924-4411' });
    const { line } = onlyIssue(validate().issues);
    expectLine(
      line,
      'co/canadian-phone.json',
      16,
      'phone',
      /area code 613, which belongs to Canada, not the US/,
      /often a mistyped area code/,
    );
  });

  it('finds the same facility in two files', () => {
    writeFacility('original', { name: 'Synthetic Hope Clinic, Inc.' });
    writeFacility('copy', {
      name: 'SYNTHETIC HOPE CLINIC',
      address: { street1: '1200 Example St., Suite 4', city: 'Denver', state: 'CO', zip: '80203' },
    });
    const issues = validate().issues;
    expect(issues).toHaveLength(2);
    expectLine(
      formatText(issues[0]!),
      'co/copy.json',
      4,
      'name',
      /same facility as data\/facilities\/co\/original\.json \(same name, street and ZIP\)/,
      /merge them into one file/,
    );
  });

  it('finds a duplicate by name and phone when one file has only a PO box', () => {
    writeFacility('first', { name: 'Synthetic Haven' });
    writeFacility('second', {
      name: 'Synthetic Haven',
      address: { street1: 'PO Box 12', city: 'Denver', state: 'CO', zip: '80203' },
    });
    const issues = validate().issues;
    expect(issues.map((i) => i.problem)).toEqual([
      expect.stringMatching(/same facility as .*second\.json \(same name, phone and ZIP; one has no street address\)/),
      expect.stringMatching(/same facility as .*first\.json \(same name, phone and ZIP; one has no street address\)/),
    ]);
  });

  it('keeps separate sites that share a name, a phone line and a ZIP apart', () => {
    writeFacility('house-one', {
      name: 'Synthetic Sober Living',
      address: { street1: '6043 Example Way', city: 'Denver', state: 'CO', zip: '80203' },
    });
    writeFacility('house-two', {
      name: 'Synthetic Sober Living',
      address: { street1: '6045 Example Way', city: 'Denver', state: 'CO', zip: '80203' },
    });
    writeFacility('same-house', {
      name: 'Synthetic Sober Living, LLC',
      address: { street1: '6045 Example Way NE', city: 'Denver', state: 'CO', zip: '80203' },
    });
    const issues = validate().issues;
    expect(issues.map((i) => `${i.file} ${i.problem}`)).toEqual([
      expect.stringMatching(
        /house-two\.json same facility as .*same-house\.json \(same name, phone, ZIP and house number\)/,
      ),
      expect.stringMatching(
        /same-house\.json same facility as .*house-two\.json \(same name, phone, ZIP and house number\)/,
      ),
    ]);
  });

  it('keeps programs with their own names at one address apart', () => {
    writeFacility('adult-program', { name: 'Synthetic Center', alternateName: 'Adult Services' });
    writeFacility('youth-program', { name: 'Synthetic Center', alternateName: 'Youth Services' });
    expect(validate().issues).toEqual([]);
  });

  it('calls two listings at one exact map point with one phone duplicates, unless each says why they are apart', () => {
    const point = { lat: 39.74, lon: -104.99, precision: 'exact' };
    writeFacility('peninsula-health-services', { name: 'Synthetic Peninsula Health Services', location: point });
    writeFacility('peninsula-health-servs-kenai', {
      name: 'Synthetic Peninsula Health Servs of Kenai',
      location: point,
    });
    expect(validate().issues.map((i) => i.problem)).toEqual([
      expect.stringMatching(/same facility as .*peninsula-health-servs-kenai\.json \(same map point and phone\)/),
      expect.stringMatching(/same facility as .*peninsula-health-services\.json \(same map point and phone\)/),
    ]);
    const apart = { reason: 'Separate programs at one address: a detox unit and an outpatient clinic.' };
    writeFacility('peninsula-health-services', { name: 'Synthetic Detox Unit', location: point, keptSeparate: apart });
    writeFacility('peninsula-health-servs-kenai', {
      name: 'Synthetic Outpatient Clinic',
      location: point,
      keptSeparate: apart,
    });
    expect(validate().issues).toEqual([]);
  });

  it('refuses an id that another listing names as a former id', () => {
    writeFacility('merged-into', { formerIds: ['old-listing'] });
    writeFacility('old-listing', { name: 'Synthetic Old Listing' });
    expect(validate().issues.map((i) => i.problem)).toEqual([
      expect.stringMatching(/"old-listing" is listed in formerIds of .*merged-into\.json/),
    ]);
  });

  it('rejects a lastVerified date in the future', () => {
    writeFacility('from-the-future', { lastVerified: '2026-06-03' });
    writeFacility('tomorrow-in-guam', { lastVerified: '2026-06-02' }); // one day of slack for time zones
    const { line } = onlyIssue(validate().issues);
    expectLine(
      line,
      'co/from-the-future.json',
      26,
      'lastVerified',
      /"2026-06-03" is in the future \(today is 2026-06-01\)/,
      /use the date the listing was last confirmed/,
    );
  });

  it('warns when a program disagrees with its facility', () => {
    writeFacility('odd-program', {
      telehealth: false,
      programs: [
        {
          name: 'Evening PHP',
          levelOfCare: 'partial-hospitalization',
          format: 'hybrid',
          hoursPerWeek: 20,
          schedule: [{ days: ['mon', 'wed'], start: '18:00', end: '21:00' }],
        },
      ],
    });
    const report = validate();
    expect(report.errors).toBe(0);
    expect(report.issues.map((i) => i.field)).toEqual([
      'programs[0].levelOfCare',
      'programs[0].format',
      'programs[0].hoursPerWeek',
    ]);
  });

  it('reports only selected files but checks uniqueness against all', () => {
    writeFacility('kept', { name: 'Synthetic Twin' });
    const twin = writeFacility('twin', { name: 'Synthetic Twin', id: 'twin', lastVerified: '2099-01-01' });
    const report = validate({ only: [twin] });
    expect(report.filesChecked).toBe(1);
    expect(new Set(report.issues.map((i) => i.file))).toEqual(new Set(['data/facilities/co/twin.json']));
    expect(report.issues.map((i) => i.field).sort()).toEqual(['lastVerified', 'name']);
  });
});
