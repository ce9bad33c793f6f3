/**
 * Query text as tokens that remember where they came from, so a recognised
 * phrase can be shown as a chip and removed from the box exactly as typed.
 */
export interface Token {
  /** Normalised: lower case, no accents or apostrophes ("Women's" -> "womens"). */
  norm: string;
  /** `norm` with plural endings removed ("teens" -> "teen"); phrases compare these. */
  stem: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Inside double quotes: a name to match as written, never read as a term. */
  quoted: boolean;
  /** A comma came right before this token: "Denver, CO" */
  afterComma: boolean;
}

/** Lower case, accents and apostrophes removed: the one text normalisation of search. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '');
}

/**
 * English plural endings, dropped on both sides of every comparison so that
 * "teens", "disorders" and "IOPs" meet "teen", "disorder" and "IOP". Words of
 * three letters or fewer are left alone ("aids" and "bus" are not plurals of
 * two-letter words), and so are "-ss", "-us" and "-is" ("diagnosis").
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Split text into tokens; quotes (straight or curly) and commas are remembered, other punctuation separates. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const quoteAt = [...text.matchAll(/["“”]/g)].map((m) => m.index);
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const norm = foldText(m[0]).replace(/[^a-z0-9]/g, '');
    const between = text.slice(previousEnd, start);
    previousEnd = start + m[0].length;
    if (!norm) continue;
    const quotesBefore = quoteAt.filter((q) => q < start).length;
    // Apostrophes join ("women's"): glue a lone "s" back onto the word before.
    const last = tokens.at(-1);
    if (last && norm === 's' && /^['’]$/.test(between)) {
      last.norm += 's';
      last.stem = stem(last.norm);
      last.end = previousEnd;
      continue;
    }
    tokens.push({
      norm,
      stem: stem(norm),
      start,
      end: previousEnd,
      quoted: quotesBefore % 2 === 1,
      afterComma: between.includes(','),
    });
  }
  return tokens;
}

/** Was the token typed in capitals ("MI", "LA"), not "mi" or "Mi"? */
export function typedInCapitals(text: string, token: Token): boolean {
  const typed = text.slice(token.start, token.end);
  return typed === typed.toUpperCase();
}

/** Normalised words of a phrase, stemmed: how taxonomy phrases are keyed. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.stem)
    .join(' ');
}
