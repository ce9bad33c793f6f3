import type { Page } from '@playwright/test';
import { expect, test } from './support/offline';
import { waitForFinder, waitForResults } from './support/finder';
import { pageTypes } from './support/samples';

/**
 * No value, however long and unbroken, may make a page wider than a phone.
 * The schema caps field lengths, but a 60-character city or a 500-character
 * website without a space is still far wider than 375 px. On each page type
 * the text the page shows (names, streets, cities, links, list entries) is
 * replaced with one unbroken SYNTHETIC 2,000-character word, and the page must
 * still fit the viewport. Buttons, form controls, the labels of facts (dt),
 * table headings and the count and link columns after a table's first one
 * hold only the site's own short words and are left alone.
 */
const WIDTH = 375;
const OWN_WORDS = 'button, select, option, label, input, textarea, dt, th, td:not(:first-child), svg, script, style';

async function fillWithLongWords(page: Page): Promise<number> {
  return page.evaluate((ownWords) => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (node.textContent!.trim().length < 3) continue;
      if (parent.closest(ownWords)) continue;
      nodes.push(node as Text);
    }
    for (const node of nodes) node.textContent = `W${'x'.repeat(1999)}`;
    return nodes.length;
  }, OWN_WORDS);
}

async function expectFits(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'page width at a 375 px viewport').toBeLessThanOrEqual(WIDTH);
}

test.use({ viewport: { width: WIDTH, height: 800 }, hasTouch: true, isMobile: true });

for (const [name, path, why] of pageTypes()) {
  test(`2,000-character words do not widen ${name} at 375 px`, async ({ page }) => {
    test.skip(!path, why ?? `no ${name} in the data`);
    await page.goto(path!);
    await expectFits(page);
    expect(await fillWithLongWords(page)).toBeGreaterThan(3);
    await expectFits(page);
  });
}

test('2,000-character words do not widen the finder results at 375 px', async ({ page }) => {
  await page.goto('./');
  await waitForFinder(page);
  await page.getByLabel('Where').fill('80203');
  await waitForResults(page, { where: '80203' });
  await expectFits(page);
  expect(await fillWithLongWords(page)).toBeGreaterThan(10);
  await expectFits(page);
});
