import type { Page } from '@playwright/test';
import { waitForResults } from '../../tests/e2e/support/finder';

type Probe = { keyAt: number; marks: { t: number; key: string; phase: string }[] };

/** Records, in the page, the time of every results-section change and of every keydown. */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: Probe };
    w.__bench = { keyAt: 0, marks: [] };
    const el = document.querySelector<HTMLElement>('.finder-results')!;
    new MutationObserver(() => {
      w.__bench.marks.push({ t: performance.now(), key: el.dataset.resultsKey ?? '', phase: el.dataset.phase ?? '' });
    }).observe(el, { attributes: true, attributeFilter: ['data-results-key', 'data-phase'] });
    document.addEventListener('keydown', () => (w.__bench.keyAt = performance.now()), true);
    document.addEventListener('input', () => (w.__bench.keyAt ||= performance.now()), true);
  });
}

export async function resetProbe(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __bench: Probe }).__bench.keyAt = 0));
}

/**
 * Milliseconds from the last keydown to the first DOM update showing results
 * for `params` in one of `phases` (waiting for the last of them).
 */
export async function latencyFor(
  page: Page,
  params: Record<string, string>,
  phases: readonly string[] = ['ready'],
): Promise<number> {
  await waitForResults(page, params, [phases.at(-1)!]);
  return page.evaluate(
    ({ wanted, phases }) => {
      const w = window as unknown as { __bench: Probe };
      const hit = w.__bench.marks.find((m) => {
        if (m.t < w.__bench.keyAt || !phases.includes(m.phase)) return false;
        const p = new URLSearchParams(m.key.split('|')[0]);
        return Object.entries(wanted).every(([k, v]) => p.get(k) === v);
      });
      return hit ? hit.t - w.__bench.keyAt : NaN;
    },
    { wanted: params, phases },
  );
}

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const ms = (n: number) => `${n.toFixed(1)} ms`;
