import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Reads the built site straight from dist/, without a browser: every HTML
 * file, every internal link, every #anchor. Parsing is by regular expression
 * over Astro's own output (attributes always double-quoted), which is fast
 * enough for 20,000 pages in a few seconds.
 */

export const DIST = new URL('../../../dist/', import.meta.url).pathname;

export interface PageInfo {
  /** Site path without the base, e.g. "states/co/". */
  path: string;
  title?: string;
  description?: string;
  canonical?: string;
  noindex: boolean;
  /** Content of the Content-Security-Policy meta tags in <head> (one expected). */
  csp: string[];
  /** True when the CSP meta comes before every script, style and stylesheet (a meta CSP covers only what follows it). */
  cspFirst: boolean;
}

export interface Problem {
  page: string;
  href: string;
  reason: string;
}

export interface ScanResult {
  pages: PageInfo[];
  problems: Problem[];
  linksChecked: number;
  anchorsChecked: number;
}

/** Where the site says it lives, read from the robots.txt endpoint: e.g. https://host/iop-finder/. */
export function siteRoot(dist = DIST): URL {
  const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
  const match = /^Sitemap:\s*(\S+)$/m.exec(robots);
  if (!match) throw new Error('robots.txt has no Sitemap line');
  return new URL('.', match[1]);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Markup outside <script> and <style>, so JSON-LD and CSS text are not read as attributes. */
function markupOnly(html: string): string {
  return html.replace(/<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
}

/** An opening tag, allowing ">" inside quoted attribute values. */
const tagPattern = (names: string) => new RegExp(`<(?:${names})\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match ? decodeEntities(match[1]!) : undefined;
}

function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of markupOnly(html).matchAll(/\s(?:id|name)="([^"]*)"/g)) ids.add(decodeEntities(m[1]!));
  return ids;
}

/**
 * Check every internal href and src in the built site. Internal links must
 * live under the base path, resolve to a file in dist/, end with "/" when
 * they point at a page, and any #fragment must name an element on the target
 * page. Outside links may only be http(s) or tel:.
 */
export function scanSite(dist = DIST): ScanResult {
  const root = siteRoot(dist);
  const base = root.pathname;
  const files = walk(dist);
  const fileSet = new Set(files.map((f) => relative(dist, f).split(sep).join('/')));
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const idCache = new Map<string, Set<string>>();
  const problems: Problem[] = [];
  const pages: PageInfo[] = [];
  let linksChecked = 0;
  let anchorsChecked = 0;

  const idsOfFile = (rel: string) => {
    let ids = idCache.get(rel);
    if (!ids) {
      ids = idsOf(readFileSync(join(dist, rel), 'utf8'));
      idCache.set(rel, ids);
    }
    return ids;
  };

  for (const file of htmlFiles) {
    const rel = relative(dist, file).split(sep).join('/');
    const pagePath = rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const pageUrl = new URL(pagePath, root);
    const html = readFileSync(file, 'utf8');
    const markup = markupOnly(html);
    const ownIds = idsOf(html);
    idCache.set(rel, ownIds);

    const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
    const metaTags = [...head.matchAll(tagPattern('meta'))].map((m) => m[0]);
    const description = metaTags.find((t) => attr(t, 'name') === 'description');
    const robots = metaTags.find((t) => attr(t, 'name') === 'robots');
    const canonicalTag = [...head.matchAll(tagPattern('link'))]
      .map((m) => m[0])
      .find((t) => attr(t, 'rel') === 'canonical');
    const titleMatch = /<title>([\s\S]*?)<\/title>/i.exec(head);
    const cspTags = metaTags.filter((t) => attr(t, 'http-equiv')?.toLowerCase() === 'content-security-policy');
    const cspAt = cspTags[0] ? html.indexOf(cspTags[0]) : -1;
    const firstActive = html.search(/<script(?![^>]*application\/ld\+json)|<style|<link[^>]*rel="stylesheet"/i);
    pages.push({
      path: pagePath,
      title: titleMatch ? decodeEntities(titleMatch[1]!) : undefined,
      description: description ? attr(description, 'content') : undefined,
      canonical: canonicalTag ? attr(canonicalTag, 'href') : undefined,
      noindex: Boolean(robots && /noindex/.test(attr(robots, 'content') ?? '')),
      csp: cspTags.map((t) => attr(t, 'content') ?? ''),
      cspFirst: cspAt !== -1 && (firstActive === -1 || cspAt < firstActive),
    });

    for (const m of markup.matchAll(tagPattern('a|link|script|img|source|iframe|form'))) {
      const tag = m[0];
      for (const name of ['href', 'src', 'action']) {
        const value = attr(tag, name);
        if (value === undefined) continue;
        linksChecked++;
        const fail = (reason: string) => problems.push({ page: pagePath, href: value, reason });
        if (value === '') {
          fail('empty link');
          continue;
        }
        if (/^tel:/i.test(value)) {
          if (!/^tel:\+?[0-9,;=ext-]+$/i.test(value)) fail('malformed tel: link');
          continue;
        }
        let target: URL;
        try {
          target = new URL(value, pageUrl);
        } catch {
          fail('unparseable URL');
          continue;
        }
        if (target.protocol !== 'http:' && target.protocol !== 'https:') {
          fail(`scheme ${target.protocol} is not allowed (only http, https and tel)`);
          continue;
        }
        if (target.origin !== root.origin) continue; // outside link: not ours to check
        if (!target.pathname.startsWith(base)) {
          fail(`internal link outside the base path ${base}`);
          continue;
        }
        let path: string;
        try {
          path = decodeURIComponent(target.pathname.slice(base.length));
        } catch {
          fail('bad percent-encoding');
          continue;
        }
        let targetFile: string;
        if (path === '' || path.endsWith('/')) targetFile = `${path}index.html`;
        else if (fileSet.has(path)) targetFile = path;
        else if (fileSet.has(`${path}/index.html`)) {
          fail('page link without trailing slash');
          continue;
        } else targetFile = path;
        if (!fileSet.has(targetFile)) {
          fail('no such page or file');
          continue;
        }
        const fragment = target.hash.slice(1);
        if (fragment && !fragment.startsWith(':~:') && targetFile.endsWith('.html')) {
          anchorsChecked++;
          const ids = targetFile === rel ? ownIds : idsOfFile(targetFile);
          if (!ids.has(decodeURIComponent(fragment))) fail(`no element with id "${fragment}"`);
        }
      }
    }
  }
  return { pages, problems, linksChecked, anchorsChecked };
}
