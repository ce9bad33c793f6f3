/**
 * Text normalisation shared by the index and the query, so that "Peña",
 * "PENA" and "pena" are the same word and "Women's" matches "womens".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words of a text after normalisation. */
export function tokenize(text: string): string[] {
  const norm = normalizeText(text);
  return norm ? norm.split(' ') : [];
}

/**
 * Words that say nothing about which facility is meant ("... near me that
 * takes ..."): dropped from queries so that natural sentences still work.
 */
const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'is',
  'me',
  'my',
  'near',
  'nearby',
  'of',
  'on',
  'or',
  'that',
  'the',
  'to',
  'takes',
  'take',
  'taking',
  'accepts',
  'accept',
  'accepting',
  'with',
  'who',
  'which',
  'program',
  'programs',
  'treatment',
  'treatments',
  'services',
  'service',
]);

/** At most this many words count, so a pasted paragraph cannot stall the page. */
export const MAX_QUERY_WORDS = 8;

/** Shorter words are left out: one letter matches nearly everything and says nothing. */
export const MIN_WORD_LENGTH = 2;

/** The words of a query that take part in matching: normalised, no stopwords, no repeats. */
export function queryWords(query: string): string[] {
  const words = tokenize(query).filter((w) => w.length >= MIN_WORD_LENGTH && !STOPWORDS.has(w));
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}
