import { expect, test, type Locator, type Page } from '@playwright/test';
import { byId, haversineMiles, listed, zipPoint } from './support/facilities';
import { stubTiles, waitForFinder, waitForResults } from './support/finder';

/** A phone: 390×844 CSS pixels, touch, coarse pointer. */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test.beforeEach(async ({ page }) => {
  await stubTiles(page);
});

/** Bottom edge of the sticky crisis bar. */
async function barBottom(page: Page): Promise<number> {
  return (await page.locator('.safety-bar').boundingBox())!.height;
}

/** Whether the whole element is on screen and not under the crisis bar. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return !!box && box.y >= (await barBottom(page)) - 1 && box.y < 844;
}

test('a ZIP and Enter: focus on the count, the first result in view, and its number a tap away', async ({ page }) => {
  await page.goto('./');
  await waitForFinder(page);
  // The results start closed under a "Filters" button, not below 30 checkboxes.
  await expect(page.getByRole('checkbox').first()).toBeHidden();
  await page.getByLabel('Where').fill('85004');
  await page.getByLabel('Where').press('Enter');
  await waitForResults(page, { where: '85004' });
  await expect(page.locator('#finder-summary')).toBeFocused();
  await expect(page.locator('#finder-summary')).toContainText('within 25 miles of 85004');
  const first = page.locator('#finder-results-list > li').first();
  await expect.poll(() => inView(page, first.locator('.finder-result__name'))).toBe(true);
  // Nearest first, by an independent computation.
  const id = (await first.getAttribute('data-id'))!;
  const center = zipPoint('85004');
  const nearest = Math.min(
    ...listed()
      .filter((f) => f.location)
      .map((f) => haversineMiles(center, f.location!)),
  );
  expect(haversineMiles(center, byId().get(id)!.location!)).toBeCloseTo(nearest, 1);

  const call = first.getByRole('link', { name: /^Call / });
  await expect(call).toHaveAttribute('href', /^tel:\+1\d{10}/);
  const box = (await call.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  // The tap lands on the link itself, nothing covers it.
  await page.evaluate(() => {
    document.addEventListener('click', (e) => {
      (window as unknown as { tapped?: string }).tapped = (e.target as Element).closest('a')?.href;
      e.preventDefault();
    });
  });
  await call.tap();
  expect(await page.evaluate(() => (window as unknown as { tapped?: string }).tapped)).toMatch(/^tel:\+1/);
});

test('typed needs become filters, shown as chips, and the filters stay behind a button with live counts', async ({
  page,
}) => {
  await page.goto('./');
  await waitForFinder(page);
  await page.getByLabel('What are you looking for?').fill('teen iop near 80203');
  await page.getByLabel('What are you looking for?').press('Enter');
  await waitForResults(page, { q: 'teen iop near 80203' });
  await expect(page.locator('.finder-chip')).toHaveText(['Near 80203×', 'Adolescents×', 'Intensive outpatient (IOP)×']);
  const facilities = byId();
  for (const id of await page.locator('#finder-results-list > li').evaluateAll((l) => l.map((li) => li.dataset.id!))) {
    expect(facilities.get(id)!.specialties).toContain('adolescents');
    expect(facilities.get(id)!.levelsOfCare).toContain('intensive-outpatient');
  }
  const toggle = page.getByRole('button', { name: /^Filters \(2\)$/ });
  await toggle.click();
  await expect(page.getByRole('checkbox', { name: /Intensive outpatient/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Medicaid \(\d+\)$/ })).toBeVisible();
  await page.getByRole('button', { name: /^Show \d+ results$/ }).click();
  await expect(page.locator('#finder-summary')).toBeFocused();
  // Removing a chip takes its words out of the box.
  await page.getByRole('button', { name: /Remove Adolescents/ }).click();
  await expect(page.getByLabel('What are you looking for?')).toHaveValue('iop near 80203');
});

test('the crisis bar and quick exit stay uncovered while the page scrolls past an open map', async ({ page }) => {
  await page.goto('./?where=80203');
  await waitForResults(page, { where: '80203' });
  await page.getByRole('button', { name: 'Show map' }).click();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  const hit = (locator: Locator) =>
    locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!top && (top === el || el.contains(top));
    });
  const lifeline = page.locator('.crisis-banner a[href="tel:988"]');
  const exit = page.locator('a.quick-exit');
  const mapTop = await page.locator('.finder-map__wrap').evaluate((el) => el.getBoundingClientRect().top + scrollY);
  for (let y = mapTop - 300; y <= mapTop + 500; y += 60) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    expect(await hit(lifeline), `988 covered at scroll ${y}`).toBe(true);
    expect(await hit(exit), `quick exit covered at scroll ${y}`).toBe(true);
  }
});

test('one finger over the map scrolls the page; the map needs a tap first, and its markers are 24 px targets', async ({
  page,
}) => {
  await page.goto('./?where=80203');
  await waitForResults(page, { where: '80203' });
  await page.getByRole('button', { name: 'Show map' }).click();
  const map = page.locator('.finder-map__wrap');
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await expect(map.locator('.finder-map__hint')).toBeVisible();
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  const before = await page.evaluate(() => scrollY);
  const cdp = await page.context().newCDPSession(page);
  const x = box.x + box.width / 2;
  const swipe = async (fromY: number, toY: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }] });
    for (let k = 1; k <= 8; k++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x, y: fromY + ((toY - fromY) * k) / 8 }],
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(box.y + box.height * 0.7, box.y + box.height * 0.2);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 50);
  await expect(map).toHaveAttribute('data-active', 'false');
  // A tap on the map itself (not a marker or a control) wakes it up for one-finger dragging.
  const spot = await page.locator('.leaflet-container').evaluate((el) => {
    const r = el.getBoundingClientRect();
    for (let y = r.height - 40; y > 40; y -= 15) {
      for (let x = r.width - 20; x > 60; x -= 15) {
        const hit = document.elementFromPoint(r.left + x, r.top + y);
        if (hit && (hit.classList.contains('leaflet-tile') || hit.classList.contains('leaflet-container')))
          return { x, y };
      }
    }
    return { x: r.width - 20, y: r.height / 2 };
  });
  await page.locator('.leaflet-container').tap({ position: spot });
  await expect(map).toHaveAttribute('data-active', 'true');
  for (const marker of await page.locator('.leaflet-marker-icon').all()) {
    const b = (await marker.boundingBox())!;
    expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
  }
});

test('Escape in a filled search box clears it; in an empty box it still leaves the site', async ({ page }) => {
  await page.route('https://www.weather.gov/**', (route) => route.fulfill({ status: 200, body: 'weather' }));
  await page.goto('./');
  await waitForFinder(page);
  const box = page.getByLabel('What are you looking for?');
  await box.fill('detox near me');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page).toHaveURL(/\/$/);
  await box.press('Escape');
  await expect(page).toHaveURL(/weather\.gov/);
});

test('a heading that gets focus is never under the sticky bar', async ({ page }) => {
  await page.goto('./?where=80203&radius=50');
  await waitForResults(page, { where: '80203' });
  await page.getByRole('button', { name: 'Next page' }).click();
  await waitForResults(page, { page: '2' });
  const heading = page.getByRole('heading', { name: 'Results', exact: true });
  await expect(heading).toBeFocused();
  await expect.poll(() => inView(page, heading)).toBe(true);
});
