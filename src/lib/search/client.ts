/**
 * Entry of the lazily loaded search chunk: the engine (with Fuse.js) and the
 * shard loader. The page loads it on the first search, not before.
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
