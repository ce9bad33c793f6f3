import type { EngineQuery, EngineResult } from '../../lib/search/engine';
import type { Manifest } from '../../lib/search/manifest';
import type { SearchRecord } from '../../lib/search/record';
import type { WorkerReply, WorkerRequest } from '../../lib/search/worker-protocol';

type Ok = Extract<WorkerReply, { ok: true }>;
type Body = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * The page's side of the search worker. It mirrors the worker's records
 * (the list and map render them) and sends at most one search at a time:
 * a query typed while another runs replaces any still waiting, so the
 * worker never works through a backlog of superseded keystrokes.
 */
export class SearchWorkerClient {
  /** Every record loaded so far, in store order; grows in place, like the store's array. */
  readonly records: SearchRecord[] = [];
  private readonly loaded = new Set<string>();
  private readonly calls = new Map<number, { resolve(reply: Ok): void; reject(error: Error): void }>();
  private nextId = 1;
  private busy = false;
  private queued?: { query: EngineQuery; resolve(result: EngineResult | undefined): void; reject(e: Error): void };

  constructor(private readonly worker: Worker) {
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      // Replies arrive in order, so records are appended before any result that refers to them.
      for (const record of reply.added) this.records.push(record);
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

  isLoaded(keys: readonly string[]): boolean {
    return keys.every((k) => this.loaded.has(k));
  }

  async ensure(keys: readonly string[]): Promise<void> {
    await this.call({ type: 'ensure', keys: [...keys] });
    for (const key of keys) this.loaded.add(key);
  }

  /** Runs a search; resolves undefined when a newer search replaced it before it was sent. */
  search(query: EngineQuery): Promise<EngineResult | undefined> {
    return new Promise((resolve, reject) => {
      this.queued?.resolve(undefined);
      this.queued = { query, resolve, reject };
      this.pump();
    });
  }

  private pump() {
    if (this.busy || !this.queued) return;
    const job = this.queued;
    this.queued = undefined;
    this.busy = true;
    this.call({ type: 'search', query: job.query })
      .then((reply) => job.resolve(reply.result), job.reject)
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
