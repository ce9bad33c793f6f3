import { CODED_VOCABULARIES, TELEHEALTH, type Term } from '../../taxonomy';
import { phraseKey } from './tokens';
import { allowedTypos, editDistance } from './typos';

/** A vocabulary the words of a query can be read as: the coded ones, and telehealth. */
export type ReadableGroup = keyof typeof CODED_VOCABULARIES | 'telehealth';

/**
 * When one phrase names terms of several groups, the group listed first
 * wins: "co-occurring" is the specialty program before the broad care
 * focus, "young adults" the program before the age group, "trauma" the
 * specialty before the therapy. Within a group every named term counts
 * ("MAT" is buprenorphine, methadone or naltrexone).
 */
export const SEARCH_PRECEDENCE: readonly ReadableGroup[] = [
  'levelsOfCare',
  'specialties',
  'medications',
  'payment',
  'languages',
  'ages',
  'careFocus',
  'therapies',
  'telehealth',
];

/** What a recognised phrase stands for: one group, one or more of its terms. */
export interface PhraseMeaning {
  group: ReadableGroup;
  ids: readonly string[];
  /** From a weak synonym: applies only if nothing else names a term of the group. */
  weak?: boolean;
}

interface Phrase {
  words: readonly string[];
  meaning: PhraseMeaning;
}

/** The vocabularies' terms, in precedence order, with the group each belongs to. */
function readableTerms(): { group: ReadableGroup; term: Term }[] {
  return SEARCH_PRECEDENCE.flatMap((group): { group: ReadableGroup; term: Term }[] =>
    group === 'telehealth'
      ? [{ group, term: TELEHEALTH }]
      : (CODED_VOCABULARIES[group] as readonly Term[]).map((term) => ({ group, term })),
  );
}

/**
 * A label and the parts of it people type on their own: the words around
 * "/" and inside brackets ("Intensive outpatient (IOP)" gives "IOP").
 */
function labelParts(label: string): string[] {
  const parts = [label, label.replace(/\s*\(.*?\)\s*/g, ' '), ...[...label.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!)];
  if (label.includes('/')) parts.push(...label.split('/'));
  return parts;
}

/**
 * Every way a term is written, in English and Spanish: its labels and their
 * parts, its id, synonyms and known misspellings. One finder reads both
 * languages, so a mixed query ("iop que acepte medicaid") reads as well as either.
 */
export function phrasesOf(term: Term): string[] {
  return [
    ...labelParts(term.label),
    term.id.replace(/-/g, ' '),
    ...(term.synonyms ?? []),
    ...(term.misspellings ?? []),
    ...labelParts(term.es.label),
    ...(term.es.synonyms ?? []),
  ];
}

/** Words that suggest a term only when nothing else names its group, in either language. */
function weakPhrasesOf(term: Term): string[] {
  return [...(term.weakSynonyms ?? []), ...(term.es.weakSynonyms ?? [])];
}

/**
 * Every phrase of the taxonomy, keyed by its stemmed words. Built once from
 * the taxonomy: the interpreter never restates a vocabulary.
 */
export class PhraseBook {
  private readonly exact = new Map<string, PhraseMeaning>();
  /** Phrases by number of words, for typo-tolerant matching. */
  private readonly byLength: Phrase[][] = [];
  readonly maxWords: number;

  constructor(entries = readableTerms()) {
    const found = new Map<string, Map<ReadableGroup, string[]>>();
    const weak = new Map<string, Map<ReadableGroup, string[]>>();
    const add = (into: typeof found, phrase: string, group: ReadableGroup, id: string) => {
      const key = phraseKey(phrase);
      if (!key) return;
      const groups = into.get(key) ?? new Map<ReadableGroup, string[]>();
      const ids = groups.get(group) ?? [];
      if (!ids.includes(id)) ids.push(id);
      groups.set(group, ids);
      into.set(key, groups);
    };
    for (const { group, term } of entries) {
      for (const phrase of phrasesOf(term)) add(found, phrase, group, term.id);
      for (const phrase of weakPhrasesOf(term)) add(weak, phrase, group, term.id);
    }
    let maxWords = 1;
    const all = [...found.entries(), ...[...weak.entries()].filter(([key]) => !found.has(key))];
    for (const [key, groups] of all) {
      // Entries come in precedence order, so the first group is the one that wins.
      const [group, ids] = groups.entries().next().value!;
      const meaning: PhraseMeaning = found.has(key) ? { group, ids } : { group, ids, weak: true };
      this.exact.set(key, meaning);
      const words = key.split(' ');
      maxWords = Math.max(maxWords, words.length);
      (this.byLength[words.length] ??= []).push({ words, meaning });
    }
    this.maxWords = maxWords;
  }

  /** The meaning of exactly these stemmed words, if the taxonomy has the phrase. */
  lookup(stems: readonly string[]): PhraseMeaning | undefined {
    return this.exact.get(stems.join(' '));
  }

  /**
   * A phrase of `length` words matching the given words with typos allowed
   * word by word (see allowedTypos); the last word may also be the start of
   * the phrase's last word when `lastIsPrefix` (someone still typing). The
   * closest phrase wins ("medicaidd" is one typo from Medicaid, two from the
   * misspelling "medicair"); a tie between two meanings reads as neither.
   */
  fuzzy(words: readonly { norm: string; stem: string }[], lastIsPrefix = false): PhraseMeaning | undefined {
    let found: PhraseMeaning | undefined;
    let best = Infinity;
    let tied = false;
    for (const phrase of this.byLength[words.length] ?? []) {
      let edits = 0;
      for (let i = 0; i < phrase.words.length && edits < Infinity; i++) {
        edits += wordEdits(words[i]!, phrase.words[i]!, lastIsPrefix && i === words.length - 1);
      }
      if (edits > best || edits === Infinity) continue;
      if (edits === best && found && !sameMeaning(found, phrase.meaning)) tied = true;
      else if (edits < best) tied = false;
      if (edits < best || !found) found = phrase.meaning;
      best = edits;
    }
    return tied ? undefined : found;
  }
}

/**
 * Typing mistakes between a typed word and a phrase word: 0 for the same
 * word (or its start, while typed), up to the typos its length allows, or
 * Infinity when too far apart.
 */
function wordEdits(typed: { norm: string; stem: string }, want: string, prefix: boolean): number {
  const { norm, stem } = typed;
  if (stem === want || norm === want) return 0;
  if (prefix && norm.length >= 4 && want.startsWith(norm)) return 0.5;
  const k = allowedTypos(norm.length);
  if (k === 0) return Infinity;
  const d = Math.min(editDistance(norm, want, k), editDistance(stem, want, k));
  return d <= k ? d : Infinity;
}

function sameMeaning(a: PhraseMeaning, b: PhraseMeaning): boolean {
  return a.group === b.group && a.ids.length === b.ids.length && a.ids.every((id) => b.ids.includes(id));
}
