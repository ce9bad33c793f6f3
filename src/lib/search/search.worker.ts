/**
 * The search in a module worker: file fetching, unpacking, indexing and
 * every query run here, so typing on the page never waits for them.
 */
import { SearchService } from './service';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

// The worker's own global: typed narrowly because the project compiles with the DOM lib only.
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

// Paths are relative to the site's base; the worker's own URL is under /_astro/, so resolve here.
const base = import.meta.env.BASE_URL ?? '/';
const prefix = base.endsWith('/') ? base : `${base}/`;

async function fetchFile(path: string): Promise<Response> {
  const response = await fetch(prefix + path.replace(/^\/+/, ''), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return response;
}

const service = new SearchService(
  async (path) => (await fetchFile(path)).json(),
  async (path) => new Uint8Array(await (await fetchFile(path)).arrayBuffer()),
);
/** How many records the page holds already. */
let sent = 0;

function added() {
  const log = service.store?.log ?? [];
  const out = log.slice(sent);
  sent = log.length;
  return out;
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  switch (request.type) {
    case 'manifest':
      return { id: request.id, ok: true, added: [], manifest: await service.manifest() };
    case 'search': {
      const answer = await service.search(request.request);
      if (!answer.pageLoaded) {
        // Answer now; send the page's facilities once they are in (message id 0).
        void service.loadPage(request.request, answer.result).then(
          () => scope.postMessage({ id: 0, ok: true, added: added() }),
          (error: unknown) => scope.postMessage({ id: 0, ok: false, added: added(), message: String(error) }),
        );
      }
      return { id: request.id, ok: true, answer, added: added() };
    }
    case 'prefetch-names':
      await service.prefetchNames(request.chars);
      return { id: request.id, ok: true, added: [] };
    case 'records':
      await service.loadRecords(request.ordinals);
      return { id: request.id, ok: true, added: added() };
    case 'complete-counts':
      await service.completeCounts(request.groups);
      return { id: request.id, ok: true, added: added() };
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
