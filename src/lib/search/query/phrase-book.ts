import { CODED_VOCABULARIES, TELEHEALTH, type Term } from '../../taxonomy';
import { phraseKey } from './tokens';
import { allowedTypos, withinEdits } from './typos';

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
 * Every way a term is written: its label, the parts of the label around
 * "/" and inside brackets ("Intensive outpatient (IOP)" gives "IOP"), its id,
 * synonyms and known misspellings.
 */
export function phrasesOf(term: Term): string[] {
  const label = term.label;
  const parts = [label, label.replace(/\s*\(.*?\)\s*/g, ' '), ...[...label.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!)];
  if (label.includes('/')) parts.push(...label.split('/'));
  return [
    ...parts,
    term.id.replace(/-/g, ' '),
    ...(term.synonyms ?? []),
    ...(term.misspellings ?? []),
    ...(term.es?.label ? [term.es.label] : []),
    ...(term.es?.synonyms ?? []),
  ];
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
      for (const phrase of term.weakSynonyms ?? []) add(weak, phrase, group, term.id);
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
   * the phrase's last word when `lastIsPrefix` (someone still typing), as
   * long as that completes to one meaning only.
   */
  fuzzy(words: readonly { norm: string; stem: string }[], lastIsPrefix = false): PhraseMeaning | undefined {
    let found: PhraseMeaning | undefined;
    for (const phrase of this.byLength[words.length] ?? []) {
      const ok = phrase.words.every((want, i) => {
        const { norm, stem } = words[i]!;
        if (stem === want || norm === want) return true;
        if (lastIsPrefix && i === words.length - 1 && norm.length >= 4 && want.startsWith(norm)) return true;
        const k = allowedTypos(norm.length);
        return k > 0 && (withinEdits(norm, want, k) || withinEdits(stem, want, k));
      });
      if (!ok) continue;
      if (found && !sameMeaning(found, phrase.meaning)) return undefined; // ambiguous: read none
      found = phrase.meaning;
    }
    return found;
  }
}

function sameMeaning(a: PhraseMeaning, b: PhraseMeaning): boolean {
  return a.group === b.group && a.ids.length === b.ids.length && a.ids.every((id) => b.ids.includes(id));
}
