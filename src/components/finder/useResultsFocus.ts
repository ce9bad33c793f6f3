import { useEffect, useRef, useState } from 'react';

/**
 * After a search the person asked for (Enter, "Search", "Use my location"),
 * focus moves to the results count once the results are in, and the page
 * scrolls so the count and the first result are in view. On a phone that
 * is the difference between seeing results and seeing the form.
 * Typing alone never moves focus.
 */
export function useResultsFocus(settled: boolean) {
  const target = useRef<HTMLParagraphElement>(null);
  const [wanted, setWanted] = useState(0);
  const handled = useRef(0);

  useEffect(() => {
    if (!settled || wanted === handled.current) return;
    handled.current = wanted;
    moveTo(target.current);
  }, [settled, wanted]);

  return {
    target,
    /** Ask for focus once the search under way settles. */
    request: () => setWanted((n) => n + 1),
    /** Move focus now (the results are already there). */
    now: () => moveTo(target.current),
  };
}

function moveTo(element: HTMLElement | null) {
  if (!element) return;
  element.focus({ preventScroll: true });
  // Start at how the words were read, when shown, so the chips are seen with
  // the count; scroll-padding-top keeps it clear of the sticky crisis bar.
  const start = element.closest('.finder-results')?.querySelector<HTMLElement>('.finder-reading') ?? element;
  start.scrollIntoView({ block: 'start' });
}

/** Whether the screen is wide enough for the two-column finder (matches finder.css). */
export function useWideScreen(): boolean {
  const [wide] = useState(() => typeof window !== 'undefined' && window.matchMedia?.('(min-width: 60rem)').matches);
  return wide;
}
