import Fuse from 'fuse.js';
import { popcount, charMask, type Vocabulary } from './vocabulary';

/**
 * Fuse's threshold for one query word against one indexed word. With
 * ignoreLocation, Fuse scores a match as errors / pattern length, so this
 * allows 1 typo in 4-7 letters, 2 in 8-11, 3 in 12+.
 */
export const WORD_THRESHOLD = 0.26;
/** Words this short only match as the start of a word: "s" should not match every "s". */
const PREFIX_ONLY_BELOW = 3;

const FUSE_OPTIONS = {
  threshold: WORD_THRESHOLD,
  ignoreLocation: true,
  isCaseSensitive: true,
  includeMatches: false,
} as const;

/** How much of an indexed word a query word matched, and how closely. */
export interface WordMatch {
  id: number;
  /** 0 (poor) to 1 (the same word). */
  quality: number;
}

export function allowedErrors(length: number): number {
  return Math.floor(WORD_THRESHOLD * length + 1e-9);
}

/**
 * Edit distance of `pattern` to its best-matching substring of `text`
 * (Sellers' algorithm), giving up once it must exceed `max`. This is what
 * Fuse's bitap computes; here it only decides which words are worth asking Fuse about.
 */
export function substringDistance(pattern: string, text: string, max: number): number {
  const m = pattern.length;
  const col = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let best = col[m]!;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    let diag = 0; // D[i-1][j-1]; the row above the pattern is all zeros
    col[0] = 0;
    for (let i = 1; i <= m; i++) {
      const up = col[i]!;
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      col[i] = Math.min(diag + cost, up + 1, col[i - 1]! + 1);
      diag = up;
    }
    if (col[m]! < best) best = col[m]!;
    if (best === 0) break;
  }
  return best <= max ? best : max + 1;
}

/** Quality of an accepted match: exact words beat prefixes, which beat words found inside other words. */
function quality(word: string, text: string, fuseScore: number): number {
  const closeness = 1 - (fuseScore / WORD_THRESHOLD) * 0.5;
  const coverage = text === word ? 1 : text.startsWith(word) ? 0.9 : 0.75;
  return closeness * coverage;
}

/**
 * Words of the vocabulary that a query word matches. A cheap prefilter
 * (length and which letters occur, then a bounded edit distance) discards
 * almost all words; Fuse has the last word on the rest and supplies the score.
 */
export function lookupWord(vocab: Vocabulary, word: string): WordMatch[] {
  const matches: WordMatch[] = [];
  if (!word) return matches;
  if (word.length < PREFIX_ONLY_BELOW) {
    for (let id = 0; id < vocab.size; id++) {
      const text = vocab.words[id]!;
      if (text.startsWith(word)) matches.push({ id, quality: text === word ? 1 : 0.9 });
    }
    return matches;
  }
  const k = allowedErrors(word.length);
  const minLength = word.length - k;
  const wordMask = charMask(word);
  for (let id = 0; id < vocab.size; id++) {
    if (vocab.lengthAt(id) < minLength) continue;
    if (popcount(wordMask & ~vocab.maskAt(id)) > k) continue;
    const text = vocab.words[id]!;
    if (text.includes(word)) {
      // Found as it is: Fuse would score it a perfect match, no need to ask.
      matches.push({ id, quality: quality(word, text, 0) });
      continue;
    }
    if (k === 0 || substringDistance(word, text, k) > k) continue;
    const result = Fuse.match(word, text, FUSE_OPTIONS);
    if (result.isMatch) matches.push({ id, quality: quality(word, text, result.score) });
  }
  return matches;
}
