/**
 * The engine (with Fuse.js) and the shard loader together. They run in the
 * search worker (search.worker.ts), which the page starts on the first search.
 */
import { SearchEngine } from './engine';
import { ShardLoader, type FetchJson } from './loader';

export interface SearchClient {
  engine: SearchEngine;
  loader: ShardLoader;
}

export function createSearchClient(fetchJson: FetchJson): SearchClient {
  const engine = new SearchEngine();
  return { engine, loader: new ShardLoader(fetchJson, engine.store) };
}

export { SearchEngine };
