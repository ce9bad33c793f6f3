import { distanceMiles, type LatLon } from '../geo/distance';
import { circleBBox, bboxContains } from '../geo/bbox';
import { applyFacets, type FacetCounts, type FacetFilter } from './facets';
import { queryWords } from './normalize';
import { hasPoint } from './record';
import { nameRanks, rank, resolveOrder, type RankOrder } from './rank';
import { RecordStore } from './store';
import { TextSearcher } from './text-search';

export interface EngineQuery {
  /** Free text, as typed. */
  q: string;
  /** Where the person is; results are limited to `radius` miles around it. */
  center?: LatLon;
  radius: number;
  /** USPS code: only facilities in this state. */
  state?: string;
  filter: FacetFilter;
  order: RankOrder;
}

export interface EngineResult {
  /** Record indexes in display order: every match, never cut off. */
  order: Int32Array;
  /** Miles from the centre per record index (NaN where not computed); only with a centre. */
  distance?: Float64Array;
  counts: FacetCounts;
  /** Query words that took part in matching (stopwords removed). */
  words: string[];
  /** The order actually used (see resolveOrder). */
  appliedOrder: RankOrder;
}

interface BaseSet {
  key: string;
  idx: Int32Array;
  distance?: Float64Array;
}

/**
 * The search pipeline, fastest and most selective steps first: place and
 * state (cached per place), then free text (cached per word), then exact
 * filters with counts, then ordering. Synchronous: it runs only over
 * records already loaded (see ShardLoader).
 */
export class SearchEngine {
  readonly store = new RecordStore();
  private readonly text = new TextSearcher(this.store);
  private base?: BaseSet;
  private names?: { version: number; ranks: Int32Array };
  /** The last answer, reused when only ignored parts of the query changed (a stopword, a trailing space). */
  private last?: { key: string; result: EngineResult };

  search(query: EngineQuery): EngineResult {
    const base = this.baseSet(query);
    const words = queryWords(query.q);
    const { masks, telehealth } = query.filter;
    const key = `${base.key}|${words.join(' ')}|${Object.values(masks).join(',')}|${telehealth}|${query.order}`;
    if (this.last?.key === key) return this.last.result;
    const result = this.run(query, base, words);
    this.last = { key, result };
    return result;
  }

  private run(query: EngineQuery, base: BaseSet, words: string[]): EngineResult {
    let idx: ArrayLike<number> = base.idx;
    let scoreById: Float32Array | undefined;
    if (words.length) {
      const matches = this.text.match(words, base.idx);
      idx = matches.idx;
      scoreById = new Float32Array(this.store.size);
      for (let p = 0; p < matches.idx.length; p++) scoreById[matches.idx[p]!] = matches.score[p]!;
    }
    const { passing, counts } = applyFacets(this.store, idx, query.filter);
    const appliedOrder = resolveOrder(query.order, !!base.distance, words.length > 0);
    let score: Float32Array | undefined;
    if (scoreById) {
      score = new Float32Array(passing.length);
      for (let p = 0; p < passing.length; p++) score[p] = scoreById[passing[p]!]!;
    }
    if (this.names?.version !== this.store.version) {
      this.names = { version: this.store.version, ranks: nameRanks(this.store.records) };
    }
    const order = rank({
      nameRank: this.names.ranks,
      idx: passing,
      score,
      distance: base.distance,
      order: appliedOrder,
    });
    return { order, distance: base.distance, counts, words, appliedOrder };
  }

  /** Records in the place (and state), cached until the place or the loaded data change. */
  private baseSet(query: EngineQuery): BaseSet {
    const { center, radius, state } = query;
    const key = `${this.store.version}|${center ? `${center.lat},${center.lon},${radius}` : ''}|${state ?? ''}`;
    if (this.base?.key === key) return this.base;
    const records = this.store.records;
    const out: number[] = [];
    let distance: Float64Array | undefined;
    if (center) {
      distance = new Float64Array(records.length).fill(NaN);
      const box = circleBBox(center, radius);
      for (const r of records) {
        if (!hasPoint(r) || (state && r.state !== state) || !bboxContains(box, r)) continue;
        const d = distanceMiles(center, r);
        if (d <= radius) {
          distance[r.idx] = d;
          out.push(r.idx);
        }
      }
    } else {
      for (const r of records) if (!state || r.state === state) out.push(r.idx);
    }
    this.base = { key, idx: Int32Array.from(out), distance };
    return this.base;
  }
}
