/** Fetches a file of the built site by path relative to the base URL; rejects on HTTP errors. */
export type FetchJson = (path: string) => Promise<unknown>;
export type FetchBytes = (path: string) => Promise<Uint8Array>;

/** Files fetched at once: enough to fill a connection pool, few enough not to starve the page. */
const CONCURRENCY = 6;

/**
 * Fetches each search file at most once: concurrent requests for the same
 * file share one fetch, and a failed fetch may be tried again later (the
 * network may be back).
 */
export class FileLoader {
  private readonly done = new Set<string>();
  private readonly inFlight = new Map<string, Promise<void>>();

  has(path: string): boolean {
    return this.done.has(path);
  }

  /** Fetch and apply every listed file not applied yet, a few at a time. */
  async ensure(paths: readonly string[], fetchAndApply: (path: string) => Promise<void>): Promise<void> {
    const queue = [...new Set(paths)].filter((p) => !this.done.has(p));
    const next = async (): Promise<void> => {
      const path = queue.shift();
      if (path === undefined) return;
      await this.load(path, fetchAndApply);
      return next();
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, next));
  }

  private load(path: string, fetchAndApply: (path: string) => Promise<void>): Promise<void> {
    if (this.done.has(path)) return Promise.resolve();
    let pending = this.inFlight.get(path);
    if (!pending) {
      pending = fetchAndApply(path)
        .then(() => void this.done.add(path))
        .finally(() => this.inFlight.delete(path));
      this.inFlight.set(path, pending);
    }
    return pending;
  }
}
