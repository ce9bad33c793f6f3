import { expect, test } from '@playwright/test';
import { isTileUrl, recordResponses, stubTiles, sumGzip, waitForFinder, waitForResults } from './support/finder';

const KB = 1024;

test('every request of a full search session goes to this site or the tile server', async ({
  context,
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await stubTiles(context);
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 40.75, longitude: -73.99 });

  await page.goto('./');
  await waitForFinder(page);
  await page.getByLabel('Where').fill('80203');
  await waitForResults(page, { where: '80203' });
  await page.getByRole('checkbox', { name: /Intensive outpatient/ }).check();
  await page.getByLabel('What are you looking for?').fill('recovery');
  await waitForResults(page, { q: 'recovery' });
  await page
    .getByRole('button', { name: /Show on map/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Use my location' }).click();
  await waitForResults(page, { near: '40.75,-73.99' });
  await page.locator('.leaflet-container').hover();
  await page.mouse.wheel(0, 200);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByLabel('Where').fill('Boulder, CO');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await waitForResults(page, { where: 'Boulder, CO' });
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(5);
  const foreign = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !isTileUrl(url) && !url.startsWith('data:'),
  );
  expect(foreign).toEqual([]);
  // The typed place never leaves the page: no request carries it.
  expect(requests.filter((url) => /Boulder|80203|near=/.test(url) && !url.includes('/search/zip/802.json'))).toEqual(
    [],
  );
});

test('byte budgets: initial page under 150 KB and a ZIP search under 150 KB more (gzip)', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await stubTiles(page);
  const initial = recordResponses(page, origin);
  await page.goto('./', { waitUntil: 'networkidle' });
  await waitForFinder(page);
  await initial.settle();
  const initialBytes = sumGzip(initial.list);
  // Nothing of the search index or the map loads before someone searches.
  expect(initial.list.filter((r) => /\/search\/|FinderMap|leaflet/i.test(r.url))).toEqual([]);

  const search = initial.list.length;
  await page.getByLabel('Where').fill('80203');
  await waitForResults(page, { where: '80203' });
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await initial.settle();
  const zip = initial.list.slice(search);
  const zipData = sumGzip(zip.filter((r) => r.url.includes('/search/')));
  const zipAll = sumGzip(zip);
  test.info().annotations.push({
    type: 'bytes (gzip)',
    description: `initial ${(initialBytes / KB).toFixed(1)} KB; ZIP search data ${(zipData / KB).toFixed(1)} KB, with search and map code ${(zipAll / KB).toFixed(1)} KB`,
  });
  expect(initialBytes).toBeLessThanOrEqual(150 * KB);
  expect(zipData).toBeLessThanOrEqual(150 * KB);
  // Even counting the lazily loaded search and map code, a ZIP search stays within the same budget.
  expect(zipAll).toBeLessThanOrEqual(150 * KB);
});

/** National searches (no place) of every kind: broad terms, a rare program, a name, typos. */
const NATIONAL = ['iop medicaid', 'eating disorder iop', 'serenety', 'teen rehab', 'outpatient', 'spanish'];

for (const q of NATIONAL) {
  test(`byte budget: opening the finder on the national search "${q}" costs at most 250 KB gzip in all`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    await stubTiles(page);
    const all = recordResponses(page, origin);
    await page.goto(`./?q=${encodeURIComponent(q)}`, { waitUntil: 'networkidle' });
    await waitForResults(page, { q });
    // The filter counts load after the first results: wait for them too.
    await expect(page.getByRole('checkbox', { name: /^Medicaid \(\d/ })).toBeAttached();
    await page.waitForLoadState('networkidle');
    await all.settle();
    const total = sumGzip(all.list);
    const data = sumGzip(all.list.filter((r) => r.url.includes('/search/')));
    test.info().annotations.push({
      type: 'bytes (gzip)',
      description: `${q}: ${(total / KB).toFixed(1)} KB in all, ${(data / KB).toFixed(1)} KB of search data`,
    });
    expect(total).toBeLessThanOrEqual(250 * KB);
  });
}
