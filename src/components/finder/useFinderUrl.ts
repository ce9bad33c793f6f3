import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_STATE, parseFinderUrl, toFinderSearchParams, type FinderState } from '../../lib/finder/url-state';

export type HistoryMode = 'push' | 'replace';

/** How long typing must pause before the URL follows it. */
const URL_DELAY_MS = 300;

const currentUrl = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

/**
 * The finder state lives in the URL: read on load and on Back/Forward,
 * written on every change (push for a new search, replace while typing).
 * The first render uses the defaults so it matches the server-rendered HTML.
 */
export function useFinderUrl() {
  const [state, setState] = useState<FinderState>(DEFAULT_STATE);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  /** Counts reads of the URL (load, Back, Forward), so text boxes can follow them. */
  const [revision, setRevision] = useState(0);

  // While someone types, the URL is rewritten once they pause: Chrome's
  // replaceState costs milliseconds, and typing must not wait for it.
  const pending = useRef<{ url: string; timer: number } | undefined>(undefined);
  const flush = useCallback(() => {
    if (!pending.current) return;
    window.clearTimeout(pending.current.timer);
    const { url } = pending.current;
    pending.current = undefined;
    if (url !== currentUrl()) window.history.replaceState(null, '', url);
  }, []);

  useEffect(() => {
    const read = () => {
      if (pending.current) window.clearTimeout(pending.current.timer);
      pending.current = undefined;
      const parsed = parseFinderUrl(window.location.search);
      setState(parsed.state);
      setIgnored(parsed.ignored);
      setRevision((r) => r + 1);
    };
    read();
    setReady(true);
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  const update = useCallback(
    (next: FinderState, mode: HistoryMode) => {
      setState(next);
      setIgnored((old) => (old.length ? [] : old));
      const query = toFinderSearchParams(next).toString();
      const { pathname, hash } = window.location;
      const url = `${pathname}${query ? `?${query}` : ''}${hash}`;
      if (mode === 'replace') {
        if (pending.current) window.clearTimeout(pending.current.timer);
        pending.current = { url, timer: window.setTimeout(flush, URL_DELAY_MS) };
        return;
      }
      flush();
      if (url !== currentUrl()) window.history.pushState(null, '', url);
    },
    [flush],
  );

  // Do not lose the last words typed when the page is left.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush]);

  return { state, ignored, ready, revision, update };
}
