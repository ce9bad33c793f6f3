import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from '@playwright/test';
import { DEFAULT_TILE_URL } from '../../../src/lib/site-config';

/** 1×1 PNG served for every map tile, so no test depends on an outside host. */
export const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

/** The configured tile server's URL template (PUBLIC_TILE_URL at build, else the default). */
export const TILE_URL = process.env.PUBLIC_TILE_URL || DEFAULT_TILE_URL;

/** Host pattern of the tile server (a "{s}" subdomain matches any), the only non-site host a page may contact. */
export const TILE_HOST = new RegExp(
  `^${new URL(TILE_URL.replace(/\{s\}/g, 'SUBDOMAIN').replace(/\{[a-z]+\}/g, '0')).host
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace('SUBDOMAIN', '[a-z0-9-]+')}$`,
  'i',
);

export function isTileUrl(url: URL | string): boolean {
  return TILE_HOST.test(new URL(String(url)).host);
}

/** Stub map tiles in a page or context with the tiny PNG. */
export async function stubTiles(target: Page | BrowserContext): Promise<void> {
  await target.route(
    (url) => isTileUrl(url),
    (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG }),
  );
}

export interface RecordedResponse {
  url: string;
  status: number;
  bytes: number;
  gzipBytes: number;
}

/**
 * Record every response of the site (not the stubbed tiles) with its gzip
 * size, computed here from the body so the figure does not depend on the
 * server's compression.
 */
export function recordResponses(page: Page, origin: string): { list: RecordedResponse[]; settle(): Promise<void> } {
  const list: RecordedResponse[] = [];
  const pending = new Set<Promise<void>>();
  const onResponse = (response: Response) => {
    if (!response.url().startsWith(origin)) return;
    const job = response
      .body()
      .then((body) => {
        list.push({
          url: response.url(),
          status: response.status(),
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
        });
      })
      .catch(() => undefined)
      .finally(() => pending.delete(job));
    pending.add(job);
  };
  page.on('response', onResponse);
  return {
    list,
    async settle() {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}

export function sumGzip(list: readonly RecordedResponse[]): number {
  return list.reduce((sum, r) => sum + r.gzipBytes, 0);
}

/**
 * Wait until the results section has settled (phase "ready", or one of
 * `phases`) for a search whose URL state has the `accept` parameters.
 */
export async function waitForResults(
  page: Page,
  accept: Record<string, string> = {},
  phases: readonly string[] = ['ready'],
): Promise<void> {
  await page.waitForFunction(
    ({ wanted, phases }) => {
      const el = document.querySelector<HTMLElement>('.finder-results');
      if (!el || !phases.includes(el.dataset.phase ?? '')) return false;
      const params = new URLSearchParams((el.dataset.resultsKey ?? '').split('|')[0]);
      // An empty value means the parameter is absent.
      return Object.entries(wanted).every(([k, v]) => (params.get(k) ?? '') === v);
    },
    { wanted: accept, phases },
  );
}

/** Wait until the finder island has hydrated (Astro drops the ssr attribute). */
export async function waitForFinder(page: Page): Promise<void> {
  await page.waitForSelector('astro-island:not([ssr]) .finder', { state: 'attached' });
}
