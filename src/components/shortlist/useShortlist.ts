import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { lookUp, type DetailFile, type Lookup } from '../../lib/shortlist/details';
import { parseShortlist, type Shortlist } from '../../lib/shortlist/list';
import { readShortlist, storedText, subscribe, writeShortlist } from '../../lib/shortlist/storage';
import { withBase } from '../../lib/site-paths';
import { storageErrorText } from './save-toggle';

/**
 * The shortlist as this device stores it, kept in step with other tabs, and
 * `update` to change it. `error` says why the last change could not be
 * stored (storage off or full, list full).
 */
export function useShortlist() {
  const raw = useSyncExternalStore(subscribe, storedText, () => null);
  const list = useMemo(() => parseShortlist(raw), [raw]);
  const [error, setError] = useState<string>();
  const update = useCallback((change: (list: Shortlist) => Shortlist): boolean => {
    try {
      writeShortlist(change(readShortlist()));
      setError(undefined);
      return true;
    } catch (e) {
      setError(storageErrorText(e));
      return false;
    }
  }, []);
  return { list, update, error };
}

/** One shard of facility details from the site; undefined if the site has no such file. */
async function fetchDetailFile(path: string): Promise<DetailFile | undefined> {
  const response = await fetch(withBase(path), { credentials: 'same-origin' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  const file = (await response.json()) as DetailFile;
  if (!file || typeof file.listings !== 'object' || typeof file.moved !== 'object') throw new Error(`Damaged ${path}`);
  return file;
}

/** The details of each saved id, fetched from the site's small per-shard files as ids appear. */
export function useDetails(ids: readonly string[]) {
  const [lookups, setLookups] = useState<ReadonlyMap<string, Lookup>>(new Map());
  const [failed, setFailed] = useState<string>();
  const missing = ids.filter((id) => !lookups.has(id)).join(',');
  useEffect(() => {
    if (!missing) return;
    let cancelled = false;
    lookUp(missing.split(','), fetchDetailFile).then(
      (found) => !cancelled && setLookups((known) => new Map([...known, ...found])),
      () => !cancelled && setFailed(missing),
    );
    return () => {
      cancelled = true;
    };
  }, [missing]);
  // Worked out on every render, so "ready" never shows for ids not looked up yet.
  const status: 'loading' | 'ready' | 'error' = !missing ? 'ready' : failed === missing ? 'error' : 'loading';
  return { lookups, status };
}
