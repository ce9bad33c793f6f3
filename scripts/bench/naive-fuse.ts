import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { GROUPS } from '../../src/lib/search/groups';
import type { Term } from '../../src/lib/taxonomy';

/**
 * The naive baseline: Fuse.js over every facility (all map cells loaded),
 * in the same browser, for the same keystrokes. A: names, alternate names
 * and cities, every keystroke. B: taxonomy labels and synonyms too,
 * complete queries only (each takes seconds).
 */
export async function naiveFuse(page: Page, root: string, site: string, queries: readonly string[]) {
  const fuseSource = readFileSync(resolve(root, 'node_modules/fuse.js/dist/fuse.min.mjs'), 'utf8').replace(
    /export\s*\{\s*(\w+) as default\s*\};?\s*$/,
    'window.Fuse=$1;',
  );
  await page.addScriptTag({ content: fuseSource });
  const termText = GROUPS.map((g) => (g.terms as readonly Term[]).map((t) => [t.label, ...(t.synonyms ?? [])]));
  return page.evaluate(
    async ({ base, termText, queries }) => {
      type Row = unknown[];
      const get = async (p: string) => (await fetch(base + p)).json();
      const cells = (await get('search/cells.json')) as [string][];
      const files = (await Promise.all(cells.map((c) => get(`search/c/${c[0]}.json`)))) as { r: Row[] }[];
      // Packed rows: [ordinal, id, name, alt, city, state, lat, lon, flags, phone, ...masks]
      const docs = files.flatMap((s) =>
        s.r.map((r) => {
          const terms: string[] = [];
          termText.forEach((group, g) => {
            const mask = Number(r[10 + g]) >>> 0;
            group.forEach((words, bit) => {
              if ((mask >>> bit) & 1) terms.push(...words);
            });
          });
          return { name: r[2], alt: r[3], city: r[4], terms };
        }),
      );
      type FuseLike = { search(q: string): unknown[] };
      const FuseCtor = (window as unknown as { Fuse: new (d: unknown[], o: unknown) => FuseLike }).Fuse;
      const options = { threshold: 0.3, ignoreLocation: true };
      let t0 = performance.now();
      const plain = new FuseCtor(docs, { ...options, keys: ['name', 'alt', 'city'] });
      const indexMs = performance.now() - t0;
      const times: number[] = [];
      for (const q of queries) {
        for (let i = 1; i <= q.length; i++) {
          const t = performance.now();
          plain.search(q.slice(0, i).trim());
          times.push(performance.now() - t);
        }
      }
      t0 = performance.now();
      const full = new FuseCtor(docs, { ...options, keys: ['name', 'alt', 'city', 'terms'] });
      const fullIndexMs = performance.now() - t0;
      const fullTimes: number[] = [];
      for (const q of queries) {
        const t = performance.now();
        full.search(q);
        fullTimes.push(performance.now() - t);
      }
      return { times, indexMs, fullTimes, fullIndexMs, records: docs.length };
    },
    { base: site, termText, queries },
  );
}
