import { bboxContains, circleBBox } from '../geo/bbox';
import { distanceMiles, type LatLon } from '../geo/distance';
import { applyFacets, isEmptyFilter, mergeFilters, type FacetCounts, type FacetFilter } from './facets';
import { FILTER_GROUPS, GROUP_INDEX } from './group-keys';
import { wordScores, type NameWordQuery } from './name-match';
import { hasPoint } from './record';
import { nameRanks, rank, type RankOrder } from './rank';
import type { RecordStore } from './store';

export interface EngineQuery {
  /** Words left for names, alternate names and cities (see search/query). */
  words: NameWordQuery[];
  /**
   * Every meaningful word read as a name, tried when the reading finds
   * nothing: "teen challenge" is a program's name before it is a teen program.
   */
  fallbackWords?: NameWordQuery[];
  /** Where the person is; results are limited to `radius` miles around it. */
  center?: LatLon;
  radius: number;
  /** USPS code: only facilities in this state. */
  state?: string;
  /** Filters chosen with the checkboxes. */
  filter: FacetFilter;
  /** Filters read from the words: the same kind, kept apart so a names-only retry can drop them. */
  termFilter: FacetFilter;
  order: RankOrder;
}

export type SearchScope = 'place' | 'state' | 'national';

export interface EngineResult {
  scope: SearchScope;
  /** Ordinals in display order: every match, never cut off. */
  order: Int32Array;
  /** Miles from the place, aligned with `order` (place searches only). */
  distance?: Float32Array;
  counts: FacetCounts;
  /** Name words that matched nothing here, and were left out. */
  unmatched: string[];
  /** For unmatched words, the closest known word ("Did you mean…?"); added by SearchService. */
  suggestions?: Record<string, string>;
  /** Nothing matched the reading, so the words were searched as a name instead. */
  readAsNames: boolean;
  /** The order actually used: "distance" needs a place, "relevance" words or a place. */
  appliedOrder: RankOrder;
}

interface BaseSet {
  key: string;
  idx: Int32Array;
  distance?: Float64Array;
}

/** Facility count above which per-word scores are not cached. */
const MEMO_SIZE = 48;

/**
 * The search pipeline, most selective steps first: place or state (cached
 * per place), then name words (cached per word), then exact filters with
 * counts, then ordering. Synchronous: it runs over what the store holds
 * (see SearchService for what gets loaded).
 */
export class SearchEngine {
  private base?: BaseSet;
  private names?: { version: number; ranks: Int32Array };
  private memo = new Map<string, Float32Array>();

  constructor(readonly store: RecordStore) {}

  scopeOf(query: Pick<EngineQuery, 'center' | 'state'>): SearchScope {
    return query.center ? 'place' : query.state ? 'state' : 'national';
  }

  search(query: EngineQuery): EngineResult {
    const result = this.run(query, query.words, mergeFilters(query.filter, query.termFilter));
    const fallback = query.fallbackWords;
    if (result.order.length > 0 || !fallback?.length || isEmptyFilter(query.termFilter)) return result;
    const asNames = this.run(query, fallback, query.filter);
    if (asNames.order.length === 0 || asNames.unmatched.length > 0) return result;
    return { ...asNames, readAsNames: true };
  }

  private run(query: EngineQuery, words: readonly NameWordQuery[], filter: FacetFilter): EngineResult {
    const scope = this.scopeOf(query);
    const base = this.baseSet(query, scope);
    let idx: ArrayLike<number> = base.idx;
    let score: Float32Array | undefined;
    const unmatched: string[] = [];
    const perWord: Float32Array[] = [];
    for (const word of words) {
      const scores = this.scoresOf(word);
      if (base.idx.some((i) => scores[i]! > 0)) perWord.push(scores);
      else unmatched.push(word.word);
    }
    if (perWord.length) ({ idx, score } = this.matchAll(base.idx, perWord));
    const countable = [...FILTER_GROUPS.map((key) => GROUP_INDEX[key] as number), -1].map(
      (g) => scope === 'place' || this.store.hasColumn(g),
    );
    const { passing, counts } = applyFacets(this.store, idx, filter, countable);
    const appliedOrder = this.appliedOrder(query.order, scope, !!score);
    const order = rank({
      idx: passing,
      score,
      distance: base.distance,
      nameRank: appliedOrder === 'name' && scope === 'place' ? this.nameRanks() : undefined,
      order: appliedOrder,
    });
    const distance = base.distance ? Float32Array.from(order, (i) => base.distance![i]!) : undefined;
    return { scope, order, distance, counts, unmatched, readAsNames: false, appliedOrder };
  }

  /**
   * Without a place there is no distance: the list follows directory order
   * (state, then name, which is ordinal order) unless name words rank it.
   */
  private appliedOrder(requested: RankOrder, scope: SearchScope, hasWords: boolean): RankOrder {
    if (scope !== 'place') return hasWords && requested === 'relevance' ? 'relevance' : 'name';
    if (requested === 'relevance' && !hasWords) return 'distance';
    return requested;
  }

  /** Candidates matching every word, each with the mean of its word scores (by ordinal). */
  private matchAll(candidates: Int32Array, perWord: Float32Array[]): { idx: Int32Array; score: Float32Array } {
    const idx = new Int32Array(candidates.length);
    const score = new Float32Array(this.store.total);
    let n = 0;
    outer: for (const i of candidates) {
      let sum = 0;
      for (const scores of perWord) {
        const s = scores[i]!;
        if (s === 0) continue outer;
        sum += s;
      }
      idx[n++] = i;
      score[i] = sum / perWord.length;
    }
    return { idx: idx.slice(0, n), score };
  }

  private scoresOf(word: NameWordQuery): Float32Array {
    // A word's scores change only when words with its first letter do (see NameIndex).
    const key = `${word.word}|${word.prefix ? 1 : 0}|${this.store.names.versionOf(word.word.charAt(0))}`;
    let scores = this.memo.get(key);
    if (!scores) {
      scores = wordScores(this.store.names, word, this.store.total);
      this.memo.set(key, scores);
      if (this.memo.size > MEMO_SIZE) this.memo.delete(this.memo.keys().next().value!);
    }
    return scores;
  }

  private nameRanks(): Int32Array {
    if (this.names?.version !== this.store.version) {
      const loaded = this.store.records.filter((r) => r !== undefined);
      this.names = { version: this.store.version, ranks: nameRanks(loaded, this.store.total) };
    }
    return this.names.ranks;
  }

  /**
   * The facilities in the place (loaded records within the radius) or in the
   * state (a run of ordinals) or everywhere; cached until the place or the data change.
   */
  private baseSet(query: EngineQuery, scope: SearchScope): BaseSet {
    const { center, radius, state } = query;
    // Near a place the set grows as map cells load; a state or the country is a fixed run of ordinals.
    const version = scope === 'place' ? this.store.version : -1;
    const key = `${version}|${center ? `${center.lat},${center.lon},${radius}` : ''}|${state ?? ''}`;
    if (this.base?.key === key) return this.base;
    const out: number[] = [];
    let distance: Float64Array | undefined;
    if (scope === 'place' && center) {
      distance = new Float64Array(this.store.total).fill(NaN);
      const box = circleBBox(center, radius);
      for (const r of this.store.records) {
        if (!r || !hasPoint(r) || (state && r.state !== state) || !bboxContains(box, r)) continue;
        const d = distanceMiles(center, r);
        if (d <= radius) {
          distance[r.idx] = d;
          out.push(r.idx);
        }
      }
      out.sort((a, b) => a - b);
    } else {
      const [from, to] = (state && this.store.stateRanges[state]) || (state ? [0, 0] : [0, this.store.total]);
      for (let i = from; i < to; i++) out.push(i);
    }
    this.base = { key, idx: Int32Array.from(out), distance };
    return this.base;
  }
}
