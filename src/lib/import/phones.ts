/**
 * US phone numbers in the one form the schema accepts: 555-123-4567, with
 * " x123" for an extension. Parsing and validity (real area codes and
 * exchanges, any NANP territory) come from libphonenumber-js.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** NANP regions that are the US or its territories; other NANP numbers (Canada, the Caribbean) are typos here. */
const US_REGIONS = new Set(['US', 'PR', 'GU', 'VI', 'MP', 'AS']);

export type PhoneResult = { ok: true; phone: string } | { ok: false; reason: string };

/** Phone-keypad letters, for vanity numbers such as 888-304-HOPE. */
// prettier-ignore
const KEYPAD: Record<string, string> = {
  a: '2', b: '2', c: '2', d: '3', e: '3', f: '3', g: '4', h: '4', i: '4', j: '5', k: '5', l: '5',
  m: '6', n: '6', o: '6', p: '7', q: '7', r: '7', s: '7', t: '8', u: '8', v: '8', w: '9', x: '9', y: '9', z: '9',
};

/** Spell out a vanity number's letters as digits; an extension ("x12", "ext. 12") is left alone. */
export function vanityToDigits(value: string): string {
  const ext = /\s*(?:x|ext\.?|extension)\s*\d+\s*$/i.exec(value);
  const main = ext ? value.slice(0, ext.index) : value;
  return main.replace(/[a-z]/gi, (ch) => KEYPAD[ch.toLowerCase()]!) + (ext ? ext[0] : '');
}

/** Normalize one phone cell. Empty cells are not phones: call only with text. */
export function normalizePhone(value: string): PhoneResult {
  const text = vanityToDigits(value.trim());
  const parsed = parsePhoneNumberFromString(text, 'US');
  if (!parsed || parsed.countryCallingCode !== '1') return { ok: false, reason: 'not a North American number' };
  if (!parsed.isValid()) return { ok: false, reason: 'not a valid number (unassigned area code or exchange)' };
  if (parsed.country && !US_REGIONS.has(parsed.country)) {
    return { ok: false, reason: `area code of ${parsed.country}, not the US (probably mistyped)` };
  }
  const digits = parsed.nationalNumber;
  if (digits.length !== 10) return { ok: false, reason: 'not ten digits' };
  const ext = parsed.ext;
  if (ext !== undefined && !/^\d{1,6}$/.test(ext)) return { ok: false, reason: 'extension longer than six digits' };
  const phone = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}${ext ? ` x${ext}` : ''}`;
  return { ok: true, phone };
}
