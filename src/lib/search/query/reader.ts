import { CAPITALS_ONLY_TERMS, FILLER_WORDS, PLACE_CUES } from './lexicon';
import type { PhraseMeaning, PhraseBook } from './phrase-book';
import type { NameWord, QueryReading, Span } from './reading';
import { phraseKey, tokenize, typedInCapitals, type Token } from './tokens';

/** Phrases as lists of stemmed words, the way tokens are compared to them. */
export const keyed = (phrases: readonly string[]) => phrases.map((p) => phraseKey(p).split(' '));
export const FILLER = new Set(FILLER_WORDS);
/** Place cues, longest first so "cerca de" is taken whole before "de" could be. */
const CUES = keyed(PLACE_CUES).sort((a, b) => b.length - a.length);
/** Every word of a place cue: never part of a city name. */
const CUE_WORDS = new Set(CUES.flat());
const CAPITALS_ONLY = new Set<string>(CAPITALS_ONLY_TERMS);

/**
 * The tokens of one query and what has been made of them so far: which are
 * used, which lie inside a taxonomy phrase, and the reading being built.
 * The reading steps (read-place.ts, read-terms.ts) work on it in turn.
 */
export class TokenReader {
  readonly tokens: Token[];
  readonly used: boolean[];
  readonly out: QueryReading = { terms: [], negated: [], nameWords: [], crisis: false };
  /**
   * Tokens inside some exact taxonomy phrase, by a first greedy pass: they
   * are not city names. Each holds the phrase's length in words (0: none).
   */
  covered: number[] = [];
  readonly crisisWord: boolean[] = [];
  /** Text ends mid-word: its last word may be unfinished. */
  readonly typing: boolean;

  constructor(
    readonly text: string,
    readonly book: PhraseBook,
  ) {
    this.tokens = tokenize(text);
    this.used = this.tokens.map(() => false);
    this.typing = /[\p{L}\p{N}]$/u.test(text);
  }

  isFiller(t: Token): boolean {
    return FILLER.has(t.norm) || FILLER.has(t.stem) || !!this.crisisWord[this.tokens.indexOf(t)];
  }

  span(from: number, to: number): Span {
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    return { start, end, text: this.text.slice(start, end) };
  }

  use(from: number, to: number) {
    for (let i = from; i < to; i++) this.used[i] = true;
  }

  /** Does the phrase (stemmed words) start at token i, over unused tokens? */
  phraseAt(i: number, words: readonly string[]): boolean {
    return words.every((w, k) => {
      const t = this.tokens[i + k];
      return !!t && !this.used[i + k] && (t.stem === w || t.norm === w);
    });
  }

  /** Index of the first place word ("near", "in", "cerca de", "zip") right before token i, or i. */
  cueBefore(i: number): number {
    let from = i;
    for (;;) {
      const cue = CUES.find((words) => words.length <= from && this.wordsAt(from - words.length, words));
      if (!cue) return from;
      from -= cue.length;
    }
  }

  /** Are these exact (normalised) words at token i, all unused? */
  wordsAt(i: number, words: readonly string[]): boolean {
    return words.every((w, k) => !this.used[i + k] && this.tokens[i + k]?.norm === w);
  }

  /** A word that is no term, filler or place word: part of a name. */
  isUnknownWord(i: number): boolean {
    const t = this.tokens[i]!;
    return this.isNameLike(t) && !this.isFiller(t) && !CUE_WORDS.has(t.norm) && !this.covered[i];
  }

  /** Every token from `from` on is part of a term phrase ("denver co iop"). */
  onlyTermsFrom(from: number): boolean {
    for (let i = from; i < this.tokens.length; i++) if (!this.covered[i] || this.used[i]) return false;
    return from < this.tokens.length;
  }

  /** Every token in [from, to) is a term, filler, place word or already read. */
  allKnown(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (this.used[i] || this.isFiller(t) || CUE_WORDS.has(t.norm) || !this.isNameLike(t)) continue;
      if (!this.covered[i]) return false;
    }
    return true;
  }

  /** For each token, how many words the exact taxonomy phrase over it has (0: none). */
  exactCover(): number[] {
    const covered = this.tokens.map(() => 0);
    for (let i = 0; i < this.tokens.length;) {
      let len = Math.min(this.freeRun(i), this.book.maxWords);
      while (len > 0 && !this.meaningAt(i, len)) len--;
      for (let k = 0; k < len; k++) covered[i + k] = len;
      i += Math.max(1, len);
    }
    return covered;
  }

  meaningAt(i: number, length: number): PhraseMeaning | undefined {
    if (i + length > this.tokens.length) return undefined;
    // "mi hijo" is Spanish; "MI" is motivational interviewing.
    const first = this.tokens[i]!;
    if (length === 1 && CAPITALS_ONLY.has(first.norm) && !typedInCapitals(this.text, first)) return undefined;
    return this.book.lookup(this.tokens.slice(i, i + length).map((t) => t.stem));
  }

  /** How many unused, unquoted tokens follow from i. */
  freeRun(i: number): number {
    let n = 0;
    while (i + n < this.tokens.length && !this.used[i + n] && !this.tokens[i + n]!.quoted) n++;
    return n;
  }

  /** Words that can be part of a name: at least 2 characters, not a bare number. */
  isNameLike(t: Token): boolean {
    return t.norm.length >= 2 && !/^\d+$/.test(t.norm);
  }

  nameWordAt(i: number, t: Token): NameWord {
    return { word: t.norm, prefix: i === this.tokens.length - 1 && this.typing, ...this.span(i, i + 1) };
  }

  nameWord(i: number) {
    this.out.nameWords.push(this.nameWordAt(i, this.tokens[i]!));
    this.used[i] = true;
  }
}
