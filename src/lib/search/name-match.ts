import { allowedTypos, editDistance } from './query/typos';
import { stem } from './query/tokens';
import { FIELD_WEIGHTS, type NameIndex } from './name-index';
import { charMask, popcount } from './vocabulary';

/** A word to find in names and cities; `prefix`: it may still be being typed. */
export interface NameWordQuery {
  word: string;
  prefix: boolean;
}

/** How well a name word matched: 1 for the same word, less for a plural, a start of a word, a typo. */
const QUALITY = { exact: 1, stem: 0.95, prefix: 0.85, typo: 0.75 } as const;

/**
 * The indexed words a query word matches, whole words only: the same word,
 * the same word in the singular, the start of a word while it is being
 * typed, or a word within the typos its length allows. Never a word found
 * inside a longer one: "teen" does not match "canteen". The first letter
 * must be right, as spell checkers assume: it keeps a nationwide search to
 * one name shard, and its answer the same whatever else has loaded.
 */
export function matchingWords(index: NameIndex, query: NameWordQuery): { id: number; quality: number }[] {
  const { word, prefix } = query;
  const out: { id: number; quality: number }[] = [];
  if (word.length < 2) return out;
  const vocab = index.vocab;
  const k = allowedTypos(word.length);
  const mask = charMask(word);
  const wordStem = stem(word);
  for (const id of index.wordsStarting(word.charAt(0))) {
    const length = vocab.lengthAt(id);
    const longer = prefix && length > word.length;
    if (!longer && Math.abs(length - word.length) > Math.max(k, 2)) continue;
    const text = vocab.words[id]!;
    if (text === word) out.push({ id, quality: QUALITY.exact });
    else if (stem(text) === wordStem) out.push({ id, quality: QUALITY.stem });
    else if (longer && text.startsWith(word)) out.push({ id, quality: QUALITY.prefix });
    else if (k > 0 && popcount(mask & ~vocab.maskAt(id)) <= k && Math.abs(length - word.length) <= k) {
      const d = editDistance(word, text, k);
      if (d <= k) out.push({ id, quality: QUALITY.typo - 0.1 * (d - 1) });
    }
  }
  return out;
}

/**
 * Score of one word for every facility (by ordinal): the best match in its
 * name, alternate name or city, weighted by the field; 0 where it does not match.
 */
export function wordScores(index: NameIndex, query: NameWordQuery, total: number): Float32Array {
  const scores = new Float32Array(total);
  for (const { id, quality } of matchingWords(index, query)) {
    const postings = index.postingsOf(id);
    for (let p = 0; p < postings.length; p++) {
      const posting = postings[p]!;
      const ordinal = posting >>> 2;
      const s = quality * FIELD_WEIGHTS[posting & 3]!;
      if (ordinal < total && s > scores[ordinal]!) scores[ordinal] = s;
    }
  }
  return scores;
}
