import { useEffect, useMemo, useRef, useState } from 'react';
import type { LatLon } from '../../lib/geo/distance';
import { hasAnyFilter, planShards, toEngineQuery, type ShardPlan } from '../../lib/finder/engine-query';
import type { FinderState } from '../../lib/finder/url-state';
import type { EngineResult } from '../../lib/search/engine';
import type { Manifest } from '../../lib/search/manifest';
import type { SearchRecord } from '../../lib/search/record';
import { queryWords } from '../../lib/search/normalize';
import { startSearchWorker, type SearchWorkerClient } from './search-worker';

let clientPromise: Promise<{ client: SearchWorkerClient; manifest: Manifest }> | undefined;

/** Start the search worker and load the manifest once; safe to call early (e.g. on focus) to warm up. */
export function loadSearchClient() {
  clientPromise ??= (async () => {
    const client = startSearchWorker();
    try {
      return { client, manifest: await client.manifest() };
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
 * `pending`: a search for the current query is running in the worker; what
 * is returned is the previous answer (or a loading state), which the page
 * keeps showing until the new one arrives.
 */
export type SearchStatus = (
  | { status: 'idle' }
  | { status: 'loading'; scope: ShardPlan['scope'] }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: EngineResult; records: readonly SearchRecord[] }
) & { pending?: boolean };

function wantsSearch(state: FinderState, center: LatLon | undefined): boolean {
  return !!center || !!state.state || queryWords(state.q).length > 0 || hasAnyFilter(state);
}

/** Loads what a search needs (worker, manifest, shards) and runs it in the search worker. */
export function useSearch(state: FinderState, center: LatLon | undefined, placePending: boolean): SearchStatus {
  const [loaded, setLoaded] = useState<{ client: SearchWorkerClient; manifest: Manifest }>();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string>();
  const [answer, setAnswer] = useState<{ key: string; result: EngineResult }>();
  const latest = useRef(0);
  const wanted = !placePending && wantsSearch(state, center);

  useEffect(() => {
    if (!wanted || loaded) return;
    let cancelled = false;
    loadSearchClient().then(
      (value) => !cancelled && setLoaded(value),
      () => !cancelled && setError('The search index could not be loaded. Check your connection and try again.'),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, loaded]);

  const plan = useMemo(
    () => (loaded && wanted ? planShards(state, center, loaded.manifest) : undefined),
    [loaded, wanted, state, center],
  );
  const planKey = plan && plan.scope !== 'none' ? `${plan.scope}:${plan.keys.join(',')}` : '';
  const missing = !!plan && plan.scope !== 'none' && !loaded!.client.isLoaded(plan.keys);

  useEffect(() => {
    if (!loaded || !plan || plan.scope === 'none' || !missing) return;
    let cancelled = false;
    setError(undefined);
    loaded.client.ensure(plan.keys).then(
      () => !cancelled && setVersion((v) => v + 1),
      () => !cancelled && setError('Some facility data could not be loaded. Check your connection and try again.'),
    );
    return () => {
      cancelled = true;
    };
    // planKey stands for plan: same key, same shards.
  }, [loaded, planKey, missing]);

  // The page number is not part of the query: turning pages runs no search.
  const query = useMemo(() => toEngineQuery(state, center), [state, center]);
  const queryKey = `${version}|${JSON.stringify(query)}`;
  const runnable = !!loaded && !!plan && plan.scope !== 'none' && !missing;

  useEffect(() => {
    if (!runnable) return;
    // Request ids: only the newest request may set the answer; older replies are dropped.
    const id = ++latest.current;
    loaded!.client.search(query).then(
      (result) => result && id === latest.current && setAnswer({ key: queryKey, result }),
      () => id === latest.current && setError('The search failed. Reload the page and try again.'),
    );
    // queryKey stands for query (and version: shards added to the store change the result).
  }, [runnable, loaded, queryKey]);

  if (error) return { status: 'error', message: error };
  if (!wanted) return { status: 'idle' };
  if (!loaded || !plan) return { status: 'loading', scope: 'none' };
  if (plan.scope === 'none') return { status: 'idle' };
  if (missing) return { status: 'loading', scope: plan.scope };
  const pending = answer?.key !== queryKey;
  if (!answer) return { status: 'loading', scope: plan.scope, pending };
  return { status: 'ready', result: answer.result, records: loaded.client.records, pending };
}
