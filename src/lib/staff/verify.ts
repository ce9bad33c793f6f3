/**
 * `npm run facility:verify`: record that staff confirmed a listing today.
 * The change is one line, `"lastVerified": "YYYY-MM-DD"`, made as a text edit
 * so the rest of the file (and its diff) stays exactly as it was; a new key
 * goes where the importer's key order puts it.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { Facility } from '../schema';
import { RefusedError } from './cli';
import { asRecord, stringAt } from './dataset';

/** Top-level keys in the order files are written. */
const KEY_ORDER = Object.keys(Facility.shape);

/** The file of a facility, given its id or a path to its file. */
export function findFacilityFile(dataDir: string, idOrPath: string): string {
  if (idOrPath.endsWith('.json')) {
    if (existsSync(idOrPath)) return idOrPath;
    throw new RefusedError(`no file at ${idOrPath}; give the facility id or the path of its file`);
  }
  const matches: string[] = [];
  for (const folder of readdirSync(dataDir)) {
    const path = join(dataDir, folder, `${idOrPath}.json`);
    if (statSync(join(dataDir, folder)).isDirectory() && existsSync(path)) matches.push(path);
  }
  if (matches.length === 0) {
    throw new RefusedError(
      `no facility with id "${idOrPath}" under ${dataDir}; the id is the file name without .json (search with: ls ${dataDir}/*/ | grep ${idOrPath.split('-')[0]})`,
    );
  }
  if (matches.length > 1)
    throw new RefusedError(`id "${idOrPath}" is in several folders: ${matches.join(', ')}; run npm run validate`);
  return matches[0]!;
}

export interface VerifyResult {
  /** The new file text. */
  text: string;
  /** lastVerified before, if any. */
  previous?: string;
  /** Things the person should look at while they have the facility on the phone. */
  notes: string[];
}

/** Set `lastVerified` in a facility file's text. Throws on a file that is not a JSON object. */
export function setLastVerified(text: string, date: string, file = 'the file'): VerifyResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')); // a byte order mark is allowed, as everywhere (src/lib/data-file)
  } catch {
    throw new RefusedError(`${file} is not valid JSON; fix it first (npm run validate -- ${file} shows where)`);
  }
  const record = asRecord(data);
  if (!record) throw new RefusedError(`${file} does not hold a facility object; fix it first`);
  const previous = stringAt(record, 'lastVerified');
  const notes: string[] = [];
  if (previous && previous > date) notes.push(`warning: lastVerified was ${previous}, later than ${date}`);
  const review = asRecord(record.review);
  if (review) {
    notes.push(
      `this listing is flagged for review: "${stringAt(review, 'reason') ?? ''}" (since ${stringAt(review, 'since') ?? '?'}). ` +
        'Once resolved, delete the "review" block in the same pull request.',
    );
  }
  if (record.status === 'closed')
    notes.push('this listing is marked closed; if it has reopened, set "status": "active"');
  const indent = /\n( +)"/.exec(text)?.[1]?.length ?? 2;
  const edits = modify(text, ['lastVerified'], date, {
    formattingOptions: { insertSpaces: true, tabSize: indent, eol: '\n' },
    getInsertionIndex: (keys) => {
      const mine = KEY_ORDER.indexOf('lastVerified');
      const after = keys.findIndex((k) => KEY_ORDER.indexOf(k) > mine || KEY_ORDER.indexOf(k) < 0);
      return after < 0 ? keys.length : after;
    },
  });
  return { text: applyEdits(text, edits), ...(previous ? { previous } : {}), notes };
}

/** Verify one facility file in place; returns what changed. */
export function verifyFacility(path: string, date: string): VerifyResult & { path: string; id: string } {
  const before = readFileSync(path, 'utf8');
  const result = setLastVerified(before, date, path);
  if (result.text !== before) writeFileSync(path, result.text);
  return { ...result, path, id: basename(path, '.json') };
}
