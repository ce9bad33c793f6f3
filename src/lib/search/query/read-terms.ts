import { AGE_UNITS, CRISIS_PHRASES, FILLER_PHRASES, NEAR_ME_PHRASES, NEGATIONS } from './lexicon';
import type { PhraseMeaning } from './phrase-book';
import type { ReadTerm } from './reading';
import { keyed, type TokenReader } from './reader';

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

/** "near me", crisis words and filler phrases, wherever they are. */
export function readFixedPhrases(r: TokenReader) {
  for (let i = 0; i < r.tokens.length; i++) {
    const nearMe = NEAR_ME.find((p) => r.phraseAt(i, p));
    if (nearMe) {
      r.out.nearMe ??= r.span(i, i + nearMe.length);
      r.use(i, i + nearMe.length);
      continue;
    }
    // Crisis words stay readable as terms ("suicidal" is a mental-health need); otherwise they are dropped.
    const crisis = CRISIS.find((p) => r.phraseAt(i, p));
    if (crisis) {
      r.out.crisis = true;
      for (let k = i; k < i + crisis.length; k++) r.crisisWord[k] = true;
    }
    const filler = FILLER_MULTI.find((p) => r.phraseAt(i, p));
    if (filler) r.use(i, i + filler.length);
  }
}

/**
 * "my 15 year old", "19 yo": an age, read through the taxonomy's own words
 * for that age ("teen", "young adult"...), so the age groups are not restated here.
 */
export function readAges(r: TokenReader) {
  for (let i = 0; i < r.tokens.length; i++) {
    const token = r.tokens[i]!;
    if (r.used[i] || !/^\d{1,3}$/.test(token.norm)) continue;
    const unit = AGE_UNIT_WORDS.find((p) => r.phraseAt(i + 1, p));
    if (!unit) continue;
    const age = Number(token.norm);
    const word = AGE_WORDS.find(([upTo]) => age <= upTo)?.[1];
    const meaning = word && r.book.lookup([word]);
    if (meaning) r.out.terms.push({ ...meaning, ...r.span(i, i + 1 + unit.length) });
    r.use(i, i + 1 + unit.length);
  }
}

/** Terms: the longest phrase at each position; words after a negation are set aside. */
export function readTerms(r: TokenReader) {
  let negate = false;
  for (let i = 0; i < r.tokens.length;) {
    if (r.used[i]) {
      i++;
      continue;
    }
    const found = termAt(r, i);
    if (found) {
      const term: ReadTerm = { ...found.meaning, ...r.span(i, i + found.length) };
      (negate ? r.out.negated : r.out.terms).push(term, ...embeddedTerms(r, i, found.length, found.meaning));
      r.use(i, i + found.length);
      i += found.length;
      negate = false;
      continue;
    }
    // "no quiero vivir" is a crisis, not a negation of what follows.
    const negation = !r.crisisWord[i] && NEGATION.find((p) => r.phraseAt(i, p));
    if (negation) {
      negate = true;
      r.use(i, i + negation.length);
      i += negation.length;
      continue;
    }
    if (!r.isFiller(r.tokens[i]!)) negate = false;
    i++;
  }
}

/**
 * The longest phrase starting at token i, exact or with typos ("methodone
 * clinic" is the two-word phrase, not the one-word misspelling); at equal
 * length an exact phrase wins. A filler word only starts an exact phrase.
 */
function termAt(r: TokenReader, i: number): { meaning: PhraseMeaning; length: number } | undefined {
  const free = r.freeRun(i);
  const filler = r.isFiller(r.tokens[i]!);
  for (let len = Math.min(free, r.book.maxWords); len >= 1; len--) {
    const meaning = r.meaningAt(i, len);
    if (meaning) return { meaning, length: len };
    if (filler) continue;
    const words = r.tokens.slice(i, i + len);
    const last = i + len === r.tokens.length && r.typing;
    const fuzzy = r.book.fuzzy(words, last);
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
function embeddedTerms(r: TokenReader, i: number, length: number, outer: PhraseMeaning): ReadTerm[] {
  if (outer.group === 'careFocus') return [];
  for (let k = i; k < i + length && length > 1; k++) {
    const inner = r.meaningAt(k, 1);
    if (inner?.group === 'careFocus' && !inner.weak) return [{ ...inner, ...r.span(k, k + 1) }];
  }
  return [];
}

/** A weak term ("therapist" -> outpatient) gives way to any other term of its group ("IOP therapist"). */
export function dropOutvotedWeakTerms(r: TokenReader) {
  const strong = new Set(r.out.terms.filter((t) => !t.weak).map((t) => t.group));
  r.out.terms = r.out.terms.filter((t) => !t.weak || !strong.has(t.group));
  for (const t of r.out.terms) delete t.weak;
}
