/**
 * npm run bench — finder performance and accuracy on the full built site
 * (run `npm run build` first). Serves dist/ with `astro preview`, drives
 * Debian's Chromium and prints:
 *   - bytes per step (gzip): initial page, a ZIP search, and national searches;
 *   - ZIP-to-results and national first-results times;
 *   - keystroke-to-results p50/p95 through the real page, with a naive Fuse.js
 *     over all records in the same browser, and the ratio;
 *   - precision of typed searches over place + query pairs, checked against the data;
 *   - the build of both languages, on the bundled data and on twice the data
 *     (a synthetic copy, made at bench time: scripts/bench/build.ts).
 * Not part of `npm test`: timings never decide pass or fail.
 * BENCH_ONLY=bytes,keys,precision,build runs some parts only.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'astro';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { recordResponses, stubTiles, sumGzip, waitForFinder, waitForResults } from '../tests/e2e/support/finder';
import { finderSearch, wantsSearch } from '../src/lib/finder/search-plan';
import { DEFAULT_STATE } from '../src/lib/finder/url-state';
import { benchBuild } from './bench/build';
import { naiveFuse } from './bench/naive-fuse';
import { installProbe, kb, latencyFor, ms, pct, resetProbe } from './bench/page-probe';
import { measurePrecision } from './bench/precision';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const BASE_PATH = process.env.BASE_PATH ?? '/';
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE = `${ORIGIN}${BASE_PATH}`;
const ZIP = '80203';
/** National searches opened from a link: broad terms, a rare program, a name with a typo. */
const NATIONAL = ['iop medicaid', 'eating disorder iop', 'serenety', 'teen rehab', 'outpatient', 'dbt iop'];
/** Typed one character at a time over the national dataset. */
const QUERIES = ['serenety', 'dual diagnosis', 'eating disorders iop', 'recovery center denver', 'spanish medicaid'];
const KEY_DELAY_MS = 60;
const only = new Set((process.env.BENCH_ONLY ?? 'bytes,keys,precision,build').split(','));

async function newPage(browser: Browser) {
  // The bench adds its own scripts (the naive Fuse.js baseline): the site's CSP would refuse them.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await stubTiles(page);
  // tsx names inner functions with a helper that does not exist in the page.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  return page;
}

/** Initial page, then a ZIP typed into Where. */
async function zipSearch(browser: Browser) {
  const page = await newPage(browser);
  const rec = recordResponses(page, ORIGIN);
  await page.goto(SITE, { waitUntil: 'networkidle' });
  await waitForFinder(page);
  await rec.settle();
  const initial = sumGzip(rec.list);
  rec.list.length = 0;
  await installProbe(page);
  await resetProbe(page);
  await page.getByLabel('Where').pressSequentially(ZIP);
  const zipMs = await latencyFor(page, { where: ZIP });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await rec.settle();
  const result = {
    initial,
    zipMs,
    zipData: sumGzip(rec.list.filter((r) => r.url.includes('/search/'))),
    zipAll: initial + sumGzip(rec.list),
    zipCount: (await page.locator('#finder-summary').textContent())?.trim(),
  };
  await page.close();
  return result;
}

/** A national search opened from a link: first results time, and every byte until the counts are in. */
async function nationalSearch(browser: Browser, q: string) {
  const page = await newPage(browser);
  const rec = recordResponses(page, ORIGIN);
  const start = Date.now();
  await page.goto(`${SITE}?q=${encodeURIComponent(q)}`);
  await waitForResults(page, { q });
  const firstMs = Date.now() - start;
  await page.getByRole('checkbox', { name: /^Medicaid \(\d/ }).waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  await rec.settle();
  const count = (await page.locator('#finder-summary').textContent())?.trim();
  await page.close();
  return {
    q,
    firstMs,
    total: sumGzip(rec.list),
    data: sumGzip(rec.list.filter((r) => r.url.includes('/search/'))),
    count,
  };
}

/** Keystrokes through the real page: over the national dataset, or near a place (`where`). */
async function keystrokes(browser: Browser, where?: string) {
  const page = await newPage(browser);
  await page.goto(where ? `${SITE}?where=${where}` : SITE, { waitUntil: 'networkidle' });
  await waitForFinder(page);
  if (where) await waitForResults(page, { where });
  await installProbe(page);
  const box = page.getByLabel('What are you looking for?');
  const times: number[] = [];
  const filled: number[] = [];
  for (const query of process.env.BENCH_TWICE ? [...QUERIES, ...QUERIES] : QUERIES) {
    process.stderr.write(`typing "${query}"\n`);
    await box.fill('');
    // Settled on the empty box: idle nationwide, or every facility near the place.
    await page.waitForFunction((near) => {
      const el = document.querySelector<HTMLElement>('.finder-results');
      const params = new URLSearchParams((el?.dataset.resultsKey ?? '').split('|')[0]);
      return el?.dataset.phase === (near ? 'ready' : 'idle') && !params.get('q');
    }, !!where);
    for (let i = 1; i <= query.length; i++) {
      await page.keyboard.press(query[i - 1] === ' ' ? 'Space' : query[i - 1]!);
      const value = query.slice(0, i);
      // Words that name nothing to search yet leave the finder idle: the page says so.
      const searched = !!where || wantsSearch(finderSearch({ ...DEFAULT_STATE, q: value }), undefined);
      // Shown: the new count and list order ("filling" while a national page's facilities arrive).
      const latency = await latencyFor(page, { q: value }, searched ? ['filling', 'ready'] : ['idle']);
      const full = searched ? await latencyFor(page, { q: value }, ['ready']) : latency;
      if (Number.isFinite(latency)) times.push(latency);
      if (Number.isFinite(full)) filled.push(full);
      if (process.env.BENCH_VERBOSE) {
        process.stderr.write(`  ${JSON.stringify(value)} ${latency.toFixed(1)} ms, filled ${full.toFixed(1)} ms\n`);
      }
      await page.waitForTimeout(KEY_DELAY_MS);
    }
  }
  const naive = where ? undefined : await naiveFuse(page, ROOT, SITE, QUERIES);
  await page.close();
  return { times, filled, naive };
}

function printReport(lines: string[], report: Record<string, unknown>) {
  console.log(lines.join('\n'));
  mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
  writeFileSync(resolve(ROOT, 'test-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
}

/** Build time and memory: run first, before the preview server and browser take memory. */
async function buildReport(report: Record<string, unknown>): Promise<string[]> {
  const runs = await benchBuild(ROOT);
  report.build = runs;
  const [base, doubled] = runs;
  return [
    'Build, both languages (astro build into a temporary folder; budget 75 s and 2 GB on the bundled data)',
    ...runs.map(
      (r) =>
        `  ${r.label.padEnd(34)} ${r.facilities.toLocaleString('en-US').padStart(6)} facilities, ${r.pages.toLocaleString('en-US')} pages: ${r.seconds.toFixed(1)} s, peak ${(r.peakMiB / 1024).toFixed(2)} GiB (${((r.peakMiB * 1048576) / 1e9).toFixed(2)} GB)`,
    ),
    ...(base && doubled
      ? [
          `  growth at twice the data: time x${(doubled.seconds / base.seconds).toFixed(2)}, memory x${(doubled.peakMiB / base.peakMiB).toFixed(2)}`,
        ]
      : []),
    '',
  ];
}

async function main() {
  const report: Record<string, unknown> = {};
  const lines: string[] = ['Benchmark: the build, and the finder in headless Chromium on the built site', ''];
  if (only.has('build')) lines.push(...(await buildReport(report)));
  if (!['bytes', 'keys', 'precision'].some((part) => only.has(part))) return printReport(lines, report);
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: PORT } });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    if (only.has('bytes')) {
      const zip = await zipSearch(browser);
      const national = [];
      for (const q of NATIONAL) national.push(await nationalSearch(browser, q));
      report.zip = zip;
      report.national = national;
      lines.push(
        'Bytes (gzip) and times',
        `  initial page ............................ ${kb(zip.initial)}`,
        `  ZIP ${ZIP}, 25 mi: search data ${kb(zip.zipData)}; page + code + data ${kb(zip.zipAll)}; to results ${ms(zip.zipMs)}`,
        `    (${zip.zipCount})`,
        '  national searches opened from a link (budget 250 KB in all, first results within 1 s):',
        ...national.map(
          (n) =>
            `    ${JSON.stringify(n.q).padEnd(24)} ${kb(n.total).padStart(9)} in all (${kb(n.data)} data), first results ${n.firstMs} ms — ${n.count}`,
        ),
        '',
      );
    }
    if (only.has('keys')) {
      const near = await keystrokes(browser, ZIP);
      report.keystrokeNearPlace = { p50: pct(near.times, 50), p95: pct(near.times, 95), max: Math.max(...near.times) };
      const { times, filled, naive: maybeNaive } = await keystrokes(browser);
      const naive = maybeNaive!;
      report.keystroke = { n: times.length, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times) };
      report.keystrokeFilled = { p50: pct(filled, 50), p95: pct(filled, 95), max: Math.max(...filled) };
      report.naiveFuse = { records: naive.records, p50: pct(naive.times, 50), p95: pct(naive.times, 95) };
      const ratio = { p50: pct(naive.times, 50) / pct(times, 50), p95: pct(naive.times, 95) / pct(times, 95) };
      report.ratio = ratio;
      lines.push(
        `Keystroke to results through the real page (input event to results in the DOM), ${times.length} keystrokes`,
        `  near ZIP ${ZIP} (25 mi):         p50 ${ms(pct(near.times, 50))}  p95 ${ms(pct(near.times, 95))}  max ${ms(Math.max(...near.times))}  (aim: p95 16 ms)`,
        `  nationwide, over ${naive.records.toLocaleString('en-US')} facilities:`,
        `  finder, count and list shown:  p50 ${ms(pct(times, 50))}  p95 ${ms(pct(times, 95))}  max ${ms(Math.max(...times))}  (aim: p95 16 ms)`,
        `  finder, every card filled in:  p50 ${ms(pct(filled, 50))}  p95 ${ms(pct(filled, 95))}  max ${ms(Math.max(...filled))}`,
        `  naive Fuse (name, alt name, city; search only, no render):`,
        `               p50 ${ms(pct(naive.times, 50))}  p95 ${ms(pct(naive.times, 95))}  (index build ${ms(naive.indexMs)})`,
        `  naive Fuse with taxonomy synonyms too, ${naive.fullTimes.length} complete queries:`,
        `               p50 ${ms(pct(naive.fullTimes, 50))}  max ${ms(Math.max(...naive.fullTimes))}`,
        `  ratio naive/finder: p50 ${ratio.p50.toFixed(1)}x  p95 ${ratio.p95.toFixed(1)}x`,
        '',
      );
    }
    if (only.has('precision')) {
      const p = await measurePrecision(browser, SITE);
      report.precision = p;
      lines.push(
        `Precision of typed searches: ${p.pairs} place + query pairs, first two pages each`,
        `  ${p.correct} of ${p.shown} results shown have every term read from the words: ${(p.precision * 100).toFixed(2)}% (aim 100%)`,
        ...p.misses.slice(0, 10).map((m) => `  miss: ${m}`),
      );
    }
    printReport(lines, report);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
