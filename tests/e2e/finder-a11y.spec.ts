import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { stubTiles, waitForFinder, waitForResults } from './support/finder';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await stubTiles(page);
});

test('initial state has no axe violations', async ({ page }) => {
  await page.goto('./');
  await waitForFinder(page);
  await expectNoViolations(page);
});

test('filtered results, with the map, have no axe violations', async ({ page }) => {
  await page.goto('./?where=80203&level=intensive-outpatient&payment=medicaid');
  await waitForResults(page, { where: '80203' });
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await expectNoViolations(page);
});

test('the Spanish finder, initial and with results on the map, has no axe violations', async ({ page }) => {
  await page.goto('es/');
  await waitForFinder(page);
  await expectNoViolations(page);
  await page.goto('es/?where=80203&level=intensive-outpatient&payment=medicaid');
  await waitForResults(page, { where: '80203' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await expectNoViolations(page);
});

test('no results has no axe violations', async ({ page }) => {
  await page.goto('./?where=80203&radius=5&q=yupik');
  await waitForResults(page, { q: 'yupik' });
  await expect(page.locator('#finder-summary')).toContainText('No facilities');
  await expectNoViolations(page);
});

test('a location error has no axe violations', async ({ page }) => {
  await page.goto('./');
  await waitForFinder(page);
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel('Where').fill('00000');
  await expect(page.getByRole('alert')).toContainText('00000');
  await expectNoViolations(page);
});

test('the finder works from the keyboard, with a skip link past the map', async ({ page }) => {
  await page.goto('./?where=80203');
  await waitForResults(page, { where: '80203' });
  await expect(page.locator('.leaflet-container')).toBeVisible();
  const skip = page.getByRole('link', { name: 'Skip the map: go to the list of results' });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#finder-results-list')).toBeFocused();
  // Checkboxes toggle with the keyboard and the list follows.
  const iop = page.getByRole('checkbox', { name: /Intensive outpatient/ });
  await iop.focus();
  await page.keyboard.press('Space');
  await waitForResults(page, { level: 'intensive-outpatient' });
  await expect(iop).toBeChecked();
  // Focus is visible.
  const outline = await iop.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
