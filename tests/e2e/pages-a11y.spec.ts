import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/offline';
import { facilityPath, samples } from './support/samples';

const s = samples();

/** One page of every type the pages area builds. Missing kinds are skipped, with the reason. */
const PAGES: [string, string | undefined, string?][] = [
  ['facility without programs', s.withoutPrograms && facilityPath(s.withoutPrograms)],
  ['facility with an approximate location', s.approximate && facilityPath(s.approximate)],
  ['facility with a withheld address', s.addressWithheld && facilityPath(s.addressWithheld)],
  ['state', s.state && `states/${s.state}/`],
  ['state, page 2', s.state && `states/${s.state}/2/`],
  ['state × level of care', s.state && `states/${s.state}/${s.level}/`],
  ['specialty', s.specialty && `specialties/${s.specialty}/`],
  ['states index', 'states/'],
  ['specialties index', 'specialties/'],
  ['guides index', 'guide/'],
  ['guide: levels of care', 'guide/levels-of-care/'],
  ['guide: what is IOP', 'guide/what-is-iop/'],
  ['guide: choosing a program', 'guide/choosing-a-program/'],
  ['guide: FAQ', 'guide/faq/'],
  ['about', 'about/'],
  ['404', 'this-page-does-not-exist/'],
];

for (const [name, path, why] of PAGES) {
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
