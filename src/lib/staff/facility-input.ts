/**
 * Turning what staff type into facility values, one parser per flag of
 * `npm run facility:new`. Each accepts the forgiving forms people write
 * ("(303) 555-0142", "co", "IOP", "example.org") and returns the one form
 * the schema stores, or throws a UsageError naming the flag and the fix.
 */
import { STATE_CODES, US_STATES, type StateCode } from '../geo/states';
import { zipCentroid } from '../geo/zip-centroids';
import { normalizeZip } from '../identity/normalize';
import { normalizePhone } from '../import/phones';
import { webUrl } from '../schema';
import { CODED_VOCABULARIES, type CodedField, type Term } from '../taxonomy';
import { checkWebsite } from '../validate/check-website';
import { closest, suggestValue } from '../validate/suggest';
import { flagError, isIsoDate } from './cli';

/** Collapse whitespace and trim, as the importer does. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A required or optional line of text (name, street, city…). */
export function parseText(flag: string, value: string, maxLength = 200): string {
  const text = cleanText(value);
  if (!text)
    throw flagError(
      flag,
      'is empty',
      `write the ${flag.slice(2).replace(/-/g, ' ')} as it appears on the facility's sign or website`,
    );
  if (text.length > maxLength)
    throw flagError(flag, `is ${text.length} characters long`, `shorten it to ${maxLength} characters or fewer`);
  return text;
}

const STATE_BY_NAME = new Map<string, StateCode>(US_STATES.map(([code, name]) => [name.toLowerCase(), code]));

/** "CO", "co" or "Colorado" → "CO". */
export function parseState(value: string): StateCode {
  const text = cleanText(value);
  const code = text.toUpperCase();
  if ((STATE_CODES as readonly string[]).includes(code)) return code as StateCode;
  const byName = STATE_BY_NAME.get(text.toLowerCase());
  if (byName) return byName;
  const byClosestName = closest(text.toLowerCase(), [...STATE_BY_NAME.keys()]);
  const guess = text.length > 2 ? byClosestName && STATE_BY_NAME.get(byClosestName) : suggestValue(text, STATE_CODES);
  throw flagError(
    '--state',
    `unknown state "${text}"`,
    `use a two-letter USPS code such as CO${guess ? ` (did you mean ${guess}?)` : ''}`,
  );
}

export interface ZipFacts {
  zip: string;
  /** The ZIP's centroid, when the ZIP is known. */
  centroid?: { lat: number; lon: number; city: string; state: StateCode };
}

/**
 * "80203" or "80203-1234" → "80203", with its centroid if known. Stricter
 * than the importer's normalizeZip: a person typing "8020" made a typo, not a
 * spreadsheet that dropped a leading zero.
 */
export function parseZip(value: string): ZipFacts {
  const text = value.trim();
  const zip = /^\d{5}(?:-?\d{4})?$/.test(text) ? normalizeZip(text) : undefined;
  if (!zip) {
    throw flagError('--zip', `"${value.trim()}" is not a ZIP code`, 'write the five-digit ZIP, e.g. 80203');
  }
  const centroid = zipCentroid(zip);
  return centroid ? { zip, centroid } : { zip };
}

/** Any common way of writing a US number → "303-555-0142" (" x12" for an extension). */
export function parsePhone(flag: string, value: string): string {
  const text = value.trim();
  const result = text ? normalizePhone(text) : { ok: false as const, reason: 'it is empty' };
  if (!result.ok) {
    throw flagError(
      flag,
      `cannot use "${text}" as a US phone number: ${result.reason}`,
      'write the ten digits, e.g. 303-555-0142, with " x12" for an extension',
    );
  }
  return result.phone;
}

/** "https://www.facility.org" or "www.facility.org" → a checked https URL. */
export function parseWebsite(value: string): string {
  const text = value.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const url = hasScheme ? text : `https://${text}`;
  const fix = "write the facility's public web address, e.g. https://www.facility-name.org";
  if (!webUrl.safeParse(url).success) throw flagError('--website', `"${text}" is not a web address`, fix);
  const problem = checkWebsite({ website: url } as Parameters<typeof checkWebsite>[0])[0];
  if (problem) throw flagError('--website', problem.problem, problem.fix);
  return url;
}

/** Where a list flag's ids come from, and the flag's name. */
export const LIST_FLAGS = {
  levels: 'levelsOfCare',
  focus: 'careFocus',
  specialties: 'specialties',
  ages: 'ages',
  payment: 'payment',
  languages: 'languages',
  medications: 'medications',
  therapies: 'therapies',
} as const satisfies Record<string, CodedField>;

export type ListFlag = keyof typeof LIST_FLAGS;

/**
 * Comma-separated or repeated ids → distinct ids in taxonomy order. Accepts
 * an id, a label or a synonym that names one term ("IOP", "PHP", "Medicaid").
 */
export function parseTerms(flag: ListFlag, values: readonly string[]): string[] {
  const terms = CODED_VOCABULARIES[LIST_FLAGS[flag]] as readonly Term[];
  const ids = terms.map((t) => t.id);
  const found = new Set<string>();
  for (const token of values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)) {
    const id = resolveTerm(terms, token);
    if (!id) {
      const guess = suggestValue(token, ids);
      throw flagError(
        `--${flag}`,
        `unknown id "${token}"`,
        `use ${guess ? `"${guess}" or another of` : 'one or more of'}: ${ids.join(', ')} (comma-separated)`,
      );
    }
    found.add(id);
  }
  return ids.filter((id) => found.has(id));
}

function resolveTerm(terms: readonly Term[], token: string): string | undefined {
  const word = token.toLowerCase();
  const exact = terms.find((t) => t.id === word);
  if (exact) return exact.id;
  const matches = terms.filter(
    (t) => t.label.toLowerCase() === word || (t.synonyms ?? []).some((s) => s.toLowerCase() === word),
  );
  return matches.length === 1 ? matches[0]!.id : undefined;
}

export const STATUSES = ['active', 'temporarily-closed', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export function parseStatus(value: string): Status {
  const text = value.trim().toLowerCase();
  if ((STATUSES as readonly string[]).includes(text)) return text as Status;
  throw flagError('--status', `unknown status "${value.trim()}"`, `use one of ${STATUSES.join(', ')}`);
}

/** "today" or YYYY-MM-DD, not after today. */
export function parseVerified(value: string, today: string, flag = '--verified'): string {
  const text = value.trim().toLowerCase();
  const date = text === 'today' ? today : text;
  if (!isIsoDate(date)) throw flagError(flag, `"${value.trim()}" is not a date`, 'write YYYY-MM-DD or "today"');
  if (date > today)
    throw flagError(flag, `${date} is in the future`, 'use the date you confirmed the listing with the facility');
  return date;
}

/** A latitude or longitude in decimal degrees. */
export function parseCoordinate(flag: '--lat' | '--lon', value: string): number {
  const limit = flag === '--lat' ? 90 : 180;
  const number = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(number) || Math.abs(number) > limit) {
    throw flagError(
      flag,
      `"${value.trim()}" is not a ${flag === '--lat' ? 'latitude' : 'longitude'}`,
      `write decimal degrees between -${limit} and ${limit}, e.g. ${flag === '--lat' ? '39.7392' : '-104.9903'}`,
    );
  }
  return number;
}
