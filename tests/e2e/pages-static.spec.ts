import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, scanSite, siteRoot, type ScanResult } from './support/static-site';

// Reads dist/ directly: no browser, no server. One scan serves every test here.
test.describe.configure({ mode: 'serial' });

let scan: ScanResult;

test.beforeAll(() => {
  test.setTimeout(300_000);
  scan = scanSite();
});

test('every internal link and #anchor in the built site resolves', () => {
  const sample = scan.problems.slice(0, 25).map((p) => `${p.page} -> ${p.href}: ${p.reason}`);
  expect(sample, `${scan.problems.length} broken links`).toEqual([]);
  expect(scan.linksChecked).toBeGreaterThan(scan.pages.length);
  expect(scan.anchorsChecked).toBeGreaterThan(0);
});

test('the site is built for the configured base path', () => {
  const base = process.env.BASE_PATH ?? '/';
  const normalized = base.endsWith('/') ? base : `${base}/`;
  expect(siteRoot().pathname).toBe(normalized);
});

test('every indexable page has a unique title, a description and a canonical URL to itself', () => {
  const root = siteRoot();
  const indexable = scan.pages.filter((p) => !p.noindex);
  const missing = indexable.filter((p) => !p.title || !p.description || !p.canonical).map((p) => p.path);
  expect(missing).toEqual([]);
  const wrongCanonical = indexable
    .filter((p) => p.canonical !== new URL(p.path, root).href)
    .map((p) => `${p.path}: ${p.canonical}`);
  expect(wrongCanonical).toEqual([]);
  const byTitle = new Map<string, string[]>();
  for (const p of indexable) byTitle.set(p.title!, [...(byTitle.get(p.title!) ?? []), p.path]);
  const duplicates = [...byTitle.entries()].filter(([, list]) => list.length > 1).slice(0, 10);
  expect(duplicates).toEqual([]);
});

test('every page carries one Content-Security-Policy meta tag, before any script or style', () => {
  const wrong = scan.pages
    .filter((p) => p.csp.length !== 1 || !p.cspFirst || !/script-src 'self'/.test(p.csp[0]!))
    .map((p) => `${p.path}: ${p.csp.length} CSP tags${p.cspFirst ? '' : ', not before scripts and styles'}`);
  expect(wrong.slice(0, 10), `${wrong.length} pages`).toEqual([]);
  // The same policy everywhere apart from the hashes of each page's inline scripts.
  const policies = new Set(scan.pages.map((p) => p.csp[0]!.replace(/'sha256-[^']+'\s*/g, '')));
  expect([...policies]).toHaveLength(1);
  expect(scan.pages.length).toBeGreaterThan(1000);
});

test('robots.txt points at the sitemap under the site URL and base path', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  expect(robots).toMatch(/^User-agent: \*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
  expect(sitemap).toBe(new URL('sitemap-index.xml', siteRoot()).href);
  expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
});

test('the sitemap lists directory and facility pages but not the 404 page', () => {
  const root = siteRoot();
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const locs = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
  expect(locs.has(new URL('states/', root).href), 'states index listed').toBe(true);
  expect(locs.has(new URL('guide/levels-of-care/', root).href), 'guide listed').toBe(true);
  const facilities = [...locs].filter((l) => l!.startsWith(new URL('facilities/', root).href));
  expect(facilities.length, 'facility pages listed').toBeGreaterThan(0);
  expect([...locs].filter((l) => /\/404(\.html|\/)?$/.test(l!))).toEqual([]);
});

test('the sitemap lists both languages, each page with its pair in the other language', () => {
  const root = siteRoot();
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  const locs = new Set(entries.map((e) => /<loc>([^<]+)<\/loc>/.exec(e)![1]!));
  expect(locs.has(new URL('es/states/', root).href), 'Spanish states index listed').toBe(true);
  const unpaired: string[] = [];
  for (const entry of entries) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(entry)![1]!;
    const alternates = [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
    const tags = alternates.map((a) => a[1]).sort();
    // Both alternates are listed pages themselves, and one of them is this page.
    const ok =
      tags.join() === 'en-US,es-US' && alternates.every((a) => locs.has(a[2]!)) && alternates.some((a) => a[2] === loc);
    if (!ok) unpaired.push(loc);
  }
  expect(unpaired.slice(0, 10)).toEqual([]);
});
