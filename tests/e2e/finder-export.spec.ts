/**
 * The finder's results leave the page two ways: printed (the results alone,
 * about eight to a page) and as a CSV of every result, not just the page
 * shown. And each card has a Save control that works by touch and keyboard.
 */
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { FINDER_CSV_COLUMNS } from '../../src/lib/export/downloads';
import { watchViolations } from './support/csp';
import { listed } from './support/facilities';
import { stubTiles, waitForResults } from './support/finder';
import { expect, test } from './support/offline';
import { printedPages } from './support/pdf';

async function downloadCsv(page: Page): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^iop-finder-results-\d{4}-\d{2}-\d{2}\.csv$/);
  return parse(readFileSync((await download.path())!), { columns: true, bom: true }) as Record<string, string>[];
}

test('the CSV of a nationwide search has every result of every page, with the documented columns', async ({ page }) => {
  test.setTimeout(60_000);
  const violations = await watchViolations(page);
  // Independently of the site: every listed IOP that takes Medicaid, anywhere.
  const wanted = listed().filter(
    (f) => f.levelsOfCare?.includes('intensive-outpatient') && f.payment?.includes('medicaid'),
  );
  expect(wanted.length).toBeGreaterThan(100);
  await page.goto('./?level=intensive-outpatient&payment=medicaid');
  await waitForResults(page, { level: 'intensive-outpatient', payment: 'medicaid' });
  await expect(page.getByRole('button', { name: /^Download CSV/ })).toContainText(
    `all ${wanted.length.toLocaleString('en-US')}`,
  );
  const rows = await downloadCsv(page);
  expect(Object.keys(rows[0]!)).toEqual(FINDER_CSV_COLUMNS.map((c) => c.name));
  expect(rows.map((r) => r.id).sort()).toEqual(wanted.map((f) => f.id).sort());
  expect(rows.map((r) => Number(r.result))).toEqual(rows.map((_, i) => i + 1));
  for (const row of rows) {
    expect(row.levels_of_care).toContain('Intensive outpatient (IOP)');
    expect(row.payment).toContain('Medicaid');
    expect(row.distance_miles).toBe('');
    expect(row.page_url).toMatch(new RegExp(`/facilities/${row.id}/$`));
  }
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Downloaded a CSV of ${wanted.length.toLocaleString('en-US')} facilities.` }),
  ).toBeVisible();
  expect(violations).toEqual([]);
});

test('the CSV of a search near a ZIP has the distance, nearest first', async ({ page }) => {
  await stubTiles(page);
  await page.goto('./?where=80203&radius=10');
  await waitForResults(page, { where: '80203' });
  const rows = await downloadCsv(page);
  expect(rows.length).toBeGreaterThan(20);
  const miles = rows.map((r) => Number(r.distance_miles));
  expect(miles.every((m) => m >= 0 && m <= 10)).toBe(true);
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
});

test('printing the results prints the results alone, about eight to a page', async ({ page }) => {
  await stubTiles(page);
  await page.goto('./?where=80203');
  await waitForResults(page, { where: '80203' });
  await expect(page.locator('.finder-result')).toHaveCount(20);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.finder-form', '.finder-filters', '.finder-map', '.finder-pager', '.finder-tools']) {
    await expect(page.locator(hidden).first(), `${hidden} is hidden in print`).toBeHidden();
  }
  await expect(page.locator('.finder-result__actions button').first()).toBeHidden();
  const pages = await printedPages(page);
  const names = await page.locator('.finder-result h3').allTextContents();
  const text = pages.join('\n').replace(/\s+/g, ' ');
  for (const name of names) expect(text).toContain(name.replace(/\s+/g, ' '));
  // 20 results: three pages at about eight a page (the first also has the heading and the count).
  expect(pages.length).toBeLessThanOrEqual(3);
  expect(text).not.toMatch(/What are you looking for|Filters|Show on map|Download CSV/);
  expect(text).toMatch(/Call \d{3}-\d{3}-\d{4}/);
});

test('Save on a result card: a 24 px+ toggle on a phone, keyboard operable, announced', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await stubTiles(page);
  await page.goto('./?where=80203');
  await waitForResults(page, { where: '80203' });
  const card = page.locator('.finder-result').first();
  const save = card.getByRole('button', { name: /^Save/ });
  const box = (await save.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
  expect(box.width).toBeGreaterThanOrEqual(24);
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#shortlist-status')).toHaveText(/^Saved .+ on this device\. 1 facility on your list\.$/);
  await page.keyboard.press('Space');
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('#shortlist-status')).toHaveText(/^Removed .+ from your list\. Your list is empty\.$/);
  await expect(page.locator('[data-shortlist-count]')).toHaveText('0');
});
