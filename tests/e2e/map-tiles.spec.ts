import { expect, test } from '@playwright/test';
import { isTileUrl, TILE_PNG, waitForResults } from './support/finder';

/**
 * Map tiles must keep loading on a tile server that requires a Referer
 * (OpenStreetMap's does, and blocks requests without one), while pages keep
 * telling no other site what someone was looking at. Tiles are answered here;
 * the test records the Referer Chromium actually sends.
 */
test('tile requests send the site origin as Referer, and nothing more', async ({ page, baseURL }) => {
  const referers: (string | null)[] = [];
  await page.route(
    (url) => isTileUrl(url),
    async (route) => {
      referers.push(await route.request().headerValue('referer'));
      await route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG });
    },
  );
  await page.goto('./?where=80203&radius=10');
  await waitForResults(page, { where: '80203' });
  await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();

  const origin = new URL(baseURL!).origin;
  expect(referers.length).toBeGreaterThan(0);
  // Only the origin: not the page path, and never the ZIP in the finder's URL.
  expect(new Set(referers)).toEqual(new Set([`${origin}/`]));
  // The page itself keeps the strict policy; only the tile images relax it.
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  await expect(page.locator('img.leaflet-tile').first()).toHaveAttribute(
    'referrerpolicy',
    'strict-origin-when-cross-origin',
  );
});

test('outbound links send no Referer', async ({ page }) => {
  const referers: (string | null)[] = [];
  await page.route('https://www.weather.gov/**', async (route) => {
    referers.push(await route.request().headerValue('referer'));
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' });
  });
  await page.goto('./?where=80203');
  await page.getByRole('link', { name: 'Quick exit' }).click();
  await page.waitForURL('https://www.weather.gov/**');
  expect(referers).toEqual([null]);
});
