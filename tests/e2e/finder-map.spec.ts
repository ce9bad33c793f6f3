import { expect, test } from '@playwright/test';
import { stubTiles, waitForResults } from './support/finder';

test.beforeEach(async ({ page }) => {
  await stubTiles(page);
});

test('list and map stay in sync, and approximate locations look different', async ({ page }) => {
  await page.goto('./?where=80203&radius=10');
  await waitForResults(page, { where: '80203' });
  const map = page.locator('.leaflet-container');
  await expect(map).toBeVisible();
  await expect(page.getByRole('list', { name: 'Map legend' })).toContainText(
    'Approximate (middle of the ZIP code area)',
  );
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();

  // List -> map: the facility's marker is shown and selected, with a popup naming it.
  const item = page.locator('#finder-results-list > li').nth(2);
  const name = (await item.locator('.finder-result__name').textContent())!.trim();
  await item.getByRole('button', { name: /Show on map/ }).click();
  await expect(item).toHaveClass(/is-selected/);
  await expect(page.locator('.finder-pin--selected')).toHaveCount(1);
  await expect(page.locator('.leaflet-popup-content')).toContainText(name);

  // Map -> list: selecting another marker (here with the keyboard) highlights its entry in the list.
  const other = page.locator('.leaflet-marker-icon.finder-pin:not(.finder-pin--selected)').first();
  const title = await other.getAttribute('title');
  await other.focus();
  await page.keyboard.press('Enter');
  const selected = page.locator('#finder-results-list > li.is-selected');
  await expect(selected).toHaveCount(1);
  await expect(selected.locator('.finder-result__name')).toHaveText(title!);
  await expect(page.locator('.finder-pin--selected')).toHaveAttribute('title', title!);
});

test('"Search this area" searches around the moved map', async ({ page }) => {
  await page.goto('./?where=80203');
  await waitForResults(page, { where: '80203' });
  const map = page.locator('.leaflet-container');
  await expect(map).toBeVisible();
  await page.getByRole('heading', { name: 'Map of results' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Search this area' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.has('near'));
  const url = new URL(page.url());
  expect(url.searchParams.get('where')).toBeNull();
  const [lat, lon] = url.searchParams.get('near')!.split(',').map(Number);
  expect(lat).toBeCloseTo(39.73, 0);
  expect(lon!).toBeGreaterThan(-104.98);
  await expect(page.locator('#finder-summary')).toContainText('of the map area');
});
