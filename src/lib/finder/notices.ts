import type { EngineResult } from '../search/engine';
import type { QueryReading } from '../search/query';

/**
 * What the finder tells the person about how it read their words, beside
 * the results: never a silent change to what they asked for.
 */
export type Notice =
  /** Words about suicide, overdose or a crisis: the Lifeline first. */
  | { kind: 'crisis' }
  /** Words that matched no facility name or city here, and were left out; maybe with a guess for each. */
  | {
      kind: 'unmatched';
      words: string[];
      guesses: { word: string; guess: string; span: { start: number; end: number } }[];
    }
  /** The terms read from the words found nothing, so the words were searched as a name. */
  | { kind: 'as-names'; words: string }
  /** Terms after "not", "non", "without": filters can only include, so these were not used. */
  | { kind: 'negated'; words: string[] }
  /** "near me" with no place yet: offer the person's location. */
  | { kind: 'near-me' }
  /** The words name a place, but the Where box (or a location) is what is searched. */
  | { kind: 'place-ignored'; words: string }
  /** The words named a city the place list does not know: its words matched names instead. */
  | { kind: 'city-not-found'; words: string };

export interface NoticeInput {
  reading: QueryReading;
  result?: EngineResult;
  /** A place is set (Where box, location or the words). */
  hasPlace: boolean;
  /** The words' ZIP or city is the place searched. */
  placeFromWords: boolean;
  /** The words' city was looked up and not found. */
  cityNotFound: boolean;
}

export function noticesOf({ reading, result, hasPlace, placeFromWords, cityNotFound }: NoticeInput): Notice[] {
  const notices: Notice[] = [];
  if (reading.crisis) notices.push({ kind: 'crisis' });
  if (reading.nearMe && !hasPlace) notices.push({ kind: 'near-me' });
  const place = reading.place;
  if (cityNotFound && place) notices.push({ kind: 'city-not-found', words: place.text });
  else if (place && place.kind !== 'state' && !placeFromWords && hasPlace) {
    notices.push({ kind: 'place-ignored', words: place.text });
  }
  if (reading.negated.length) notices.push({ kind: 'negated', words: reading.negated.map((t) => t.text) });
  if (result?.readAsNames) {
    const spans = [...reading.terms, ...reading.nameWords].sort((a, b) => a.start - b.start);
    notices.push({ kind: 'as-names', words: spans.map((s) => s.text).join(' ') });
  }
  if (result?.unmatched.length) {
    const guesses = result.unmatched.flatMap((word) => {
      const guess = result.suggestions?.[word];
      const span = reading.nameWords.find((w) => w.word === word);
      return guess && span ? [{ word, guess, span: { start: span.start, end: span.end } }] : [];
    });
    notices.push({ kind: 'unmatched', words: result.unmatched, guesses });
  }
  return notices;
}
