import { isManifest, type Manifest } from './manifest';
import type { RecordStore } from './store';

/** Fetches a JSON file of the built site by path relative to the base URL; rejects on HTTP errors. */
export type FetchJson = (path: string) => Promise<unknown>;

/** Shards fetched at once: enough to fill a connection pool, few enough not to starve the page. */
const CONCURRENCY = 6;

/**
 * Loads the manifest and shards on demand, each at most once (concurrent
 * requests for the same shard share one fetch), into a RecordStore.
 */
export class ShardLoader {
  private manifestPromise?: Promise<Manifest>;
  private readonly loaded = new Set<string>();
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly fetchJson: FetchJson,
    private readonly store: RecordStore,
  ) {}

  manifest(): Promise<Manifest> {
    this.manifestPromise ??= this.fetchJson('search/manifest.json').then((m) => {
      if (!isManifest(m)) throw new Error('The search index is damaged or from another version.');
      return m;
    });
    // A failed fetch may succeed later (network back): do not cache the failure.
    this.manifestPromise.catch(() => (this.manifestPromise = undefined));
    return this.manifestPromise;
  }

  isLoaded(keys: readonly string[]): boolean {
    return keys.every((k) => this.loaded.has(k));
  }

  /** Load every listed shard not loaded yet. */
  async ensure(keys: readonly string[]): Promise<void> {
    const queue = keys.filter((k) => !this.loaded.has(k));
    const waits: Promise<void>[] = [];
    const next = async (): Promise<void> => {
      const key = queue.shift();
      if (key === undefined) return;
      await this.load(key);
      return next();
    };
    for (let i = 0; i < CONCURRENCY; i++) waits.push(next());
    await Promise.all(waits);
  }

  private load(key: string): Promise<void> {
    if (this.loaded.has(key)) return Promise.resolve();
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.fetchJson(`search/c/${key}.json`)
        .then((shard) => {
          const rows = (shard as { r?: unknown }).r;
          if (Array.isArray(rows)) this.store.addRows(rows);
          this.loaded.add(key);
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }
}
