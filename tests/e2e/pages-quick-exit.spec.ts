import { QUICK_EXIT_URL } from '../../src/lib/site-config';
import { expect, test } from './support/offline';
import { facilityPath, samples } from './support/samples';

const s = samples();
const facility = s.withoutPrograms ?? s.approximate;

test.beforeEach(async ({ page }) => {
  // Answer the exit page here: no request leaves the machine.
  await page.route(`${QUICK_EXIT_URL}**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Weather</title><h1>Weather</h1>',
    }),
  );
});

test('Escape leaves for the exit page and replaces the history entry', async ({ page }) => {
  test.skip(!facility, 'no facility in the data');
  await page.goto('about/');
  await page.goto(facilityPath(facility!));
  const before = await page.evaluate(() => history.length);
  await page.keyboard.press('Escape');
  await page.waitForURL(QUICK_EXIT_URL);
  await expect(page.locator('h1')).toHaveText('Weather');
  expect(await page.evaluate(() => history.length), 'no history entry added').toBe(before);
  // Back skips the replaced facility page and lands on the page before it.
  await page.goBack();
  await expect(page).toHaveURL(/\/about\/$/);
});

test('the quick exit link is reachable second in tab order and works from the keyboard', async ({ page }) => {
  await page.goto('states/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const exit = page.getByRole('link', { name: 'Quick exit' });
  await expect(exit).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(QUICK_EXIT_URL);
});

test('quick exit works by click on every page type', async ({ page }) => {
  await page.goto('guide/faq/');
  await page.getByRole('link', { name: 'Quick exit' }).click();
  await page.waitForURL(QUICK_EXIT_URL);
});

test('Escape that a widget has already handled does not leave', async ({ page }) => {
  await page.goto('about/');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'widget';
    input.setAttribute('aria-label', 'Test widget');
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') e.preventDefault();
    });
    document.querySelector('main')!.append(input);
  });
  await page.locator('#widget').focus();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/about\/$/);
});

test('Escape while a dialog or an expanded list is open does not leave', async ({ page }) => {
  await page.goto('about/');
  await page.evaluate(() => {
    const dialog = document.createElement('dialog');
    dialog.innerHTML = '<p>Dialog</p><button type="button">OK</button>';
    document.body.append(dialog);
    dialog.showModal();
    // Keep it open, as a dialog that ignores cancel would.
    dialog.addEventListener('cancel', (e) => e.preventDefault());
  });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/about\/$/);

  await page.evaluate(() => {
    document.querySelector('dialog')!.remove();
    const combo = document.createElement('input');
    combo.id = 'combo';
    combo.setAttribute('role', 'combobox');
    combo.setAttribute('aria-label', 'Test combobox');
    combo.setAttribute('aria-expanded', 'true');
    document.querySelector('main')!.append(combo);
  });
  await page.locator('#combo').focus();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/about\/$/);
});
