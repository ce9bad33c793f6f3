import { useEffect, useRef, useState } from 'react';
import type { EngineResult, SearchScope } from '../../lib/search/engine';
import type { SearchRecord } from '../../lib/search/record';
import type { SearchRequest } from '../../lib/search/service';
import { useFinderText } from './i18n';
import { startSearchWorker, type SearchWorkerClient } from './search-worker';

let clientPromise: Promise<SearchWorkerClient> | undefined;

/** Start the search worker and load the manifest once; safe to call early (e.g. on focus) to warm up. */
export function loadSearchClient(): Promise<SearchWorkerClient> {
  clientPromise ??= (async () => {
    const client = startSearchWorker();
    try {
      await client.manifest();
      return client;
    } catch (error) {
      client.terminate();
      throw error;
    }
  })().catch((error: unknown) => {
    clientPromise = undefined;
    throw error;
  });
  return clientPromise;
}

/**
 * `pending`: a search for the current request is running in the worker; what
 * is returned is the previous answer (or a loading state), which the page
 * keeps showing until the new one arrives.
 */
export type SearchStatus = (
  | { status: 'idle' }
  | { status: 'loading'; scope: SearchScope }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      result: EngineResult;
      records: readonly (SearchRecord | undefined)[];
      /** Changes when more records have arrived (the array itself only grows in place). */
      recordsVersion: number;
      complete: boolean;
    }
) & { pending?: boolean };

function scopeOf(request: SearchRequest): SearchScope {
  return request.center ? 'place' : request.state ? 'state' : 'national';
}

/**
 * Runs the request in the search worker (which loads what it needs) and
 * returns the newest answer. A state or national answer may come before all
 * filter counts are loaded: the counts are then completed and the search
 * run again, so the list shows at once and the counts follow.
 */
export function useSearch(request: SearchRequest | undefined): SearchStatus {
  const t = useFinderText().t.summary;
  const [client, setClient] = useState<SearchWorkerClient>();
  /** Bumped when facilities arrive for the page shown, so the list fills in. */
  const [arrivals, setArrivals] = useState(0);
  useEffect(() => client?.onRecords(() => setArrivals((n) => n + 1)), [client]);
  const [error, setError] = useState<string>();
  const [answer, setAnswer] = useState<{ key: string; result: EngineResult; complete: boolean }>();
  const latest = useRef(0);
  const key = request ? JSON.stringify(request) : '';

  useEffect(() => {
    if (!request || client) return;
    let cancelled = false;
    loadSearchClient().then(
      (value) => !cancelled && setClient(value),
      () => !cancelled && setError(t.indexFailed),
    );
    return () => {
      cancelled = true;
    };
  }, [!!request, client]);

  useEffect(() => {
    if (!client || !request) return;
    // Request ids: only the newest request may set the answer; older replies are dropped.
    const id = ++latest.current;
    setError(undefined);
    const run = () =>
      client.search(request).then((reply) => {
        if (!reply || id !== latest.current) return;
        setAnswer({ key, result: reply.result, complete: reply.complete });
        if (!reply.complete) {
          void client.completeCounts(request.countGroups).then(() => {
            if (id === latest.current) void run();
          });
        }
      });
    run().catch(() => id === latest.current && setError(t.dataFailed));
    // key stands for request.
  }, [client, key]);

  if (error) return { status: 'error', message: error };
  if (!request) return { status: 'idle' };
  const pending = answer?.key !== key;
  if (!client || !answer) return { status: 'loading', scope: scopeOf(request), pending };
  return {
    status: 'ready',
    result: answer.result,
    records: client.records,
    recordsVersion: arrivals,
    complete: answer.complete,
    pending,
  };
}

/** Fetch the name shard of a word just started, so its search does not wait for the download. */
export function prefetchNames(chars: readonly string[]): void {
  if (!chars.length || !clientPromise) return;
  void clientPromise.then((client) => client.prefetchNames(chars)).catch(() => undefined);
}

/**
 * Send a search at once, from the key press itself, rather than after the
 * page has rendered for it: the worker starts while React renders, and the
 * search useSearch then asks for is the same one, answered once.
 */
export function searchEarly(request: SearchRequest | undefined): void {
  if (!request || !clientPromise) return;
  void clientPromise.then((client) => client.search(request)).catch(() => undefined);
}
