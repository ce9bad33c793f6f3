import type { Term } from '../taxonomy';
import { GROUPS } from './groups';
import { tokenize } from './normalize';
import { FLAG_TELEHEALTH } from './record';
import { Vocabulary } from './vocabulary';

/** A taxonomy term a word can stand for: group index (-1 for telehealth) and bit. */
export interface TermRef {
  group: number;
  bit: number;
}

/** Words that mean "offers telehealth", which is a flag rather than a taxonomy term. */
const TELEHEALTH_WORDS = ['telehealth', 'telemedicine', 'telepsychiatry', 'virtual', 'online', 'video'];

/**
 * Every word of every taxonomy label and synonym, pointing at its terms:
 * "dual" -> co-occurring (specialty and care focus), "suboxone" -> buprenorphine.
 * Free text matches these words as well as facility names, so synonyms work
 * without storing them in 18,000 records.
 */
export class TermIndex {
  readonly vocab = new Vocabulary();
  readonly refs: TermRef[][] = [];

  constructor() {
    GROUPS.forEach((group, g) => {
      (group.terms as readonly Term[]).forEach((term, bit) => {
        const phrases = [term.label, term.id, ...(term.synonyms ?? [])];
        this.addWords(phrases.flatMap(tokenize), { group: g, bit });
      });
    });
    this.addWords(TELEHEALTH_WORDS, { group: -1, bit: 0 });
  }

  private addWords(words: string[], ref: TermRef) {
    for (const word of new Set(words)) {
      const id = this.vocab.intern(word);
      const list = (this.refs[id] ??= []);
      if (!list.some((r) => r.group === ref.group && r.bit === ref.bit)) list.push(ref);
    }
  }
}

/** A taxonomy term a query word matched, and how well (already weighted). */
export interface TermHit extends TermRef {
  quality: number;
}

/**
 * Quality of a record's best matching term, 0 if it has none. `hits` must be
 * sorted best first: the first one the record has is the answer.
 */
export function bestTermQuality(hits: readonly TermHit[], masks: readonly number[], flags: number): number {
  for (const hit of hits) {
    if (hit.group < 0 ? (flags & FLAG_TELEHEALTH) !== 0 : ((masks[hit.group]! >>> hit.bit) & 1) === 1) {
      return hit.quality;
    }
  }
  return 0;
}
