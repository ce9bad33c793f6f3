import { tokenize } from './normalize';
import type { SearchRecord } from './record';
import { Vocabulary } from './vocabulary';

/** Fields of a record that free text searches, with how much a match in each counts. */
export const TEXT_FIELDS = ['name', 'alt', 'city'] as const;
export const FIELD_WEIGHTS = [1, 0.85, 0.8] as const;

/**
 * Inverted index of record words: word id -> postings, each posting
 * `recordIdx * 4 + field`. Grows as shards load; never shrinks.
 */
export class TextIndex {
  readonly vocab = new Vocabulary();
  readonly postings: number[][] = [];

  add(record: SearchRecord): void {
    TEXT_FIELDS.forEach((field, f) => {
      for (const word of new Set(tokenize(record[field]))) {
        const id = this.vocab.intern(word);
        (this.postings[id] ??= []).push(record.idx * 4 + f);
      }
    });
  }
}
