import { expect, test, type Page } from '@playwright/test';
import { stubTiles, waitForFinder, waitForResults } from './support/finder';

test.beforeEach(async ({ page }) => {
  await stubTiles(page);
});

const ids = (page: Page) =>
  page.locator('#finder-results-list > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));

test('the whole search lives in the URL: a reload or a shared link shows the same results', async ({ page }) => {
  await page.goto('./');
  await waitForFinder(page);
  await page.getByLabel('Where').fill('Denver, CO');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByLabel('Distance').selectOption('50');
  await page.getByRole('checkbox', { name: /Intensive outpatient/ }).check();
  await page.getByRole('checkbox', { name: /^Medicaid/ }).check();
  await page.getByLabel('What are you looking for?').fill('recovery');
  await waitForResults(page, {
    where: 'Denver, CO',
    radius: '50',
    level: 'intensive-outpatient',
    payment: 'medicaid',
    q: 'recovery',
  });
  // The URL follows typing once it pauses.
  await expect(page).toHaveURL(/q=recovery/);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    where: 'Denver, CO',
    radius: '50',
    level: 'intensive-outpatient',
    payment: 'medicaid',
    q: 'recovery',
  });
  const before = await ids(page);
  const summary = await page.locator('#finder-summary').textContent();

  await page.reload();
  await waitForResults(page, { q: 'recovery', payment: 'medicaid' });
  expect(await ids(page)).toEqual(before);
  await expect(page.locator('#finder-summary')).toHaveText(summary!);
  await expect(page.getByLabel('Where')).toHaveValue('Denver, CO');
  await expect(page.getByLabel('What are you looking for?')).toHaveValue('recovery');
  await expect(page.getByRole('checkbox', { name: /^Medicaid/ })).toBeChecked();

  // A fresh browser tab with the shared link agrees.
  const shared = await page.context().newPage();
  await stubTiles(shared);
  await shared.goto(url.href);
  await waitForResults(shared, { q: 'recovery', payment: 'medicaid' });
  expect(await ids(shared)).toEqual(before);
});

test('searching replaces the history entry, so Back leaves the finder instead of replaying searches', async ({
  page,
}) => {
  await page.goto('./about/');
  await page.goto('./');
  await waitForFinder(page);
  const length = await page.evaluate(() => history.length);
  await page.getByLabel('Where').fill('80203');
  await waitForResults(page, { where: '80203' });
  await page.getByRole('checkbox', { name: /Intensive outpatient/ }).check();
  await page.getByLabel('What are you looking for?').fill('medicaid');
  await waitForResults(page, { where: '80203', level: 'intensive-outpatient', q: 'medicaid' });
  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.goBack();
  await expect(page).toHaveURL(/\/about\/$/);
  // Forward returns to the last search, from the URL.
  await page.goForward();
  await waitForResults(page, { where: '80203', level: 'intensive-outpatient', q: 'medicaid' });
  await expect(page.getByLabel('Where')).toHaveValue('80203');
});

test('hostile or garbage parameters are ignored, and the page says which', async ({ page }) => {
  await page.goto(
    './?where=80203&radius=9999&level=intensive-outpatient,%3Cscript%3Ealert(1)%3C/script%3E&state=ZZ&page=-4&sort=evil&near=abc&telehealth=maybe&q=%00%01',
  );
  await waitForResults(page, { where: '80203', level: 'intensive-outpatient' });
  const notice = page.locator('.finder-notice');
  await expect(notice).toContainText('were not understood or were repeated, and were ignored');
  for (const name of ['distance', 'level of care', 'state', 'page', 'sort order', 'location', 'telehealth']) {
    await expect(notice).toContainText(name);
  }
  await expect(page.getByRole('checkbox', { name: /Intensive outpatient/ })).toBeChecked();
  await expect(page.locator('#finder-summary')).toContainText('within 25 miles of 80203');
  expect(await page.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
});

test('an unknown ZIP or an unreadable place gets a clear message', async ({ page }) => {
  await page.goto('./');
  await waitForFinder(page);
  await page.getByLabel('Where').fill('00000');
  await expect(page.getByRole('alert')).toContainText('We could not find the ZIP code 00000');
  await page.getByLabel('Where').fill('nowhere at all');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a 5-digit ZIP code');
  await page.getByLabel('Where').fill('Notacity, CO');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('We could not find Notacity in Colorado');
  // Still usable.
  await page.getByLabel('Where').fill('Boulder, CO');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await waitForResults(page, { where: 'Boulder, CO' });
  await expect(page.getByRole('alert')).toHaveCount(0);
});
