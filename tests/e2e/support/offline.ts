import { test as base, expect } from '@playwright/test';

/**
 * Every page test runs offline: a request to any host but the local preview
 * server is answered here (map tiles get an empty image) and recorded, so no
 * test depends on, or quietly contacts, an outside host.
 */
export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ page, baseURL }, use) => {
      const local = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const seen: string[] = [];
      await page.route(
        (url) => url.origin !== local,
        (route) => {
          const url = route.request().url();
          seen.push(url);
          if (/\.(png|jpe?g|webp)(\?|$)/.test(url) || /tile/.test(url)) {
            return route.fulfill({ status: 200, contentType: 'image/png', body: TRANSPARENT_PNG });
          }
          return route.fulfill({ status: 204, body: '' });
        },
      );
      await use(seen);
    },
    { auto: true },
  ],
});

export { expect };

/** A 1x1 transparent PNG. */
const TRANSPARENT_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
