/**
 * Normalised forms of names, streets and phones for duplicate detection:
 * two spellings of the same thing ("St. Mary's Hospital, Inc." and
 * "ST MARYS HOSPITAL") must compare equal.
 */

// prettier-ignore
const STREET_WORDS: Record<string, string> = {
  street: 'st', avenue: 'ave', av: 'ave', road: 'rd', boulevard: 'blvd', drive: 'dr', lane: 'ln', court: 'ct',
  place: 'pl', parkway: 'pkwy', highway: 'hwy', circle: 'cir', terrace: 'ter', square: 'sq', trail: 'trl',
  expressway: 'expy', freeway: 'fwy', turnpike: 'tpke', plaza: 'plz', center: 'ctr', centre: 'ctr', point: 'pt',
  north: 'n', south: 's', east: 'e', west: 'w', northeast: 'ne', northwest: 'nw', southeast: 'se', southwest: 'sw',
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', mount: 'mt', saint: 'st', fort: 'ft',
  route: 'rte', rt: 'rte',
};

/** Words that mark the start of a unit designator; it and everything after it are dropped. */
const UNIT_WORDS = new Set(['suite', 'ste', 'unit', 'apt', 'room', 'rm', 'floor', 'fl', 'bldg', 'building', 'dept']);

/** Legal-form words that do not tell two facilities apart. */
const NAME_NOISE = new Set(['inc', 'incorporated', 'llc', 'pllc', 'pc', 'pa', 'ltd', 'corp', 'corporation', 'the']);

function words(text: string): string[] {
  // Accents off ("Niño" → "nino"); most names are plain ASCII, which skips the slow Unicode step.
  const ascii = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9#]+/)
    .filter(Boolean);
}

/** "St. Mary's Hospital, Inc." → "st marys hospital". */
export function normalizeName(name: string): string {
  return words(name.replace(/#/g, ' '))
    .filter((w) => !NAME_NOISE.has(w))
    .join(' ');
}

/** "1200 North Main Street, Suite 4" → "1200 n main st": unit numbers are ignored. */
export function normalizeStreet(street: string): string {
  const out: string[] = [];
  for (const word of words(street)) {
    if (UNIT_WORDS.has(word) || word.startsWith('#')) break;
    out.push(STREET_WORDS[word] ?? word);
  }
  return out.join(' ');
}

/** The ten digits of a phone, extension dropped: "303-555-1234 x12" → "3035551234". */
export function normalizePhone(phone: string): string {
  return phone.replace(/\s*x\d+$/, '').replace(/\D/g, '');
}

/** "PO Box 12", "P.O. Box 12", "Post Office Box 12", "Box 12": a mailing address, not a street. */
export function isPoBox(street: string): boolean {
  return /^\s*(p\.?\s*o\.?\s*box|post\s+office\s+box|box)\b/i.test(street);
}

/** Leading house number, with a letter or fraction if any: "1243 1/2 West Pearl St" → "1243 1/2". */
export function houseNumber(street: string): string | undefined {
  const match = /^\s*(\d+[a-z]?(?:[\s-]+\d\/\d)?)\b/i.exec(street);
  return match?.[1]!.toLowerCase().replace(/[\s-]+/g, ' ');
}
