import type { FilterGroupKey } from '../../lib/search/groups';
import type { Manifest } from '../../lib/search/manifest';
import type { SearchRecord } from '../../lib/search/record';
import type { SearchAnswer, SearchRequest } from '../../lib/search/service';
import type { WorkerReply, WorkerRequest } from '../../lib/search/worker-protocol';

type Ok = Extract<WorkerReply, { ok: true }>;
type Body = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * The page's side of the search worker. It mirrors the worker's records by
 * ordinal (the list and map render them) and sends at most one search at a
 * time: a query typed while another runs replaces any still waiting, so the
 * worker never works through a backlog of superseded keystrokes.
 */
export class SearchWorkerClient {
  /** Records loaded so far, by ordinal; holes are facilities not loaded. */
  readonly records: (SearchRecord | undefined)[] = [];
  private readonly calls = new Map<number, { resolve(reply: Ok): void; reject(error: Error): void }>();
  private nextId = 1;
  private busy = false;
  private queued?: { request: SearchRequest; resolve(a: SearchAnswer | undefined): void; reject(e: Error): void };
  private readonly listeners = new Set<() => void>();
  /** The newest search asked for, so asking again for the same one (from the URL's echo) sends nothing. */
  private last?: { key: string; answer: Promise<SearchAnswer | undefined> };

  constructor(private readonly worker: Worker) {
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      // Replies arrive in order, so records are in place before any answer that refers to them.
      for (const record of reply.added) this.records[record.idx] = record;
      // Id 0: the facilities of a page shown before they were loaded.
      if (reply.id === 0 && reply.added.length) for (const listener of this.listeners) listener();
      const call = this.calls.get(reply.id);
      this.calls.delete(reply.id);
      if (reply.ok) call?.resolve(reply);
      else call?.reject(new Error(reply.message));
    });
    worker.addEventListener('error', () => this.failAll(new Error('The search worker failed.')));
  }

  private call(body: Body): Promise<Ok> {
    const id = this.nextId++;
    return new Promise<Ok>((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id } as WorkerRequest);
    });
  }

  private failAll(error: Error) {
    for (const call of this.calls.values()) call.reject(error);
    this.calls.clear();
  }

  async manifest(): Promise<Manifest> {
    return (await this.call({ type: 'manifest' })).manifest!;
  }

  /** Load what the remaining filter counts need (state and national searches). */
  async completeCounts(groups: readonly FilterGroupKey[]): Promise<void> {
    await this.call({ type: 'complete-counts', groups: [...groups] });
    // The same search now answers with more counts: ask the worker again.
    this.last = undefined;
  }

  /** Fetch name shards before they are searched (a word has just been started). */
  prefetchNames(chars: readonly string[]): void {
    void this.call({ type: 'prefetch-names', chars: [...chars] }).catch(() => undefined);
  }

  /** Every record at these ordinals, loading those not here yet (all results of a search, for a download). */
  async loadRecords(ordinals: Int32Array): Promise<(SearchRecord | undefined)[]> {
    await this.call({ type: 'records', ordinals });
    return Array.from(ordinals, (n) => this.records[n]);
  }

  /** Call `listener` whenever facilities arrive for a page already answered. */
  onRecords(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs a search; resolves undefined when a newer search replaced it before
   * it was sent. The same search asked again while it is the newest shares
   * its answer: the page sends a search as soon as a key is pressed, and
   * again when the results area renders for it.
   */
  search(request: SearchRequest): Promise<SearchAnswer | undefined> {
    const key = JSON.stringify(request);
    if (this.last?.key === key) return this.last.answer;
    const answer = new Promise<SearchAnswer | undefined>((resolve, reject) => {
      this.queued?.resolve(undefined);
      this.queued = { request, resolve, reject };
      this.pump();
    });
    this.last = { key, answer };
    return answer;
  }

  private pump() {
    if (this.busy || !this.queued) return;
    const job = this.queued;
    this.queued = undefined;
    this.busy = true;
    this.call({ type: 'search', request: job.request })
      .then((reply) => job.resolve(reply.answer), job.reject)
      .finally(() => {
        this.busy = false;
        this.pump();
      });
  }

  terminate() {
    this.worker.terminate();
    this.failAll(new Error('The search worker was stopped.'));
  }
}

/** Start the worker: Vite bundles it as its own chunk, fetched only now. */
export function startSearchWorker(): SearchWorkerClient {
  return new SearchWorkerClient(
    new Worker(new URL('../../lib/search/search.worker.ts', import.meta.url), { type: 'module', name: 'search' }),
  );
}
