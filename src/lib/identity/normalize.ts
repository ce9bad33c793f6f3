/**
 * Text clean-up and the match keys that decide when two rows, a row and a
 * record on disk, or two records are the same facility. The importer (merging
 * rows), the validator (flagging duplicates) and `facility:new` (refusing one)
 * share these so that they can never disagree about what "the same" means.
 */
import { expandAbbreviations } from './abbreviations';

/** Collapse runs of whitespace (including non-breaking spaces) and trim. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/**
 * Common USPS street words, written out or abbreviated, folded to one form so
 * "123 North Main Street" and "123 N Main St." give the same key. The same
 * folding is applied to names; it only has to be consistent, not pretty.
 */
// prettier-ignore
const FOLD: Record<string, string> = {
  street: 'st', saint: 'st', avenue: 'ave', av: 'ave', road: 'rd', drive: 'dr', boulevard: 'blvd',
  lane: 'ln', court: 'ct', place: 'pl', highway: 'hwy', hiway: 'hwy', parkway: 'pkwy', circle: 'cir',
  terrace: 'ter', square: 'sq', trail: 'trl', turnpike: 'tpke', expressway: 'expy', freeway: 'fwy',
  plaza: 'plz', point: 'pt', route: 'rte', rt: 'rte', mount: 'mt', fort: 'ft', center: 'ctr', centre: 'ctr',
  north: 'n', south: 's', east: 'e', west: 'w', northeast: 'ne', northwest: 'nw', southeast: 'se',
  southwest: 'sw', first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th',
};

/** Words that start a unit designator in a street line; it and the rest are left out of keys. */
const UNIT_WORDS = new Set(['suite', 'ste', 'unit', 'apt', 'room', 'rm', 'floor', 'fl', 'bldg', 'building', 'dept']);

/** Legal-form words that do not tell two facilities apart. */
const NAME_NOISE = new Set(['inc', 'incorporated', 'llc', 'pllc', 'pc', 'pa', 'ltd', 'corp', 'corporation', 'the']);

function keyWords(value: string): string[] {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => FOLD[word] ?? word);
}

/**
 * Match-key form of any text: lowercase ASCII, accents removed, "&" read as
 * "and", apostrophes dropped, other punctuation as spaces, street words folded.
 */
export function keyText(value: string): string {
  return keyWords(value).join(' ');
}

/**
 * Key form of a name: keyText of the name with SAMHSA's abbreviations written
 * out ("Behav Hlth Servs" = "Behavioral Health Services"), without legal-form
 * words ("Inc", "LLC", "The").
 */
export function nameKey(name: string): string {
  return keyWords(expandAbbreviations(name))
    .filter((w) => !NAME_NOISE.has(w))
    .join(' ');
}

/** Key form of a street line: keyText up to any unit ("Suite 4", "#4"). */
export function streetKey(street: string): string {
  const words: string[] = [];
  for (const word of keyWords(street.split('#')[0]!)) {
    if (UNIT_WORDS.has(word)) break;
    words.push(word);
  }
  return words.join(' ');
}

/** True when SAMHSA withholds the street ("---", "- - -", or empty). */
export function isWithheldStreet(street: string): boolean {
  return !/[\p{L}\p{N}]/u.test(street);
}

/** "PO Box 12", "P.O. Box 12", "Post Office Box 12", "Box 12": a mailing address, not a street. */
export function isPoBox(street: string): boolean {
  return /^\s*(p\.?\s*o\.?\s*box|post\s+office\s+box|box)\b/i.test(street);
}

/** Leading house number, with a letter or fraction if any: "1243 1/2 West Pearl St" -> "1243 1/2". */
export function houseNumber(street: string): string | undefined {
  const match = /^\s*(\d+[a-z]?(?:[\s-]+\d\/\d)?)\b/i.exec(street);
  return match?.[1]!.toLowerCase().replace(/[\s-]+/g, ' ');
}

/** The ten digits of a normalized phone, extension dropped. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\s*x\d+$/, '').replace(/\D/g, '');
}

/**
 * Five-digit ZIP from a cell: "80203", "80203-1234", "802031234", or a ZIP
 * that lost its leading zeros ("6708" -> "06708"). Undefined otherwise.
 */
export function normalizeZip(value: string): string | undefined {
  const text = value.trim().replace(/\.0+$/, '');
  if (/^\d{5}(?:-?\d{4})?$/.test(text)) return text.slice(0, 5);
  if (/^\d{3,4}$/.test(text)) return text.padStart(5, '0');
  return undefined;
}

/**
 * The identity of a facility: normalized name, street and ZIP. A withheld
 * street is unknown, not equal: such rows are told apart by their second
 * name (SAMHSA's name2), e.g. the separate group homes of one provider.
 */
export function facilityKey(name: string, street: string | undefined, zip: string, alternateName?: string): string {
  const site =
    street === undefined || isWithheldStreet(street) ? `~${nameKey(alternateName ?? '')}` : streetKey(street);
  return `${nameKey(name)}|${site}|${zip}`;
}

/** The key the locator join uses: normalized street + ZIP. */
export function streetZipKey(street: string, zip: string): string {
  return `${streetKey(street)}|${zip}`;
}
