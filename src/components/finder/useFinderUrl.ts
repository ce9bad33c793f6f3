import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_STATE, parseFinderUrl, toFinderSearchParams, type FinderState } from '../../lib/finder/url-state';

/** How long typing must pause before the URL follows it. */
const URL_DELAY_MS = 300;

const currentUrl = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

/**
 * The finder state lives in the URL, so a reload or a shared link shows the
 * same search. Changes replace the history entry rather than adding one:
 * Back then leaves the finder instead of stepping through searches, and
 * after a quick exit it cannot bring a search back. The URL follows typing
 * once it pauses (Chrome's replaceState costs milliseconds per call).
 * The first render uses the defaults so it matches the server-rendered HTML.
 */
export function useFinderUrl() {
  const [state, setState] = useState<FinderState>(DEFAULT_STATE);
  const [ignored, setIgnored] = useState<string[]>([]);
  /** Counts reads of the URL (load, Back, Forward), so text boxes can follow them. */
  const [revision, setRevision] = useState(0);

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
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  /** Show `next` at once; write it to the URL now, or once typing pauses (`soon`). */
  const update = useCallback(
    (next: FinderState, when: 'now' | 'soon' = 'now') => {
      setState(next);
      setIgnored((old) => (old.length ? [] : old));
      const query = toFinderSearchParams(next).toString();
      const { pathname, hash } = window.location;
      const url = `${pathname}${query ? `?${query}` : ''}${hash}`;
      if (pending.current) window.clearTimeout(pending.current.timer);
      pending.current = { url, timer: window.setTimeout(flush, when === 'soon' ? URL_DELAY_MS : 0) };
      if (when === 'now') flush();
    },
    [flush],
  );

  // Do not lose the last words typed when the page is left.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush]);

  return { state, ignored, revision, update };
}
