import { FILLER_WORDS } from './query/lexicon';
import { tokenize } from './query/tokens';
import type { SearchRecord } from './record';
import { Vocabulary } from './vocabulary';

/** Fields of a record that name words match, with how much a match in each counts. */
export const NAME_FIELDS = ['name', 'alt', 'city'] as const;
export const FIELD_WEIGHTS = [1, 0.9, 0.8] as const;

const FILLER = new Set(FILLER_WORDS);

/**
 * Normalised words of a text, as name words are indexed and matched. Filler
 * words ("center", "services", "of") are never searched as names, so they
 * are not indexed: they are most of the postings.
 */
export function nameTokens(text: string): string[] {
  return tokenize(text)
    .map((t) => t.norm)
    .filter((word) => !FILLER.has(word));
}

/** The shard a word belongs to: its first character. */
export function shardOf(word: string): string {
  return word.charAt(0);
}

/**
 * /search/n/<char>.json: the name words starting with one character, each
 * with the facilities whose name, alternate name or city has it. Postings are
 * `ordinal * 4 + field`, sorted, and written as differences from the previous
 * one so the numbers stay small.
 */
export interface NameShard {
  w: string[];
  p: number[][];
}

/** Build every name shard from the packed records' text. */
export function buildNameShards(records: readonly SearchRecord[]): Map<string, NameShard> {
  const postings = new Map<string, number[]>();
  for (const r of records) {
    NAME_FIELDS.forEach((field, f) => {
      for (const word of new Set(nameTokens(r[field]))) {
        const list = postings.get(word) ?? [];
        list.push(r.idx * 4 + f);
        postings.set(word, list);
      }
    });
  }
  const shards = new Map<string, NameShard>();
  for (const word of [...postings.keys()].sort()) {
    const shard = shards.get(shardOf(word)) ?? { w: [], p: [] };
    const sorted = postings.get(word)!.sort((a, b) => a - b);
    shard.w.push(word);
    shard.p.push(sorted.map((v, i) => (i === 0 ? v : v - sorted[i - 1]!)));
    shards.set(shardOf(word), shard);
  }
  return shards;
}

/**
 * Name words and where they occur, as an inverted index: word id ->
 * postings. Fed by loaded records (a search near a place) or by whole name
 * shards (a search of the country); one word is looked up the same way in both.
 */
export class NameIndex {
  readonly vocab = new Vocabulary();
  readonly postings: Int32Array[] = [];
  private readonly pending: number[][] = [];
  private readonly shards = new Set<string>();
  /** Word ids by first character: a word is only ever matched against words sharing its first letter. */
  private readonly byFirst = new Map<string, number[]>();
  /** Changes per first character whenever postings of such a word change: cached scores are good until then. */
  private readonly versions = new Map<string, number>();

  /** Ids of the indexed words starting with `char`. */
  wordsStarting(char: string): readonly number[] {
    return this.byFirst.get(char) ?? [];
  }

  /** The indexed words starting with `char`. */
  wordsOf(char: string): string[] {
    return this.wordsStarting(char).map((id) => this.vocab.words[id]!);
  }

  versionOf(char: string): number {
    return this.versions.get(char) ?? 0;
  }

  private intern(word: string): number {
    const known = this.vocab.idOf(word);
    if (known !== undefined) return known;
    const id = this.vocab.intern(word);
    const first = shardOf(word);
    const list = this.byFirst.get(first);
    if (list) list.push(id);
    else this.byFirst.set(first, [id]);
    return id;
  }

  private touch(word: string) {
    const first = shardOf(word);
    this.versions.set(first, this.versionOf(first) + 1);
  }

  /** Index a record's text (a record loaded from a map cell or a result chunk). */
  addRecord(record: SearchRecord): void {
    NAME_FIELDS.forEach((field, f) => {
      for (const word of new Set(nameTokens(record[field]))) this.addPosting(word, record.idx * 4 + f);
    });
  }

  /** Whether a shard's words are all indexed, for every facility. */
  hasShard(char: string): boolean {
    return this.shards.has(char);
  }

  /** Index a whole shard; records of its words added before are not duplicated. */
  addShard(char: string, shard: NameShard): void {
    if (this.shards.has(char)) return;
    shard.w.forEach((word, i) => {
      let value = 0;
      const list = (shard.p[i] ?? []).map((delta) => (value += delta));
      const id = this.intern(word);
      this.pending[id] = list;
      delete this.postings[id];
    });
    this.shards.add(char);
    this.touch(char);
  }

  private addPosting(word: string, posting: number) {
    if (this.shards.has(shardOf(word))) return; // the shard already lists every facility
    const id = this.intern(word);
    const list = (this.pending[id] ??= this.postings[id] ? [...this.postings[id]] : []);
    delete this.postings[id];
    list.push(posting);
    this.touch(word);
  }

  /** Postings of a word id: `ordinal * 4 + field`. */
  postingsOf(id: number): Int32Array {
    let list = this.postings[id];
    if (!list) {
      list = Int32Array.from(this.pending[id] ?? []);
      this.postings[id] = list;
      delete this.pending[id];
    }
    return list;
  }
}
