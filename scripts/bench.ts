/**
 * npm run bench — finder performance on the full built site (run `npm run
 * build` first). Serves dist/ with `astro preview`, drives Debian's Chromium
 * and prints:
 *   - bytes per step (gzip): initial page, ZIP search, national text search;
 *   - ZIP-to-results time;
 *   - keystroke-to-results p50/p95 for a fixed list of queries over the whole
 *     national dataset, through the real page (input event to results in the DOM);
 *   - the same keystrokes through a naive Fuse.js over ALL records, in the same
 *     browser, and the ratio.
 * Not part of `npm test`: timings never decide pass or fail.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'astro';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { recordResponses, stubTiles, sumGzip, waitForFinder, waitForResults } from '../tests/e2e/support/finder';
import { GROUPS } from '../src/lib/search/groups';
import { queryWords } from '../src/lib/search/normalize';
import type { Term } from '../src/lib/taxonomy';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const BASE_PATH = process.env.BASE_PATH ?? '/';
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE = `${ORIGIN}${BASE_PATH}`;
const ZIP = '80203';
/** Typed one character at a time over the national dataset. */
const QUERIES = ['serenety', 'dual diagnosis', 'eating disorders iop', 'recovery center denver', 'spanish medicaid'];
const KEY_DELAY_MS = 60;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Records, in the page, the time of every results-section change and of every keydown. */
async function installProbe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { keyAt: number; marks: { t: number; key: string; phase: string }[] } };
    w.__bench = { keyAt: 0, marks: [] };
    const el = document.querySelector<HTMLElement>('.finder-results')!;
    new MutationObserver(() => {
      w.__bench.marks.push({ t: performance.now(), key: el.dataset.resultsKey ?? '', phase: el.dataset.phase ?? '' });
    }).observe(el, { attributes: true, attributeFilter: ['data-results-key', 'data-phase'] });
    document.addEventListener('keydown', () => (w.__bench.keyAt = performance.now()), true);
    document.addEventListener('input', () => (w.__bench.keyAt ||= performance.now()), true);
  });
}

/** Milliseconds from the last keydown to the first DOM update showing results for `q`. */
async function latencyFor(page: Page, params: Record<string, string>, phase = 'ready'): Promise<number> {
  await waitForResults(page, params, [phase]);
  return page.evaluate(
    ({ wanted, phase }) => {
      const w = window as unknown as { __bench: { keyAt: number; marks: { t: number; key: string; phase: string }[] } };
      const hit = w.__bench.marks.find((m) => {
        if (m.t < w.__bench.keyAt || m.phase !== phase) return false;
        const p = new URLSearchParams(m.key.split('|')[0]);
        return Object.entries(wanted).every(([k, v]) => p.get(k) === v);
      });
      return hit ? hit.t - w.__bench.keyAt : NaN;
    },
    { wanted: params, phase },
  );
}

async function newPage(browser: Awaited<ReturnType<typeof chromium.launch>>) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await stubTiles(page);
  // tsx names inner functions with a helper that does not exist in the page.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  return page;
}

async function main() {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: PORT } });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const report: Record<string, unknown> = {};
  try {
    // 1. Initial page, then a ZIP search.
    let page = await newPage(browser);
    let rec = recordResponses(page, ORIGIN);
    await page.goto(SITE, { waitUntil: 'networkidle' });
    await waitForFinder(page);
    await rec.settle();
    const initial = sumGzip(rec.list);
    const initialFiles = rec.list.map((r) => `${r.url.replace(ORIGIN, '')} ${kb(r.gzipBytes)}`);
    rec.list.length = 0;
    await installProbe(page);
    await page.evaluate(() => ((window as unknown as { __bench: { keyAt: number } }).__bench.keyAt = 0));
    await page.getByLabel('Where').pressSequentially(ZIP);
    const zipMs = await latencyFor(page, { where: ZIP });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await rec.settle();
    const zipAll = sumGzip(rec.list);
    const zipData = sumGzip(rec.list.filter((r) => r.url.includes('/search/')));
    const zipFiles = rec.list.map((r) => `${r.url.replace(ORIGIN, '')} ${kb(r.gzipBytes)}`);
    const zipCount = await page.locator('#finder-summary').textContent();
    await page.close();

    process.stderr.write(`ZIP search: ${zipMs.toFixed(1)} ms\n`);
    // 2. National free text (no place): loads every shard once.
    page = await newPage(browser);
    await page.goto(SITE, { waitUntil: 'networkidle' });
    await waitForFinder(page);
    rec = recordResponses(page, ORIGIN);
    await installProbe(page);
    const first = QUERIES[0]!;
    const loadStart = Date.now();
    await page.getByLabel('What are you looking for?').fill(first);
    await waitForResults(page, { q: first });
    const nationalLoadMs = Date.now() - loadStart;
    await page.waitForLoadState('networkidle');
    await rec.settle();
    const textAll = sumGzip(rec.list);
    const textShards = rec.list.filter((r) => r.url.includes('/search/c/')).length;

    // 3. Keystrokes over the national dataset.
    if (process.env.BENCH_HIDE_MAP) await page.getByRole('button', { name: 'Hide map' }).click();
    const box = page.getByLabel('What are you looking for?');
    const ours: number[] = [];
    for (const query of QUERIES) {
      process.stderr.write(`typing "${query}"\n`);
      await box.fill('');
      await page.waitForFunction(
        () => document.querySelector<HTMLElement>('.finder-results')?.dataset.phase === 'idle',
      );
      for (let i = 1; i <= query.length; i++) {
        await page.keyboard.press(query[i - 1] === ' ' ? 'Space' : query[i - 1]!);
        const value = query.slice(0, i);
        // A query of stopwords or single letters searches nothing: the page says so ("idle").
        const latency = await latencyFor(page, { q: value }, queryWords(value).length ? 'ready' : 'idle');
        if (Number.isFinite(latency)) ours.push(latency);
        if (process.env.BENCH_VERBOSE) process.stderr.write(`  ${JSON.stringify(value)} ${latency.toFixed(1)} ms\n`);
        await page.waitForTimeout(KEY_DELAY_MS);
      }
    }

    // 4. Naive baseline: Fuse.js over every record, same keystrokes, same browser.
    const fuseSource = readFileSync(resolve(ROOT, 'node_modules/fuse.js/dist/fuse.min.mjs'), 'utf8').replace(
      /export\s*\{\s*(\w+) as default\s*\};?\s*$/,
      'window.Fuse=$1;',
    );
    await page.addScriptTag({ content: fuseSource });
    const termText = GROUPS.map((g) => (g.terms as readonly Term[]).map((t) => [t.label, ...(t.synonyms ?? [])]));
    const naive = await page.evaluate(
      async ({ base, termText, queries }) => {
        type Row = unknown[];
        const get = async (p: string) => (await fetch(base + p)).json();
        const manifest = (await get('search/manifest.json')) as { cells: [string][]; noPoint: number };
        const keys = manifest.cells.map((c) => c[0]);
        if (manifest.noPoint) keys.push('x');
        const shards = (await Promise.all(keys.map((k) => get(`search/c/${k}.json`)))) as { r: Row[] }[];
        const docs = shards.flatMap((s) =>
          s.r.map((r) => {
            const terms: string[] = [];
            termText.forEach((group, g) => {
              const mask = Number(r[9 + g]) >>> 0;
              group.forEach((words, bit) => {
                if ((mask >>> bit) & 1) terms.push(...words);
              });
            });
            return { name: r[1], alt: r[2], city: r[3], terms };
          }),
        );
        type FuseLike = { search(q: string): unknown[] };
        const FuseCtor = (window as unknown as { Fuse: new (d: unknown[], o: unknown) => FuseLike }).Fuse;
        const options = { threshold: 0.3, ignoreLocation: true };
        // A: the usual naive set-up, names and cities only, every keystroke.
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
        // B: with taxonomy labels and synonyms too (what the finder matches),
        // complete queries only: each search takes seconds.
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
      { base: SITE, termText, queries: QUERIES },
    );
    await page.close();

    report.bytes = { initial, zipSearchTotal: zipAll, zipSearchData: zipData, nationalTextTotal: textAll, textShards };
    report.zipToResultsMs = zipMs;
    report.nationalFirstLoadMs = nationalLoadMs;
    report.keystroke = { n: ours.length, p50: pct(ours, 50), p95: pct(ours, 95), max: Math.max(...ours) };
    report.naiveFuse = {
      records: naive.records,
      indexMs: naive.indexMs,
      p50: pct(naive.times, 50),
      p95: pct(naive.times, 95),
    };
    report.naiveFuseWithSynonyms = {
      indexMs: naive.fullIndexMs,
      p50: pct(naive.fullTimes, 50),
      max: Math.max(...naive.fullTimes),
    };
    report.ratio = { p50: pct(naive.times, 50) / pct(ours, 50), p95: pct(naive.times, 95) / pct(ours, 95) };

    const lines = [
      'Finder benchmark (headless Chromium, built site)',
      '',
      `Bytes (gzip)`,
      `  initial page ............................ ${kb(initial)} (budget 150 KB)`,
      `  ZIP search ${ZIP}, 25 mi: data ......... ${kb(zipData)} (budget 150 KB); with search + map code ${kb(zipAll)}`,
      `  national text search (all ${textShards} shards + code) ${kb(textAll)}`,
      '',
      `ZIP to results ............................ ${ms(zipMs)}  (${zipCount?.trim()})`,
      `national text, first results (load all) ... ${nationalLoadMs} ms`,
      '',
      `Keystroke to results, ${ours.length} keystrokes over ${naive.records.toLocaleString('en-US')} facilities (page, incl. render)`,
      `  finder:      p50 ${ms(pct(ours, 50))}  p95 ${ms(pct(ours, 95))}  max ${ms(Math.max(...ours))}`,
      `  naive Fuse (name, alt name, city; search only, no render):`,
      `               p50 ${ms(pct(naive.times, 50))}  p95 ${ms(pct(naive.times, 95))}  (index build ${ms(naive.indexMs)})`,
      `  naive Fuse with taxonomy synonyms too, ${naive.fullTimes.length} complete queries:`,
      `               p50 ${ms(pct(naive.fullTimes, 50))}  max ${ms(Math.max(...naive.fullTimes))}  (index build ${ms(naive.fullIndexMs)})`,
      `  ratio naive/finder: p50 ${(report.ratio as { p50: number }).p50.toFixed(1)}x  p95 ${(report.ratio as { p95: number }).p95.toFixed(1)}x`,
      '',
      'Initial page files:',
      ...initialFiles.map((f) => `  ${f}`),
      'ZIP search files:',
      ...zipFiles.map((f) => `  ${f}`),
    ];
    console.log(lines.join('\n'));
    mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
    writeFileSync(resolve(ROOT, 'test-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
