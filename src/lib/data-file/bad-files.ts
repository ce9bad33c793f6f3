/**
 * SYNTHETIC corpus of bad facility files, one per kind of mistake: what an
 * editor, a spreadsheet export, a bad paste or a hostile pull request can
 * leave in data/facilities/. Every file is built from the made-up facility in
 * src/lib/validate/test-fixtures.ts; none is a real listing.
 *
 * The validator, the importer and the build's content loader must each
 * refuse every one of them with a `file:line: field: problem — fix` line,
 * never a crash (bad-files.test.ts, src/loaders/facility-loader.test.ts).
 */
import { syntheticFacility } from '../validate/test-fixtures';

export interface BadFile {
  /** Short name of the kind of mistake. */
  kind: string;
  /** Where the file goes, relative to the data folder. */
  path: string;
  /**
   * The bytes of the file; or a symbolic link, pointing outside the data
   * folder, to a file with this text (or to a folder holding it as `<id>.json`).
   */
  content: string | Uint8Array | { symlinkTo: string; folder?: boolean; id?: string };
  /** What the validator must say: the field, and words of the problem. */
  expect: { field: string; problem: RegExp; line?: number };
  /**
   * True when the problem is in the file itself rather than its fields:
   * the importer must then refuse it with the validator's very words.
   */
  fileLevel?: boolean;
}

const ID = 'synthetic-recovery-center-denver-co';
const PATH = `co/${ID}.json`;

/** The synthetic facility as a file, with some fields changed. */
export function facilityText(overrides: Record<string, unknown> = {}): string {
  return `${JSON.stringify(syntheticFacility(overrides), null, 2)}\n`;
}

const valid = facilityText();
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** The valid file with the name's text replaced by raw bytes (for encodings). */
const nameBytes = (bytes: number[]) => {
  const [before, after] = valid.split('Synthetic Recovery Center (test fixture)');
  return concat(utf8(before!), Uint8Array.from(bytes), utf8(after!));
};
/** The valid file with one top-level line added after `"id"` (for duplicate keys and raw text). */
const withLine = (line: string) => valid.replace(`"id": "${ID}",\n`, `"id": "${ID}",\n  ${line}\n`);
const long = (n: number) => 'x'.repeat(n);
const address = (changes: Record<string, unknown>) => ({
  address: { street1: '1200 Example Street', city: 'Denver', state: 'CO', zip: '80203', ...changes },
});
const program = (changes: Record<string, unknown>) => ({
  programs: [
    {
      name: 'Evening IOP',
      levelOfCare: 'intensive-outpatient',
      format: 'in-person',
      schedule: [{ days: ['mon', 'wed'], start: '18:00', end: '21:00' }],
      ...changes,
    },
  ],
});
const bad = (
  kind: string,
  content: BadFile['content'],
  field: string,
  problem: RegExp,
  extra: Partial<BadFile> = {},
): BadFile => ({ kind, path: PATH, content, expect: { field, problem }, ...extra });
const file = (kind: string, content: BadFile['content'], problem: RegExp, extra: Partial<BadFile> = {}) =>
  bad(kind, content, '(file)', problem, { fileLevel: true, ...extra });
const json = (kind: string, content: BadFile['content'], problem: RegExp) =>
  bad(kind, content, 'JSON', problem, { fileLevel: true });
/** A key written twice: reported on the line of the second, naming the first. */
const dup = (kind: string, field: string, content: string, line?: number, first?: number): BadFile => {
  const problem = new RegExp(`appears twice in one object \\(first on line ${first ?? '\\d+'}\\)`);
  return { kind, path: PATH, content, fileLevel: true, expect: { field, problem, ...(line ? { line } : {}) } };
};
const chars = (kind: string, field: string, value: Record<string, unknown>, problem: RegExp) =>
  bad(kind, facilityText(value), field, problem, { fileLevel: true });

export const BAD_FILES: readonly BadFile[] = [
  // Where the file is and what it is called.
  file(
    'symbolic link to a file outside the folder',
    { symlinkTo: facilityText({ website: 'javascript:alert(1)' }) },
    /symbolic link/,
  ),
  file(
    'symbolic link to a state folder',
    { symlinkTo: facilityText(address({ zip: '00000' })), folder: true, id: ID },
    /symbolic link/,
    {
      path: 'co',
    },
  ),
  file('file named .JSON', valid, /extension "\.JSON", so it would never be published/, { path: `co/${ID}.JSON` }),
  file('file named .Json', valid, /extension "\.Json"/, { path: `co/${ID}.Json` }),
  file('file named .json5', valid, /extension "\.json5", not "\.json"/, { path: `co/${ID}.json5` }),
  file('editor backup .json.bak', valid, /extension "\.bak"/, { path: `co/${ID}.json.bak` }),
  file('file without an extension', valid, /no "\.json" extension/, { path: `co/${ID}` }),
  file('hidden file', valid, /hidden file/, { path: `co/.${ID}.json` }),
  bad('file outside any state folder', valid, '(file)', /not directly inside a state folder/, { path: `${ID}.json` }),
  bad('file in the wrong state folder', valid, 'address.state', /is "CO" but the file is in folder "ks\/"/, {
    path: `ks/${ID}.json`,
  }),
  bad('file name and id differ', valid, 'id', /does not match the file name/, { path: 'co/another-name.json' }),
  file(
    'file far too large',
    valid.replace('{', `{${' '.repeat(100 * 1024)}`),
    /is 10\d KB; a facility file is at most 64 KB/,
  ),

  // Bytes and encodings.
  file('saved as UTF-16 LE', concat(Uint8Array.from([0xff, 0xfe]), utf8('{}')), /saved as UTF-16/),
  file('saved as UTF-16 BE', Uint8Array.from([0xfe, 0xff, 0, 0x7b, 0, 0x7d]), /saved as UTF-16/),
  file('Latin-1 é', nameBytes([0x43, 0x61, 0x66, 0xe9]), /not valid UTF-8: byte 0xE9 at line 4, column 15/),
  file('Windows-1252 curly quote', nameBytes([0x93, 0x41, 0x94]), /not valid UTF-8: byte 0x93/),
  file('UTF-8 cut in the middle of a character', nameBytes([0x41, 0xc3]), /not valid UTF-8: byte 0xC3/),
  file('overlong UTF-8', nameBytes([0xc0, 0xaf]), /not valid UTF-8: byte 0xC0/),
  file('surrogate encoded in UTF-8 (CESU-8)', nameBytes([0xed, 0xa0, 0x80]), /not valid UTF-8: byte 0xED/),
  file(
    'two byte order marks',
    concat(Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), utf8(valid)),
    /two byte order marks/,
  ),

  // JSON syntax and shape.
  json('empty file', '', /expected a value/),
  json('only whitespace', '  \n\n', /expected a value/),
  json('trailing comma', valid.replace('"telehealth": true', '"telehealth": true,'), /at line \d+/),
  json('missing comma', valid.replace('"telehealth": true,', '"telehealth": true'), /comma/),
  json('comment', withLine('// checked by phone'), /comments are not allowed/),
  json('single quotes', withLine("'status': 'active',"), /quoted" field name|unexpected character/),
  json('unquoted key', withLine('status: "active",'), /field name|unexpected character/),
  json('NaN', withLine('"telehealth": NaN,'), /unexpected character|expected a value/),
  json('string not closed', valid.replace('"Denver"', '"Denver'), /at line \d+/),
  json('two objects in one file', `${valid}${valid}`, /unexpected text after the end/),
  json('raw NUL byte in a value', valid.replace('Synthetic Recovery', 'Synthetic\u0000Recovery'), /control character/),
  json('raw ESC byte in a value', valid.replace('Denver', 'Den\u001bver'), /control character/),
  json('raw tab in a value', valid.replace('Denver', 'Den\tver'), /control character/),
  json('nested 5,000 deep', `${'['.repeat(5000)}${']'.repeat(5000)}`, /nests objects and lists more than 16 deep/),
  json(
    'nested 17 deep in a field',
    facilityText({ notes: JSON.parse(`${'{"a":'.repeat(16)}1${'}'.repeat(16)}`) }),
    /more than 16 deep/,
  ),
  bad('a list, not an object', '[]\n', '(file)', /is not a JSON object/),
  bad('null', 'null\n', '(file)', /is not a JSON object/),
  bad('a string', '"facility"\n', '(file)', /is not a JSON object/),

  // Keys written twice: the parser keeps the last, the reviewer may read the first.
  dup('duplicate name', 'name', withLine('"name": "Decoy name",'), 5, 4),
  dup('duplicate website', 'website', withLine('"website": "https://decoy.org",')),
  dup('duplicate id', 'id', withLine(`"id": "${ID}",`), 4, 3),
  dup('duplicate nested key', 'address.zip', valid.replace('"zip": "80203"', '"zip": "80203", "zip": "10001"')),
  dup(
    'duplicate key in a program',
    'programs[0].name',
    facilityText(program({})).replace('"name": "Evening IOP"', '"name": "Evening IOP", "name": "Decoy"'),
  ),

  // Characters data text may not hold, written as \u escapes (which the JSON parser accepts).
  chars(
    'NUL in the name',
    'name',
    { name: 'Synthetic\u0000Recovery' },
    /control character NUL \(U\+0000\) at line 4, column 21/,
  ),
  chars('ESC in the name', 'name', { name: 'Synthetic \u001b[31mRecovery' }, /control character ESC \(U\+001B\)/),
  chars(
    'escaped line break in the street',
    'address.street1',
    address({ street1: '1200 Example\nStreet' }),
    /line break/,
  ),
  chars('escaped tab in the city', 'address.city', address({ city: 'Den\tver' }), /tab \(U\+0009\)/),
  chars('DEL in the city', 'address.city', address({ city: 'Den\u007fver' }), /DEL \(U\+007F\)/),
  chars(
    'C1 control in the name',
    'name',
    { name: 'Synthetic\u0085Recovery' },
    /control character next line \(U\+0085\)/,
  ),
  chars('lone high surrogate', 'name', { name: 'Synthetic \ud800 Recovery' }, /lone surrogate U\+D800/),
  chars('lone low surrogate', 'address.city', address({ city: 'Den\udc00ver' }), /lone surrogate U\+DC00/),
  chars('right-to-left override', 'name', { name: 'Synthetic \u202eRecovery' }, /text-direction control U\+202E/),
  chars('zero-width space', 'name', { name: 'Synthetic\u200bRecovery' }, /zero-width space/),
  chars(
    'byte order mark inside a value',
    'alternateName',
    { alternateName: '\ufeffEvening program' },
    /byte order mark/,
  ),
  chars('line separator', 'address.street2', address({ street2: 'Suite\u20281' }), /line separator/),
  chars(
    'replacement character from a bad conversion',
    'address.city',
    address({ city: 'Espa\ufffdola' }),
    /replacement character/,
  ),
  chars('noncharacter', 'name', { name: 'Synthetic\uffffRecovery' }, /noncharacter U\+FFFF/),
  chars(
    'control character in a field name',
    'na\u0000me',
    { 'na\u0000me': 'x' },
    /field name contains the control character NUL/,
  ),

  // Websites that must never become links.
  bad(
    'website with a leading space',
    facilityText({ website: ' https://synthetic-recovery.org' }),
    'website',
    /wrong format/,
  ),
  bad(
    'website with "<>',
    facilityText({ website: 'https://synthetic-recovery.org/"><script>' }),
    'website',
    /wrong format/,
  ),
  bad(
    'javascript: website',
    facilityText({ website: 'javascript:alert(1)' }),
    'website',
    /not a valid http\(s\) web address/,
  ),
  bad(
    'data: website',
    facilityText({ website: 'data:text/html;base64,PGI+aGk8L2I+' }),
    'website',
    /not a valid http\(s\) web address/,
  ),
  bad(
    'website with a password',
    facilityText({ website: 'https://user:secret@synthetic-recovery.org' }),
    'website',
    /user name or password/,
  ),
  bad(
    'website on an intranet host',
    facilityText({ website: 'https://records.internal/' }),
    'website',
    /not a public website/,
  ),
  bad(
    'website far too long',
    facilityText({ website: `https://synthetic-recovery.org/${long(600)}` }),
    'website',
    /has 631 characters/,
  ),

  // ZIPs, places and points.
  bad('ZIP 00000', facilityText(address({ zip: '00000' })), 'address.zip', /ZIP 00000 does not exist/),
  bad(
    'ZIP in no ZIP area',
    facilityText(address({ zip: '00100' })),
    'address.zip',
    /does not exist: no ZIP code starts with 001/,
  ),
  bad(
    "unknown ZIP in another state's area",
    facilityText(address({ zip: '10042' })),
    'address.zip',
    /starting with 100 are in New York, not Colorado/,
  ),
  bad('ZIP of another state', facilityText(address({ zip: '66044' })), 'address.zip', /belongs to Kansas/),
  bad('four-digit ZIP', facilityText(address({ zip: '8020' })), 'address.zip', /wrong format/),
  bad('ZIP as a number', facilityText(address({ zip: 80203 })), 'address.zip', /not text/),
  bad(
    'point in another state',
    facilityText({ location: { lat: 38.97, lon: -95.23, precision: 'exact' } }),
    'location',
    /outside Colorado/,
  ),
  bad(
    'latitude as text',
    facilityText({ location: { lat: '39.7', lon: -104.98, precision: 'exact' } }),
    'location.lat',
    /not a number/,
  ),
  bad(
    'latitude out of range',
    facilityText({ location: { lat: 139.7, lon: -104.98, precision: 'exact' } }),
    'location.lat',
    /out of range/,
  ),

  // Dates.
  bad(
    'verified in 1900',
    facilityText({ lastVerified: '1900-01-01' }),
    'lastVerified',
    /"1900-01-01" is before 2023-01-01, older than the SAMHSA directories/,
  ),
  bad('verified in 2022', facilityText({ lastVerified: '2022-12-31' }), 'lastVerified', /before 2023-01-01/),
  bad(
    'flagged in 1999',
    facilityText({ review: { reason: 'Check the phone', since: '1999-05-01' } }),
    'review.since',
    /before 2023-01-01/,
  ),
  bad('verified in the future', facilityText({ lastVerified: '2203-01-01' }), 'lastVerified', /in the future/),
  bad('impossible date', facilityText({ lastVerified: '2025-02-30' }), 'lastVerified', /not a valid YYYY-MM-DD date/),
  bad(
    'date written the US way',
    facilityText({ lastVerified: '01/15/2026' }),
    'lastVerified',
    /not a valid YYYY-MM-DD date/,
  ),

  // Text too long for its field: one long word must not be able to widen a page.
  bad('2,000-character city', facilityText(address({ city: long(2000) })), 'address.city', /has 2000 characters/),
  bad('name over 200 characters', facilityText({ name: long(201) }), 'name', /has 201 characters/),
  bad(
    'alternate name over 200 characters',
    facilityText({ alternateName: long(201) }),
    'alternateName',
    /has 201 characters/,
  ),
  bad(
    'street over 120 characters',
    facilityText(address({ street1: long(121) })),
    'address.street1',
    /has 121 characters/,
  ),
  bad(
    'suite over 120 characters',
    facilityText(address({ street2: long(500) })),
    'address.street2',
    /has 500 characters/,
  ),
  bad(
    'program name over 120 characters',
    facilityText(program({ name: long(121) })),
    'programs[0].name',
    /has 121 characters/,
  ),
  bad(
    'program notes over 500 characters',
    facilityText(program({ notes: long(501) })),
    'programs[0].notes',
    /has 501 characters/,
  ),
  bad(
    'review reason over 500 characters',
    facilityText({ review: { reason: long(501), since: '2026-01-01' } }),
    'review.reason',
    /has 501 characters/,
  ),
  bad('$schema over 200 characters', facilityText({ $schema: long(201) }), '$schema', /has 201 characters/),
  bad(
    'SAMHSA code over 16 characters',
    facilityText({ samhsa: [{ directory: 'su', year: 2023, codes: [long(17).toUpperCase()] }] }),
    'samhsa[0].codes[0]',
    /has 17 characters/,
  ),

  // Fields.
  bad('name missing', facilityText({ name: undefined }), 'name', /is missing/),
  bad('name empty', facilityText({ name: '   ' }), 'name', /is empty/),
  bad('unknown field', facilityText({ stauts: 'active' }), 'stauts', /is not a known field/),
  bad('level of care misspelt', facilityText({ levelsOfCare: ['IOP'] }), 'levelsOfCare[0]', /not an allowed value/),
  bad(
    'same level twice',
    facilityText({ levelsOfCare: ['outpatient', 'outpatient'] }),
    'levelsOfCare',
    /same value more than once/,
  ),
  bad('phone with letters', facilityText({ phone: '303-555-HELP' }), 'phone', /wrong format/),
  bad('id with capitals and spaces', facilityText({ id: 'Synthetic Recovery' }), 'id', /wrong format/),
  bad(
    'program ends before it starts',
    facilityText(program({ schedule: [{ days: ['mon'], start: '18:00', end: '09:00' }] })),
    'programs[0].schedule[0].end',
    /not after the start/,
  ),
  bad('status misspelt', facilityText({ status: 'open' }), 'status', /not an allowed value/),
  bad('telehealth as text', facilityText({ telehealth: 'yes' }), 'telehealth', /not true or false/),
];
