import type { StateCode } from '../../geo/states';
import {
  AGE_UNITS,
  CAPITALS_ONLY_TERMS,
  CRISIS_PHRASES,
  FILLER_PHRASES,
  FILLER_WORDS,
  NEAR_ME_PHRASES,
  NEGATIONS,
  PLACE_CUES,
} from './lexicon';
import { PhraseBook, type PhraseMeaning } from './phrase-book';
import { CITY_ALIASES, CITY_ARTICLES, isSpanishWordNotCode, stateAt, zipAt } from './places';
import type { NameWord, QueryReading, ReadTerm, Span } from './reading';
import { phraseKey, tokenize, typedInCapitals, type Token } from './tokens';

const FILLER = new Set(FILLER_WORDS);
const keyed = (phrases: readonly string[]) => phrases.map((p) => phraseKey(p).split(' '));
/** Place cues, longest first so "cerca de" is taken whole before "de" could be. */
const CUES = keyed(PLACE_CUES).sort((a, b) => b.length - a.length);
/** Every word of a place cue: never part of a city name. */
const CUE_WORDS = new Set(CUES.flat());
const CAPITALS_ONLY = new Set<string>(CAPITALS_ONLY_TERMS);
const NEAR_ME = keyed(NEAR_ME_PHRASES);
const CRISIS = keyed(CRISIS_PHRASES);
const NEGATION = keyed(NEGATIONS);
const FILLER_MULTI = keyed(FILLER_PHRASES);
const AGE_UNIT_WORDS = keyed(AGE_UNITS);
/** Ages up to the first number are said with the word beside it. */
const AGE_WORDS: [number, string][] = [
  [12, 'child'],
  [17, 'teen'],
  [25, 'young adult'],
  [64, 'adult'],
  [150, 'senior'],
];
/** Longest run of words a city name is taken to have when none is marked off by a comma. */
const MAX_CITY_WORDS = 3;

let sharedBook: PhraseBook | undefined;

/**
 * Read a query as a person meant it: taxonomy terms (longest phrase first,
 * then with typos), a place (ZIP, "City, ST", a state), "near me", and the
 * words left over, which only facility names and cities can match.
 */
export function interpretQuery(text: string, book: PhraseBook = (sharedBook ??= new PhraseBook())): QueryReading {
  return new Reader(text, book).read();
}

class Reader {
  private readonly tokens: Token[];
  private readonly used: boolean[];
  private readonly out: QueryReading = { terms: [], negated: [], nameWords: [], crisis: false };
  /**
   * Tokens inside some exact taxonomy phrase, by a first greedy pass: they
   * are not city names. Each holds the phrase's length in words (0: none).
   */
  private covered: number[] = [];
  private readonly crisisWord: boolean[] = [];
  /** Text ends mid-word: its last word may be unfinished. */
  private readonly typing: boolean;

  constructor(
    private readonly text: string,
    private readonly book: PhraseBook,
  ) {
    this.tokens = tokenize(text);
    this.used = this.tokens.map(() => false);
    this.typing = /[\p{L}\p{N}]$/u.test(text);
  }

  read(): QueryReading {
    this.tokens.forEach((t, i) => t.quoted && this.nameWord(i));
    this.covered = this.exactCover();
    this.readFixedPhrases();
    this.readZip();
    this.readCityOrState();
    this.readAges();
    this.readTerms();
    this.tokens.forEach((t, i) => !this.used[i] && !this.isFiller(t) && this.isNameLike(t) && this.nameWord(i));
    this.dropOutvotedWeakTerms();
    return this.out;
  }

  private isFiller(t: Token): boolean {
    return FILLER.has(t.norm) || FILLER.has(t.stem) || !!this.crisisWord[this.tokens.indexOf(t)];
  }

  /** A weak term ("therapist" -> outpatient) gives way to any other term of its group ("IOP therapist"). */
  private dropOutvotedWeakTerms() {
    const strong = new Set(this.out.terms.filter((t) => !t.weak).map((t) => t.group));
    this.out.terms = this.out.terms.filter((t) => !t.weak || !strong.has(t.group));
    for (const t of this.out.terms) delete t.weak;
  }

  private span(from: number, to: number): Span {
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    return { start, end, text: this.text.slice(start, end) };
  }

  private use(from: number, to: number) {
    for (let i = from; i < to; i++) this.used[i] = true;
  }

  /** Does the phrase (stemmed words) start at token i, over unused tokens? */
  private phraseAt(i: number, words: readonly string[]): boolean {
    return words.every((w, k) => {
      const t = this.tokens[i + k];
      return !!t && !this.used[i + k] && (t.stem === w || t.norm === w);
    });
  }

  /** "near me", crisis words and filler phrases, wherever they are. */
  private readFixedPhrases() {
    for (let i = 0; i < this.tokens.length; i++) {
      const nearMe = NEAR_ME.find((p) => this.phraseAt(i, p));
      if (nearMe) {
        this.out.nearMe ??= this.span(i, i + nearMe.length);
        this.use(i, i + nearMe.length);
        continue;
      }
      // Crisis words stay readable as terms ("suicidal" is a mental-health need); otherwise they are dropped.
      const crisis = CRISIS.find((p) => this.phraseAt(i, p));
      if (crisis) {
        this.out.crisis = true;
        for (let k = i; k < i + crisis.length; k++) this.crisisWord[k] = true;
      }
      const filler = FILLER_MULTI.find((p) => this.phraseAt(i, p));
      if (filler) this.use(i, i + filler.length);
    }
  }

  private readZip() {
    for (let i = 0; i < this.tokens.length; i++) {
      const zip = !this.used[i] && zipAt(this.tokens, this.text, i);
      if (!zip) continue;
      const from = this.cueBefore(i);
      if (!this.out.place) this.out.place = { kind: 'zip', zip: zip.zip, ...this.span(from, i + zip.length) };
      this.use(from, i + zip.length);
      return;
    }
  }

  /** Index of the first place word ("near", "in", "cerca de", "zip") right before token i, or i. */
  private cueBefore(i: number): number {
    let from = i;
    for (;;) {
      const cue = CUES.find((words) => words.length <= from && this.wordsAt(from - words.length, words));
      if (!cue) return from;
      from -= cue.length;
    }
  }

  /** Are these exact (normalised) words at token i, all unused? */
  private wordsAt(i: number, words: readonly string[]): boolean {
    return words.every((w, k) => !this.used[i + k] && this.tokens[i + k]?.norm === w);
  }

  /**
   * A city and state ("Denver, CO", "in Austin TX", "dearborn mi"), or a
   * state on its own ("rehab in ohio", "texas iop"). Two-letter codes count
   * only after a comma, after "in"/"near", right after a city name, or as
   * the last word, so "help me", "hi" and "detox or rehab" name no state.
   */
  private readCityOrState() {
    if (this.out.place) return;
    const n = this.tokens.length;
    const alias = this.tokens.findIndex((t, i) => !this.used[i] && CITY_ALIASES[t.norm]);
    if (alias >= 0) {
      const { city, state } = CITY_ALIASES[this.tokens[alias]!.norm]!;
      const from = this.cueBefore(alias);
      this.out.place = { kind: 'city', city, state, cityWords: [], ...this.span(from, alias + 1) };
      this.use(from, alias + 1);
      return;
    }
    for (let i = 0; i < n; i++) {
      if (this.used[i]) continue;
      const state = stateAt(this.tokens, i);
      if (!state || this.tokens.slice(i, i + state.length).some((_, k) => this.used[i + k])) continue;
      const end = i + state.length;
      const cityStart = this.cityStartBefore(i);
      const hasCity = cityStart < i;
      const cue = this.cueBefore(hasCity ? cityStart : i);
      const afterCue = cue < (hasCity ? cityStart : i);
      const comma = this.tokens[i]!.afterComma;
      const restKnown = this.allKnown(end, n);
      // "in indiana pa": try the city reading before the state one.
      if (!hasCity && afterCue && !state.isCode && end < n && this.cityStateFollows(i)) continue;
      if (state.isCode && isSpanishWordNotCode(this.tokens, this.text, i)) continue;
      // A state inside a longer term phrase is part of it: "Alaska Native" is a way to pay.
      if (this.covered[i]! > state.length) continue;
      // "colorado springs", "kansas city": a state name that begins a place name.
      const partOfName = end < n && !this.used[end] && this.isUnknownWord(end);
      const ok = hasCity
        ? comma || afterCue || (state.isCode ? end === n || this.onlyTermsFrom(end) : restKnown)
        : !state.isCode
          ? !partOfName && (afterCue || restKnown)
          : afterCue || comma || (end === n && this.isUnknownWord(i));
      if (!ok) continue;
      this.setPlace(hasCity ? cityStart : i, i, end, state.code, afterCue ? cue : hasCity ? cityStart : i);
      return;
    }
  }

  /** Whether a "City ST" pair starts at i ("indiana pa"). */
  private cityStateFollows(i: number): boolean {
    for (let len = 1; len <= MAX_CITY_WORDS; len++) {
      const s = stateAt(this.tokens, i + len);
      if (s && this.allKnown(i + len + s.length, this.tokens.length)) return true;
    }
    return false;
  }

  private setPlace(cityFrom: number, stateFrom: number, end: number, state: StateCode, from: number) {
    const span = this.span(from, end);
    if (cityFrom < stateFrom) {
      // Filler words ("los" of "Los Angeles") are in no name index: they could never match.
      const cityWords = this.tokens
        .slice(cityFrom, stateFrom)
        .map((t, k) => this.nameWordAt(cityFrom + k, t))
        .filter((w) => !FILLER.has(w.word));
      const city = this.text.slice(this.tokens[cityFrom]!.start, this.tokens[stateFrom - 1]!.end);
      this.out.place = { kind: 'city', city, state, cityWords, ...span };
    } else {
      this.out.place = { kind: 'state', state, ...span };
    }
    this.use(from, end);
  }

  /** First token of the city name that ends right before token i (i itself when there is none). */
  private cityStartBefore(i: number): number {
    let from = i;
    while (from > 0 && i - from < MAX_CITY_WORDS) {
      if (this.used[from - 1] || !this.isUnknownWord(from - 1)) break;
      from--;
    }
    // An article, a filler word elsewhere, can begin the name: "en los angeles, ca", "el paso tx".
    const article = from - 1;
    if (from < i && i - from < MAX_CITY_WORDS && article >= 0 && !this.used[article]) {
      if (CITY_ARTICLES.has(this.tokens[article]!.norm)) from = article;
    }
    return from;
  }

  /** A word that is no term, filler or place word: part of a name. */
  private isUnknownWord(i: number): boolean {
    const t = this.tokens[i]!;
    return this.isNameLike(t) && !this.isFiller(t) && !CUE_WORDS.has(t.norm) && !this.covered[i];
  }

  /** Every token from `from` on is part of a term phrase ("denver co iop"). */
  private onlyTermsFrom(from: number): boolean {
    for (let i = from; i < this.tokens.length; i++) if (!this.covered[i] || this.used[i]) return false;
    return from < this.tokens.length;
  }

  /** Every token in [from, to) is a term, filler, place word or already read. */
  private allKnown(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (this.used[i] || this.isFiller(t) || CUE_WORDS.has(t.norm) || !this.isNameLike(t)) continue;
      if (!this.covered[i]) return false;
    }
    return true;
  }

  /** For each token, how many words the exact taxonomy phrase over it has (0: none). */
  private exactCover(): number[] {
    const covered = this.tokens.map(() => 0);
    for (let i = 0; i < this.tokens.length;) {
      let len = Math.min(this.freeRun(i), this.book.maxWords);
      while (len > 0 && !this.meaningAt(i, len)) len--;
      for (let k = 0; k < len; k++) covered[i + k] = len;
      i += Math.max(1, len);
    }
    return covered;
  }

  private meaningAt(i: number, length: number): PhraseMeaning | undefined {
    if (i + length > this.tokens.length) return undefined;
    // "mi hijo" is Spanish; "MI" is motivational interviewing.
    const first = this.tokens[i]!;
    if (length === 1 && CAPITALS_ONLY.has(first.norm) && !typedInCapitals(this.text, first)) return undefined;
    return this.book.lookup(this.tokens.slice(i, i + length).map((t) => t.stem));
  }

  /**
   * "my 15 year old", "19 yo": an age, read through the taxonomy's own words
   * for that age ("teen", "young adult"...), so the age groups are not restated here.
   */
  private readAges() {
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      if (this.used[i] || !/^\d{1,3}$/.test(token.norm)) continue;
      const unit = AGE_UNIT_WORDS.find((p) => this.phraseAt(i + 1, p));
      if (!unit) continue;
      const age = Number(token.norm);
      const word = AGE_WORDS.find(([upTo]) => age <= upTo)?.[1];
      const meaning = word && this.book.lookup([word]);
      if (meaning) this.out.terms.push({ ...meaning, ...this.span(i, i + 1 + unit.length) });
      this.use(i, i + 1 + unit.length);
    }
  }

  /** Terms: the longest phrase at each position; words after a negation are set aside. */
  private readTerms() {
    let negate = false;
    for (let i = 0; i < this.tokens.length;) {
      if (this.used[i]) {
        i++;
        continue;
      }
      const found = this.termAt(i);
      if (found) {
        const term: ReadTerm = { ...found.meaning, ...this.span(i, i + found.length) };
        (negate ? this.out.negated : this.out.terms).push(term, ...this.embeddedTerms(i, found.length, found.meaning));
        this.use(i, i + found.length);
        i += found.length;
        negate = false;
        continue;
      }
      // "no quiero vivir" is a crisis, not a negation of what follows.
      const negation = !this.crisisWord[i] && NEGATION.find((p) => this.phraseAt(i, p));
      if (negation) {
        negate = true;
        this.use(i, i + negation.length);
        i += negation.length;
        continue;
      }
      if (!this.isFiller(this.tokens[i]!)) negate = false;
      i++;
    }
  }

  /**
   * The longest phrase starting at token i, exact or with typos ("methodone
   * clinic" is the two-word phrase, not the one-word misspelling); at equal
   * length an exact phrase wins. A filler word only starts an exact phrase.
   */
  private termAt(i: number): { meaning: PhraseMeaning; length: number } | undefined {
    const free = this.freeRun(i);
    const filler = this.isFiller(this.tokens[i]!);
    for (let len = Math.min(free, this.book.maxWords); len >= 1; len--) {
      const meaning = this.meaningAt(i, len);
      if (meaning) return { meaning, length: len };
      if (filler) continue;
      const words = this.tokens.slice(i, i + len);
      const last = i + len === this.tokens.length && this.typing;
      const fuzzy = this.book.fuzzy(words, last);
      if (fuzzy) return { meaning: fuzzy, length: len };
    }
    return undefined;
  }

  /**
   * What a phrase says is being treated, when that is one of its words:
   * "inpatient rehab" is residential care for substance use, "psych ward" a
   * hospital for mental health. Only the care focus is taken this way: an
   * age word inside "young adult" is the same population, not a second filter.
   */
  private embeddedTerms(i: number, length: number, outer: PhraseMeaning): ReadTerm[] {
    if (outer.group === 'careFocus') return [];
    for (let k = i; k < i + length && length > 1; k++) {
      const inner = this.meaningAt(k, 1);
      if (inner?.group === 'careFocus' && !inner.weak) return [{ ...inner, ...this.span(k, k + 1) }];
    }
    return [];
  }

  /** How many unused, unquoted tokens follow from i. */
  private freeRun(i: number): number {
    let n = 0;
    while (i + n < this.tokens.length && !this.used[i + n] && !this.tokens[i + n]!.quoted) n++;
    return n;
  }

  /** Words that can be part of a name: at least 2 characters, not a bare number. */
  private isNameLike(t: Token): boolean {
    return t.norm.length >= 2 && !/^\d+$/.test(t.norm);
  }

  private nameWordAt(i: number, t: Token): NameWord {
    return { word: t.norm, prefix: i === this.tokens.length - 1 && this.typing, ...this.span(i, i + 1) };
  }

  private nameWord(i: number) {
    this.out.nameWords.push(this.nameWordAt(i, this.tokens[i]!));
    this.used[i] = true;
  }
}
