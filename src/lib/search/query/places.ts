import { SPANISH_STATE_NAMES } from '../../geo/state-names-es';
import { US_STATES, type StateCode } from '../../geo/states';
import { SPANISH_MID_SENTENCE_CODES, SPANISH_PLACE_CUES, SPANISH_STATE_CODE_LOOKALIKES } from './lexicon';
import { phraseKey, tokenize, typedInCapitals, type Token } from './tokens';

/** State names as word sequences ("new york"), longest first, plus a few common aliases. */
const STATE_NAMES: { words: string[]; code: StateCode }[] = [
  ...US_STATES.map(([code, name]) => ({ words: name.toLowerCase().replace(/\./g, '').split(/\s+/), code })),
  { words: ['us', 'virgin', 'islands'], code: 'VI' as StateCode },
  { words: ['virgin', 'islands'], code: 'VI' as StateCode },
  { words: ['washington', 'dc'], code: 'DC' as StateCode },
  { words: ['dc'], code: 'DC' as StateCode },
  // The names the Spanish pages show ("Nuevo México" reads as nuevo mexico), and the short form people type.
  ...Object.entries(SPANISH_STATE_NAMES).map(([code, name]) => ({
    words: tokenize(name).map((t) => t.norm),
    code: code as StateCode,
  })),
  { words: ['islas', 'virgenes'], code: 'VI' as StateCode },
].sort((a, b) => b.words.length - a.words.length);

const STATE_CODES = new Map<string, StateCode>(US_STATES.map(([code]) => [code.toLowerCase(), code]));

/** A state named at token `i`: how many tokens it spans, and whether it was a two-letter code. */
export function stateAt(
  tokens: readonly Token[],
  i: number,
): { code: StateCode; length: number; isCode: boolean } | undefined {
  for (const { words, code } of STATE_NAMES) {
    if (words.every((w, k) => tokens[i + k]?.norm === w)) return { code, length: words.length, isCode: false };
  }
  const code = tokens[i] && STATE_CODES.get(tokens[i].norm);
  return code ? { code, length: 1, isCode: true } : undefined;
}

const CODE_LOOKALIKES = new Set<string>(SPANISH_STATE_CODE_LOOKALIKES);
const MID_SENTENCE_CODES = new Set<string>(SPANISH_MID_SENTENCE_CODES);
const SPANISH_CUE_WORDS = new Set(SPANISH_PLACE_CUES.flatMap((cue) => phraseKey(cue).split(' ')));

/**
 * Whether the state code at token `i` is a Spanish word there, typed in
 * lower case (see SPANISH_STATE_CODE_LOOKALIKES): "en la florida" is not
 * Louisiana, "casa de recuperación" not Delaware.
 */
export function isSpanishWordNotCode(tokens: readonly Token[], text: string, i: number): boolean {
  const token = tokens[i]!;
  if (!CODE_LOOKALIKES.has(token.norm) || token.afterComma || typedInCapitals(text, token)) return false;
  const before = tokens[i - 1];
  if (before && SPANISH_CUE_WORDS.has(before.norm)) return true;
  return MID_SENTENCE_CODES.has(token.norm) && i < tokens.length - 1;
}

/** Spanish articles that begin city names ("Los Angeles", "El Paso", "Las Cruces", "Del Rio"). */
export const CITY_ARTICLES: ReadonlySet<string> = new Set(['los', 'las', 'el', 'la', 'del']);

/** Cities people name by a short form that is no "City, ST": the place it stands for. */
export const CITY_ALIASES: Record<string, { city: string; state: StateCode }> = {
  nyc: { city: 'New York', state: 'NY' },
};

/** A five-digit ZIP at token `i`, with a ZIP+4 suffix if one follows. */
export function zipAt(tokens: readonly Token[], text: string, i: number): { zip: string; length: number } | undefined {
  const t = tokens[i];
  if (!t || !/^\d{5}$/.test(t.norm)) return undefined;
  const next = tokens[i + 1];
  const plus4 = next && /^\d{4}$/.test(next.norm) && text.slice(t.end, next.start) === '-';
  return { zip: t.norm, length: plus4 ? 2 : 1 };
}
