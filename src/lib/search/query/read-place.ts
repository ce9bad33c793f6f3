import type { StateCode } from '../../geo/states';
import { CITY_ALIASES, CITY_ARTICLES, isSpanishWordNotCode, stateAt, zipAt } from './places';
import { FILLER, type TokenReader } from './reader';

/** Longest run of words a city name is taken to have when none is marked off by a comma. */
const MAX_CITY_WORDS = 3;

/** A ZIP code, with the place word before it ("near 80203", "zip 10001"). */
export function readZip(r: TokenReader) {
  for (let i = 0; i < r.tokens.length; i++) {
    const zip = !r.used[i] && zipAt(r.tokens, r.text, i);
    if (!zip) continue;
    const from = r.cueBefore(i);
    if (!r.out.place) r.out.place = { kind: 'zip', zip: zip.zip, ...r.span(from, i + zip.length) };
    r.use(from, i + zip.length);
    return;
  }
}

/**
 * A city and state ("Denver, CO", "in Austin TX", "dearborn mi"), or a
 * state on its own ("rehab in ohio", "texas iop"). Two-letter codes count
 * only after a comma, after "in"/"near", right after a city name, or as
 * the last word, so "help me", "hi" and "detox or rehab" name no state.
 */
export function readCityOrState(r: TokenReader) {
  if (r.out.place) return;
  const n = r.tokens.length;
  const alias = r.tokens.findIndex((t, i) => !r.used[i] && CITY_ALIASES[t.norm]);
  if (alias >= 0) {
    const { city, state } = CITY_ALIASES[r.tokens[alias]!.norm]!;
    const from = r.cueBefore(alias);
    r.out.place = { kind: 'city', city, state, cityWords: [], ...r.span(from, alias + 1) };
    r.use(from, alias + 1);
    return;
  }
  for (let i = 0; i < n; i++) {
    if (r.used[i]) continue;
    const state = stateAt(r.tokens, i);
    if (!state || r.tokens.slice(i, i + state.length).some((_, k) => r.used[i + k])) continue;
    const end = i + state.length;
    const cityStart = cityStartBefore(r, i);
    const hasCity = cityStart < i;
    const cue = r.cueBefore(hasCity ? cityStart : i);
    const afterCue = cue < (hasCity ? cityStart : i);
    const comma = r.tokens[i]!.afterComma;
    const restKnown = r.allKnown(end, n);
    // "in indiana pa": try the city reading before the state one.
    if (!hasCity && afterCue && !state.isCode && end < n && cityStateFollows(r, i)) continue;
    if (state.isCode && isSpanishWordNotCode(r.tokens, r.text, i)) continue;
    // A state inside a longer term phrase is part of it: "Alaska Native" is a way to pay.
    if (r.covered[i]! > state.length) continue;
    // "colorado springs", "kansas city": a state name that begins a place name.
    const partOfName = end < n && !r.used[end] && r.isUnknownWord(end);
    const ok = hasCity
      ? comma || afterCue || (state.isCode ? end === n || r.onlyTermsFrom(end) : restKnown)
      : !state.isCode
        ? !partOfName && (afterCue || restKnown)
        : afterCue || comma || (end === n && r.isUnknownWord(i));
    if (!ok) continue;
    setPlace(r, hasCity ? cityStart : i, i, end, state.code, afterCue ? cue : hasCity ? cityStart : i);
    return;
  }
}

/** Whether a "City ST" pair starts at i ("indiana pa"). */
function cityStateFollows(r: TokenReader, i: number): boolean {
  for (let len = 1; len <= MAX_CITY_WORDS; len++) {
    const s = stateAt(r.tokens, i + len);
    if (s && r.allKnown(i + len + s.length, r.tokens.length)) return true;
  }
  return false;
}

function setPlace(r: TokenReader, cityFrom: number, stateFrom: number, end: number, state: StateCode, from: number) {
  const span = r.span(from, end);
  if (cityFrom < stateFrom) {
    // Filler words ("los" of "Los Angeles") are in no name index: they could never match.
    const cityWords = r.tokens
      .slice(cityFrom, stateFrom)
      .map((t, k) => r.nameWordAt(cityFrom + k, t))
      .filter((w) => !FILLER.has(w.word));
    const city = r.text.slice(r.tokens[cityFrom]!.start, r.tokens[stateFrom - 1]!.end);
    r.out.place = { kind: 'city', city, state, cityWords, ...span };
  } else {
    r.out.place = { kind: 'state', state, ...span };
  }
  r.use(from, end);
}

/** First token of the city name that ends right before token i (i itself when there is none). */
function cityStartBefore(r: TokenReader, i: number): number {
  let from = i;
  while (from > 0 && i - from < MAX_CITY_WORDS) {
    if (r.used[from - 1] || !r.isUnknownWord(from - 1)) break;
    from--;
  }
  // An article, a filler word elsewhere, can begin the name: "en los angeles, ca", "el paso tx".
  const article = from - 1;
  if (from < i && i - from < MAX_CITY_WORDS && article >= 0 && !r.used[article]) {
    if (CITY_ARTICLES.has(r.tokens[article]!.norm)) from = article;
  }
  return from;
}
