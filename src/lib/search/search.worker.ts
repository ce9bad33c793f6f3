/**
 * The search engine in a module worker: shard fetching, unpacking, indexing
 * and every query run here, so typing on the page never waits for them.
 */
import { createSearchClient } from './client';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

// The worker's own global: typed narrowly because the project compiles with the DOM lib only.
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

// Paths are relative to the site's base; the worker's own URL is under /_astro/, so resolve here.
const base = import.meta.env.BASE_URL ?? '/';
const prefix = base.endsWith('/') ? base : `${base}/`;

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(prefix + path.replace(/^\/+/, ''), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return response.json();
}

const client = createSearchClient(fetchJson);
/** How many records the page holds already. */
let sent = 0;

function added() {
  const records = client.engine.store.records;
  const out = records.slice(sent);
  sent = records.length;
  return out;
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  switch (request.type) {
    case 'manifest':
      return { id: request.id, ok: true, added: [], manifest: await client.loader.manifest() };
    case 'ensure':
      await client.loader.ensure(request.keys);
      return { id: request.id, ok: true, added: added() };
    case 'search': {
      const result = client.engine.search(request.query);
      return { id: request.id, ok: true, added: added(), result };
    }
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  handle(request).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) =>
      scope.postMessage({
        id: request.id,
        ok: false,
        added: added(),
        message: String((error as Error)?.message ?? error),
      }),
  );
});
