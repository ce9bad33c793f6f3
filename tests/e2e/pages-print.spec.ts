import { expect, test } from './support/offline';
import { facilityPath, samples } from './support/samples';

const s = samples();

test('a facility page prints as a clean one-page referral sheet', async ({ page }) => {
  const f = s.withoutPrograms;
  test.skip(!f, 'no facility in the data');
  await page.goto(facilityPath(f!));
  await page.emulateMedia({ media: 'print' });

  for (const hidden of ['.site-nav', '.quick-exit', '.facility-map', '.nearby', '.site-footer', '.breadcrumbs']) {
    await expect(page.locator(hidden).first(), `${hidden} is hidden in print`).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.contact')).toBeVisible();
  await expect(page.locator('.crisis-banner')).toBeVisible();
  await expect(page.locator('.crisis-banner')).toContainText('988');
  await expect(page.locator('.print-only')).toBeVisible();

  // Black on white, and link addresses written out after outside links.
  const colors = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return { color: body.color, background: body.backgroundColor };
  });
  expect(colors.color).toBe('rgb(0, 0, 0)');
  expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(colors.background);
  const website = page.locator('.contact a[href^="http"]').first();
  if (await website.count()) {
    const after = await website.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(await website.getAttribute('href'));
  }

  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
  expect(pages.length, 'fits on one page').toBe(1);
});
