import type { EngineQuery, EngineResult } from './engine';
import type { Manifest } from './manifest';
import type { SearchRecord } from './record';

/** What the page asks the search worker; `id` pairs each reply with its request. */
export type WorkerRequest =
  | { id: number; type: 'manifest' }
  | { id: number; type: 'ensure'; keys: string[] }
  | { id: number; type: 'search'; query: EngineQuery };

/**
 * Every reply carries the records the page has not seen yet, so record
 * indexes in a result always point at records the page already holds.
 */
export type WorkerReply =
  | { id: number; ok: true; added: SearchRecord[]; manifest?: Manifest; result?: EngineResult }
  | { id: number; ok: false; added: SearchRecord[]; message: string };
