import { useEffect, useMemo, useState } from 'react';
import type { LatLon } from '../../lib/geo/distance';
import { hasAnyFilter, planShards, toEngineQuery, type ShardPlan } from '../../lib/finder/engine-query';
import type { FinderState } from '../../lib/finder/url-state';
import type { SearchClient } from '../../lib/search/client';
import type { EngineResult } from '../../lib/search/engine';
import type { Manifest } from '../../lib/search/manifest';
import { queryWords } from '../../lib/search/normalize';
import { fetchJson } from './fetch-json';

let clientPromise: Promise<{ client: SearchClient; manifest: Manifest }> | undefined;

/** Load the search chunk and the manifest once; safe to call early (e.g. on focus) to warm up. */
export function loadSearchClient() {
  clientPromise ??= import('../../lib/search/client')
    .then(async ({ createSearchClient }) => {
      const client = createSearchClient(fetchJson);
      return { client, manifest: await client.loader.manifest() };
    })
    .catch((error: unknown) => {
      clientPromise = undefined;
      throw error;
    });
  return clientPromise;
}

export type SearchStatus =
  | { status: 'idle' }
  | { status: 'loading'; scope: ShardPlan['scope'] }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: EngineResult; client: SearchClient };

function wantsSearch(state: FinderState, center: LatLon | undefined): boolean {
  return !!center || !!state.state || queryWords(state.q).length > 0 || hasAnyFilter(state);
}

/**
 * Loads what a search needs (search code, manifest, shards) and runs it.
 * `state` should be a deferred value: the engine runs synchronously during
 * render, after the urgent update of the text box.
 */
export function useSearch(state: FinderState, center: LatLon | undefined, placePending: boolean): SearchStatus {
  const [loaded, setLoaded] = useState<{ client: SearchClient; manifest: Manifest }>();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string>();
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
  const missing = !!plan && plan.scope !== 'none' && !loaded!.client.loader.isLoaded(plan.keys);

  useEffect(() => {
    if (!loaded || !plan || plan.scope === 'none' || !missing) return;
    let cancelled = false;
    setError(undefined);
    loaded.client.loader.ensure(plan.keys).then(
      () => !cancelled && setVersion((v) => v + 1),
      () => !cancelled && setError('Some facility data could not be loaded. Check your connection and try again.'),
    );
    return () => {
      cancelled = true;
    };
    // planKey stands for plan: same key, same shards.
  }, [loaded, planKey, missing]);

  const result = useMemo(() => {
    if (!loaded || !plan || plan.scope === 'none' || missing) return undefined;
    return loaded.client.engine.search(toEngineQuery(state, center));
    // version: shards added to the store change the result.
  }, [loaded, plan, missing, state, center, version]);

  if (error) return { status: 'error', message: error };
  if (!wanted) return { status: 'idle' };
  if (!loaded || !plan) return { status: 'loading', scope: 'none' };
  if (plan.scope === 'none') return { status: 'idle' };
  if (!result) return { status: 'loading', scope: plan.scope };
  return { status: 'ready', result, client: loaded.client };
}
