/**
 * A referral source's journey with the shortlist, as issue 11 sets it out:
 * save three facilities (from results and from a facility page), add a
 * note, reload, open the share link in a fresh browser and see the same
 * three, print the referral packet to PDF, download the CSV and parse it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { SHORTLIST_CSV_COLUMNS } from '../../src/lib/export/downloads';
import { watchViolations } from './support/csp';
import { byId, listed } from './support/facilities';
import { stubTiles, waitForResults } from './support/finder';
import { expect, test } from './support/offline';
import { printedPages } from './support/pdf';

const NOTE = 'Called 3/2: evening IOP has openings = ask for Dana';

/** Save the n-th result card's facility; returns its id and name. */
async function saveResult(page: Page, n: number): Promise<{ id: string; name: string }> {
  const card = page.locator('.finder-result').nth(n);
  const id = (await card.getAttribute('data-id'))!;
  const button = card.getByRole('button', { name: /^Save/ });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  return { id, name: byId().get(id)!.name };
}

const headerCount = (page: Page) => page.locator('[data-shortlist-count]');

async function openShortlist(page: Page, path = 'shortlist/') {
  await page.goto(path);
  await expect(page.locator('.shortlist[data-details="ready"]')).toBeAttached();
}

/** A browser that has never seen the site: its own storage, outside hosts answered locally. */
async function freshPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const local = new URL(baseURL).origin;
  await context.route(
    (url) => url.origin !== local,
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  return context.newPage();
}

test('save three, note, reload, share to a fresh browser, print the packet and download the CSV', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await stubTiles(page);
  const violations = await watchViolations(page);

  // 1. Two from the finder's results.
  await page.goto('./?where=80203');
  await waitForResults(page, { where: '80203' });
  const first = await saveResult(page, 0);
  await expect(page.locator('#shortlist-status')).toHaveText(/Saved .+ on this device\. 1 facility on your list\./);
  const second = await saveResult(page, 1);
  await expect(headerCount(page)).toHaveText('2');

  // 2. One from its own page (the fourth result's).
  const thirdId = (await page.locator('.finder-result').nth(3).getAttribute('data-id'))!;
  await page.locator('.finder-result').nth(3).locator('h3 a').click();
  await expect(page).toHaveURL(new RegExp(`facilities/${thirdId}/$`));
  const save = page.getByRole('button', { name: /^Save/ });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(save).toContainText('Saved');
  await expect(headerCount(page)).toHaveText('3');
  const third = { id: thirdId, name: byId().get(thirdId)!.name };
  const saved = [first, second, third];

  // 3. The list, a note, and a reload: all kept on this device.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openShortlist(page);
  await expect(page.getByText('kept in this browser’s local storage, on this device only')).toBeVisible();
  const entries = page.locator('.saved-entry');
  await expect(entries.locator('h3')).toHaveText(saved.map((s) => s.name));
  await page.getByLabel(`Private note (${second.name})`).fill(NOTE);
  await page.reload();
  await expect(page.locator('.shortlist[data-details="ready"]')).toBeAttached();
  await expect(entries).toHaveCount(3);
  await expect(page.getByLabel(`Private note (${second.name})`)).toHaveValue(NOTE);
  // Nothing of the list leaves the browser: the page fetches hashed shard files, never an id or a note.
  for (const url of requests) {
    for (const s of saved) expect(url).not.toContain(s.id);
    expect(url).not.toContain('Dana');
  }
  expect(await context.cookies()).toEqual([]);

  // 4. Share links: ids only, unless the person includes notes.
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const link = page.getByLabel('Share link');
  const withoutNotes = await link.inputValue();
  expect(withoutNotes).toContain(`#ids=${saved.map((s) => s.id).join(',')}`);
  expect(withoutNotes).not.toContain('Dana');
  await page.getByLabel('Include my notes').check();
  const withNotes = await link.inputValue();
  expect(decodeURIComponent(withNotes)).toContain(NOTE);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // 5. The link opens the same list, with the note, on another device.
  const other = await freshPage(browser, baseURL!);
  await openShortlist(other, withNotes.slice(withNotes.indexOf('shortlist/')));
  await expect(other.locator('.saved-entry h3')).toHaveText(saved.map((s) => s.name));
  await expect(other.getByLabel(`Private note (${second.name})`)).toHaveValue(NOTE);
  await expect(other.getByRole('status').filter({ hasText: 'Opened a shared list of 3 facilities' })).toBeVisible();
  await expect(other).toHaveURL(/shortlist\/$/);
  await other.reload();
  await expect(other.locator('.saved-entry')).toHaveCount(3);
  await other.context().close();

  // 6. The referral packet: cover, the three facilities on one page, the questions.
  await page.getByLabel('Note for the cover of the printout (optional)').fill('For R. after discharge on Friday');
  const today = await page.evaluate(() =>
    new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }),
  );
  const pages = await printedPages(page);
  expect(pages).toHaveLength(3);
  expect(pages[0]).toContain('Treatment programs to contact');
  expect(pages[0]).toContain(`Prepared ${today}`);
  expect(pages[0]).toContain('For R. after discharge on Friday');
  expect(pages[0]).toContain('988');
  for (const s of saved) {
    expect(pages[0]).toContain(s.name);
    expect(pages[1]).toContain(s.name);
  }
  expect(pages[1]).toMatch(/Address: /);
  expect(pages[1]).toMatch(/Phone: Main: \(\d{3}\) \d{3}-\d{4}/);
  expect(pages[1]).toMatch(/Levels of care: /);
  expect(pages[1]).toMatch(/Source: .*SAMHSA, National Directory of/);
  expect(pages[1]).toContain(NOTE);
  expect(pages[1]).not.toMatch(/Private note|Remove|Make a share link/);
  expect(pages[2]).toContain('Questions to ask when you call');
  expect(pages[2]).toContain('How soon could I start? Is there a waiting list?');

  // 7. The CSV: a download made in the page (a blob: link the CSP allows), parsed back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^iop-finder-shortlist-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(readFileSync((await download.path())!), { columns: true, bom: true }) as Record<string, string>[];
  expect(Object.keys(rows[0]!)).toEqual(SHORTLIST_CSV_COLUMNS.map((c) => c.name));
  expect(rows.map((r) => r.id)).toEqual(saved.map((s) => s.id));
  expect(rows.map((r) => r.name)).toEqual(saved.map((s) => s.name));
  expect(rows[1]!.note).toBe(NOTE);
  expect(rows[0]!.page_url).toMatch(new RegExp(`/facilities/${first.id}/$`));
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded a CSV of 3 facilities' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('"Clear all" empties the list in one tap, can be undone, and the header follows', async ({ page }) => {
  const ids = listed()
    .slice(0, 2)
    .map((f) => f.id);
  await openShortlist(page, `shortlist/#ids=${ids.join(',')}`);
  await expect(page.locator('.saved-entry')).toHaveCount(2);
  await expect(headerCount(page)).toHaveText('2');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.locator('.saved-entry')).toHaveCount(0);
  await expect(headerCount(page)).toHaveText('0');
  await expect(page.getByRole('status').filter({ hasText: 'Cleared 2 facilities from your list.' })).toBeVisible();
  await expect(page.getByText('You have not saved any facilities on this device yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.saved-entry')).toHaveCount(2);
});

test('a packet of seven facilities prints two or three to a page', async ({ page }) => {
  const seven = listed()
    .filter((f) => f.address.state === 'CO')
    .slice(0, 7);
  await openShortlist(page, `shortlist/#ids=${seven.map((f) => f.id).join(',')}`);
  await expect(page.locator('.saved-entry')).toHaveCount(7);
  const pages = await printedPages(page);
  const facilityPages = pages.slice(1, -1).map((text) => text.replace(/\s+/g, ' '));
  // Every entry has one address line.
  const perPage = facilityPages.map((text) => text.split('Address: ').length - 1);
  expect(perPage.reduce((a, b) => a + b, 0)).toBe(7);
  for (const f of seven) expect(facilityPages.join(' ')).toContain(f.name.replace(/\s+/g, ' '));
  // The last page takes what is left (here one); every other page two or three.
  expect(perPage.slice(0, -1).every((n) => n === 2 || n === 3)).toBe(true);
  expect(pages.at(-1)).toContain('Questions to ask when you call');
});

test('a share link opened on a device with its own list asks before changing it, and garbage is refused', async ({
  page,
}) => {
  const [a, b, c] = listed().slice(0, 3);
  await openShortlist(page, `shortlist/#ids=${a!.id}`);
  await expect(page.locator('.saved-entry')).toHaveCount(1);
  await openShortlist(page, `shortlist/#ids=${b!.id},${c!.id},<script>alert(1)</script>,NOT-AN-ID`);
  await expect(page.getByRole('heading', { name: 'A link shared 2 facilities with you' })).toBeFocused();
  await expect(page.locator('.shortlist[data-details="ready"]')).toBeAttached();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await expect(
    page.getByRole('status').filter({ hasText: '2 entries of the link did not name a facility' }),
  ).toBeVisible();
  await expect(page.locator('.saved-entry')).toHaveCount(1);
  await page.getByRole('button', { name: 'Add them to my list' }).click();
  await expect(page.locator('.saved-entry h3')).toHaveText([a!.name, b!.name, c!.name]);
  await expect(page.getByRole('heading', { name: /Your list \(3 facilities\)/ })).toBeFocused();
  // An id that is no facility: the page says so and keeps working.
  await openShortlist(page, 'shortlist/#ids=no-such-facility-anywhere');
  await page.getByRole('button', { name: 'Replace my list with them' }).click();
  await expect(page.locator('.saved-entry')).toHaveCount(1);
  await expect(page.getByText('This facility is no longer in the directory.')).toBeVisible();
  await page.getByRole('button', { name: /^Remove/ }).click();
  await expect(page.locator('.saved-entry')).toHaveCount(0);
});
