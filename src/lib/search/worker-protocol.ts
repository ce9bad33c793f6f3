import type { FilterGroupKey } from './group-keys';
import type { Manifest } from './manifest';
import type { SearchRecord } from './record';
import type { SearchAnswer, SearchRequest } from './service';

/** What the page asks the search worker; `id` pairs each reply with its request. */
export type WorkerRequest =
  | { id: number; type: 'manifest' }
  | { id: number; type: 'search'; request: SearchRequest }
  | { id: number; type: 'complete-counts'; groups: readonly FilterGroupKey[] }
  | { id: number; type: 'prefetch-names'; chars: readonly string[] }
  /** Load the facilities at these ordinals (every result of a search, for a download). */
  | { id: number; type: 'records'; ordinals: Int32Array };

/**
 * Every reply carries the records the page has not seen yet, so every
 * ordinal in an answer points at a record the page holds, or one still
 * loading for the page shown: those come in a later message with id 0
 * (see search.worker.ts), and beyond the page shown are not needed yet.
 */
export type WorkerReply =
  | { id: number; ok: true; added: SearchRecord[]; manifest?: Manifest; answer?: SearchAnswer }
  | { id: number; ok: false; added: SearchRecord[]; message: string };
