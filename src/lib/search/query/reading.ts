import type { StateCode } from '../../geo/states';
import type { ReadableGroup } from './phrase-book';

/** Where in the typed text something was found. */
export interface Span {
  start: number;
  end: number;
  /** The words as typed. */
  text: string;
}

/** Words read as taxonomy terms: "dual dx" -> specialties: co-occurring. */
export interface ReadTerm extends Span {
  group: ReadableGroup;
  ids: readonly string[];
  /** While reading only: from a weak synonym (see Term.weakSynonyms). */
  weak?: boolean;
}

/** A word left to match facility names, alternate names and cities. */
export interface NameWord extends Span {
  /** Normalised (lower case, no accents). */
  word: string;
  /** The last word of the text, possibly still being typed: it may match the start of a name word. */
  prefix: boolean;
}

/** A place named in the text. */
export type TextPlace = Span &
  (
    | { kind: 'zip'; zip: string }
    | { kind: 'state'; state: StateCode }
    | {
        kind: 'city';
        city: string;
        state: StateCode;
        /** The city's words, to search names with instead if no such city is found. */
        cityWords: NameWord[];
      }
  );

/** What a query says, read against the taxonomy. */
export interface QueryReading {
  /** Recognised terms, in text order. */
  terms: ReadTerm[];
  /** Terms the text rules out ("non 12-step", "without detox"): not applied, since filters only include. */
  negated: ReadTerm[];
  place?: TextPlace;
  /** "near me", "nearby", "closest": the person wants their own location used. */
  nearMe?: Span;
  /** Words left for names and cities, in text order. */
  nameWords: NameWord[];
  /** The text mentions suicide, overdose or a crisis: show the 988 Lifeline first. */
  crisis: boolean;
}

export const EMPTY_READING: QueryReading = { terms: [], negated: [], nameWords: [], crisis: false };

/** The text with one span replaced: accepting "Did you mean…?". */
export function replaceSpan(text: string, span: { start: number; end: number }, replacement: string): string {
  return `${text.slice(0, span.start)}${replacement}${text.slice(span.end)}`;
}

/** The text with the given spans cut out and the spaces tidied: what removing a chip leaves in the box. */
export function withoutSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  const sorted = [...spans].sort((a, b) => b.start - a.start);
  let out = text;
  for (const { start, end } of sorted) out = `${out.slice(0, start)} ${out.slice(end)}`;
  return out
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,.;:]+|[\s,;:]+$/g, '')
    .replace(/\s{2,}/g, ' ');
}
