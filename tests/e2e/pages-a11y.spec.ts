import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/offline';
import { facilityPath, pageTypes, samples } from './support/samples';

const s = samples();

for (const [name, path, why] of pageTypes()) {
  test(`axe: no accessibility violations on ${name}`, async ({ page }) => {
    test.skip(!path, why ?? `no ${name} in the data`);
    const response = await page.goto(path!);
    if (name === '404') expect(response?.status()).toBe(404);
    else expect(response?.ok(), `${path} should load`).toBe(true);
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

test('crisis line, 911 and quick exit are visible without scrolling on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(s.withoutPrograms ? facilityPath(s.withoutPrograms) : 'about/');
  for (const locator of [
    page.locator('.crisis-banner a[href="tel:988"]'),
    page.locator('.crisis-banner a[href="tel:911"]'),
    page.getByRole('link', { name: 'Quick exit' }),
  ]) {
    await expect(locator).toBeInViewport();
    const box = (await locator.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
  }
  const bar = (await page.locator('.safety-bar').boundingBox())!;
  expect(bar.height, 'the crisis bar stays compact').toBeLessThanOrEqual(100);
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
