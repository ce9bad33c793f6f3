import { expect, test, type Page } from '@playwright/test';
import { byId, haversineMiles, listed, zipPoint } from './support/facilities';
import { stubTiles, waitForFinder, waitForResults } from './support/finder';

test.beforeEach(async ({ page }) => {
  await stubTiles(page);
});

/** Ids of the results on the current page, in order. */
async function resultIds(page: Page): Promise<string[]> {
  return page
    .locator('#finder-results-list > li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-id')!));
}

/** The total in "1–20 of 312 facilities". */
async function total(page: Page): Promise<number> {
  const text = (await page.locator('#finder-summary').textContent()) ?? '';
  const m = /of ([\d,]+) facilities|^([\d,]+) facilit/.exec(text);
  return m ? Number((m[1] ?? m[2])!.replace(/,/g, '')) : 0;
}

test('a ZIP plus the IOP filter lists the nearest IOPs first, by an independent computation', async ({ page }) => {
  const center = zipPoint('80203');
  const expected = listed()
    .filter((f) => f.location && f.levelsOfCare?.includes('intensive-outpatient'))
    .map((f) => ({ id: f.id, miles: haversineMiles(center, f.location!) }))
    .filter((f) => f.miles <= 25)
    .sort((a, b) => a.miles - b.miles);
  expect(expected.length).toBeGreaterThan(5);

  await page.goto('./');
  await waitForFinder(page);
  await page.getByLabel('Where').fill('80203');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('checkbox', { name: /Intensive outpatient/ }).check();
  await waitForResults(page, { where: '80203', level: 'intensive-outpatient' });

  // Within rounding (coordinates are stored to 1/10,000 degree), the count is the same...
  const edge = expected.filter((f) => Math.abs(f.miles - 25) < 0.05).length;
  expect(Math.abs((await total(page)) - expected.length)).toBeLessThanOrEqual(edge);
  // ...and the list is ordered by distance: the n-th result is as far as the n-th nearest IOP.
  const ids = await resultIds(page);
  expect(ids.length).toBe(Math.min(20, expected.length));
  const facilities = byId();
  ids.forEach((id, n) => {
    const f = facilities.get(id)!;
    expect(f.levelsOfCare).toContain('intensive-outpatient');
    expect(haversineMiles(center, f.location!)).toBeCloseTo(expected[n]!.miles, 1);
  });
  // Distances are shown in miles.
  await expect(page.locator('.finder-result__distance').first()).toHaveText(/^\d+(\.\d)? mi$/);
  // Every result links to its page and can be called.
  const first = page.locator('#finder-results-list > li').first();
  await expect(first.getByRole('link').first()).toHaveAttribute('href', new RegExp(`facilities/${ids[0]}/$`));
  // The page says what the data cannot: SAMHSA records no mental-health IOPs.
  await expect(page.locator('.finder-caveat')).toContainText('does not record IOPs');
});

test('a typo still finds the facility ("serenety" finds Serenity)', async ({ page }) => {
  const serenity = listed().filter((f) => /\bserenity\b/i.test(f.name));
  expect(serenity.length).toBeGreaterThan(3);
  await page.goto('./');
  await waitForFinder(page);
  await page.getByLabel('What are you looking for?').fill('serenety');
  await waitForResults(page, { q: 'serenety' });
  expect(await total(page)).toBeGreaterThanOrEqual(serenity.length);
  const names = await page.locator('.finder-result__name').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toMatch(/serenity/i);
});

test('a taxonomy synonym works ("dual diagnosis" finds co-occurring programs)', async ({ page }) => {
  const co = listed().filter((f) => f.address.state === 'CO' && f.specialties?.includes('co-occurring'));
  await page.goto('./?state=CO');
  await waitForFinder(page);
  await page.getByLabel('What are you looking for?').fill('dual diagnosis');
  await waitForResults(page, { q: 'dual diagnosis', state: 'CO' });
  expect(await total(page)).toBe(co.length);
  const facilities = byId();
  for (const id of await resultIds(page)) expect(facilities.get(id)!.specialties, id).toContain('co-occurring');
  await expect(page.locator('.finder-chip')).toHaveText(['Co-occurring disorders (dual diagnosis)×']);
});

test('typed needs are read as filters: "iop medicaid" near 80203 lists exactly the IOPs that take Medicaid', async ({
  page,
}) => {
  const center = zipPoint('80203');
  const expected = listed().filter(
    (f) =>
      f.location &&
      haversineMiles(center, f.location) <= 25 &&
      f.levelsOfCare?.includes('intensive-outpatient') &&
      f.payment?.includes('medicaid'),
  );
  await page.goto('./?where=80203');
  await waitForResults(page, { where: '80203' });
  await page.getByLabel('What are you looking for?').fill('iop medicaid');
  await waitForResults(page, { where: '80203', q: 'iop medicaid' });
  await expect(page.locator('.finder-chip')).toHaveText(['Intensive outpatient (IOP)×', 'Medicaid×']);
  const edge = expected.filter((f) => Math.abs(haversineMiles(center, f.location!) - 25) < 0.05).length;
  expect(Math.abs((await total(page)) - expected.length)).toBeLessThanOrEqual(edge);
  const facilities = byId();
  for (const id of await resultIds(page)) {
    expect(facilities.get(id)!.payment, id).toContain('medicaid');
    expect(facilities.get(id)!.levelsOfCare, id).toContain('intensive-outpatient');
  }
  // The boxes the words checked are the same filters, with their counts.
  await expect(page.getByRole('checkbox', { name: /^Medicaid \(\d+\)$/ })).toBeChecked();
});

test('multi-word queries combine words across name, services and payment', async ({ page }) => {
  const wanted = listed().filter(
    (f) =>
      f.address.state === 'CO' &&
      f.specialties?.includes('eating-disorders') &&
      f.levelsOfCare?.includes('intensive-outpatient') &&
      f.payment?.includes('medicaid'),
  );
  await page.goto('./?state=CO');
  await waitForFinder(page);
  const q = 'intensive outpatient for eating disorders that takes medicaid';
  await page.getByLabel('What are you looking for?').fill(q);
  await waitForResults(page, { q, state: 'CO' });
  const ids = await resultIds(page);
  for (const f of wanted) expect(ids).toContain(f.id);
  const facilities = byId();
  for (const id of ids) {
    const f = facilities.get(id)!;
    expect(f.payment).toContain('medicaid');
  }
});

test('a word that matches nothing is named, and the rest of the search still runs', async ({ page }) => {
  await page.goto('./?where=80203&radius=5&q=zzzqqqxx');
  await waitForResults(page, { q: 'zzzqqqxx' });
  await expect(page.locator('.finder-note--unmatched')).toContainText('Nothing matches “zzzqqqxx”');
  expect(await total(page)).toBeGreaterThan(0);
});

test('a misspelt name gets a "Did you mean…?" that fixes the words in one tap', async ({ page }) => {
  await page.goto('./?q=senerity');
  await waitForResults(page, { q: 'senerity' });
  const note = page.locator('.finder-note--unmatched');
  await expect(note).toContainText('Nothing matches “senerity”');
  await note.getByRole('button', { name: 'serenity' }).click();
  await expect(page.getByLabel('What are you looking for?')).toHaveValue('serenity');
  await waitForResults(page, { q: 'serenity' });
  const names = await page.locator('.finder-result__name').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toMatch(/serenity/i);
});

test('no results says so and offers ways out', async ({ page }) => {
  await page.goto('./?where=80203&radius=5&q=yupik');
  await waitForResults(page, { q: 'yupik' });
  await expect(page.locator('#finder-summary')).toHaveText(/No facilities within 5 miles of 80203/);
  await expect(page.getByRole('button', { name: 'Search within 100 miles' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear the search words' }).click();
  await waitForResults(page, { where: '80203', radius: '5', q: '' });
  expect(await total(page)).toBeGreaterThan(0);
  await expect(page.getByLabel('What are you looking for?')).toHaveValue('');
});

test('results are paged, never cut off: the count says which ones are shown', async ({ page }) => {
  await page.goto('./?where=80203&radius=50');
  await waitForResults(page, { where: '80203' });
  const n = await total(page);
  expect(n).toBeGreaterThan(40);
  await expect(page.locator('#finder-summary')).toContainText(`1–20 of ${n.toLocaleString('en-US')} facilities`);
  const firstPage = await resultIds(page);
  await page.getByRole('button', { name: 'Next page' }).click();
  await waitForResults(page, { page: '2' });
  await expect(page.locator('#finder-summary')).toContainText(`21–40 of ${n.toLocaleString('en-US')}`);
  const secondPage = await resultIds(page);
  expect(secondPage.some((id) => firstPage.includes(id))).toBe(false);
  await expect(page.getByRole('heading', { name: 'Results', exact: true })).toBeFocused();
});
