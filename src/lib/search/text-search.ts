import { lookupWord } from './fuzzy';
import { GROUPS, type GroupKey } from './groups';
import type { SearchRecord } from './record';
import { bestTermQuality, TermIndex, type TermHit } from './terms';
import { FIELD_WEIGHTS, type TextIndex } from './text-index';

/** A match on a taxonomy synonym counts a little less than one in the facility's own name. */
const TERM_WEIGHT = 0.8;
/**
 * ...and a broad term less than a specific program: "dual diagnosis" is both
 * a specialty program and a care focus most substance-use facilities have,
 * and the programs should come first. Same order as GROUPS.
 */
const GROUP_WEIGHTS: Record<GroupKey, number> = {
  levels: 1,
  specialties: 1,
  payment: 0.95,
  ages: 0.85,
  languages: 0.95,
  medications: 1,
  careFocus: 0.6,
  therapies: 0.75,
};
const WEIGHT_BY_INDEX = GROUPS.map((g) => GROUP_WEIGHTS[g.key]);
/** Per-word results kept between keystrokes: the words before the one being typed do not change. */
const MEMO_SIZE = 64;

export interface TextCorpus {
  readonly records: readonly SearchRecord[];
  readonly text: TextIndex;
  /** Changes whenever records are added. */
  readonly version: number;
}

/** Records matching every word, with a relevance score in (0, 1]. */
export interface TextMatches {
  idx: Int32Array;
  score: Float32Array;
}

/**
 * Free-text matching: each query word must match a record's name,
 * alternate name or city (fuzzily, see lookupWord) or one of its taxonomy
 * terms through a label or synonym. Words are scored once per corpus
 * version and reused while the person keeps typing.
 */
export class TextSearcher {
  private readonly terms = new TermIndex();
  private memo = new Map<string, Float32Array>();
  private memoVersion = -1;

  constructor(private readonly corpus: TextCorpus) {}

  /** Score of one word for every record: 0 where it does not match. */
  wordScores(word: string): Float32Array {
    if (this.memoVersion !== this.corpus.version) {
      this.memo = new Map();
      this.memoVersion = this.corpus.version;
    }
    const cached = this.memo.get(word);
    if (cached) {
      this.memo.delete(word);
      this.memo.set(word, cached);
      return cached;
    }
    const scores = this.computeWord(word);
    this.memo.set(word, scores);
    if (this.memo.size > MEMO_SIZE) this.memo.delete(this.memo.keys().next().value!);
    return scores;
  }

  private computeWord(word: string): Float32Array {
    const { records, text } = this.corpus;
    const scores = new Float32Array(records.length);
    for (const { id, quality } of lookupWord(text.vocab, word)) {
      const postings = text.postings[id];
      if (!postings) continue;
      for (let p = 0; p < postings.length; p++) {
        const posting = postings[p]!;
        const rec = posting >>> 2;
        const s = quality * FIELD_WEIGHTS[posting & 3]!;
        if (s > scores[rec]!) scores[rec] = s;
      }
    }
    const hits = this.termHits(word);
    if (hits.length) {
      // Records below this score cannot gain from a term match: skip them fast.
      const best = hits[0]!.quality;
      for (let i = 0; i < records.length; i++) {
        if (scores[i]! >= best) continue;
        const r = records[i]!;
        const q = bestTermQuality(hits, r.masks, r.flags);
        if (q > scores[i]!) scores[i] = q;
      }
    }
    return scores;
  }

  /** Taxonomy terms the word matches, best first, with their weighted quality. */
  private termHits(word: string): TermHit[] {
    const best = new Map<number, TermHit>();
    for (const { id, quality } of lookupWord(this.terms.vocab, word)) {
      for (const { group, bit } of this.terms.refs[id] ?? []) {
        const q = quality * TERM_WEIGHT * (group < 0 ? 1 : WEIGHT_BY_INDEX[group]!);
        const key = group * 32 + bit;
        const known = best.get(key);
        if (!known || known.quality < q) best.set(key, { group, bit, quality: q });
      }
    }
    return [...best.values()].sort((a, b) => b.quality - a.quality);
  }

  /** Candidates (record indexes) that match every word, with their mean word score. */
  match(words: readonly string[], candidates: ArrayLike<number>): TextMatches {
    const perWord = words.map((w) => this.wordScores(w));
    const idx = new Int32Array(candidates.length);
    const score = new Float32Array(candidates.length);
    let n = 0;
    outer: for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c]!;
      let sum = 0;
      for (const scores of perWord) {
        const s = scores[i]!;
        if (s === 0) continue outer;
        sum += s;
      }
      idx[n] = i;
      score[n] = sum / perWord.length;
      n++;
    }
    return { idx: idx.slice(0, n), score: score.slice(0, n) };
  }
}
