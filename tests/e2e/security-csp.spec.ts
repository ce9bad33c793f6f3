import type { Page } from '@playwright/test';
import { expect, test } from './support/offline';
import { watchViolations } from './support/csp';
import { TILE_URL, waitForFinder, waitForResults } from './support/finder';
import { pageTypes } from './support/samples';

/**
 * The Content-Security-Policy in the browser: no page type, and no finder
 * session with the map open, may trigger a single violation. A violation is
 * a script, style, image or request the policy blocked: either the site
 * broke itself, or the policy is missing something the site needs.
 */

/** The policy of the page, directive by directive, from its one CSP meta tag. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const contents = await page
    .locator('meta[http-equiv="content-security-policy" i]')
    .evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
  expect(contents, 'exactly one CSP meta tag').toHaveLength(1);
  const policy = new Map<string, string[]>();
  for (const part of contents[0]!.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name, values);
  }
  return policy;
}

const tileOrigin = new URL(TILE_URL.replace(/\{[a-z]+\}/g, '0')).origin;

for (const [name, path, why] of [['finder (home)', './'] as [string, string], ...pageTypes()]) {
  test(`CSP: no violation on ${name}`, async ({ page }) => {
    test.skip(!path, why ?? `no ${name} in the data`);
    const violations = await watchViolations(page);
    await page.goto(path!, { waitUntil: 'networkidle' });
    const policy = await policyOf(page);
    expect(policy.get('script-src')).toContain("'self'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', tileOrigin]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    // Every inline script on the page is allowed by its hash (JSON-LD is data, not script).
    const inline = await page
      .locator('script:not([src]):not([type="application/ld+json"])')
      .evaluateAll((scripts) => scripts.length);
    if (inline > 0) expect(policy.get('script-src')!.some((v) => v.startsWith("'sha256-"))).toBe(true);
    expect(violations).toEqual([]);
  });
}

test('CSP: a finder session with the map open runs without a violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('./');
  await waitForFinder(page);
  await page.getByLabel('Where').fill('80203');
  await waitForResults(page, { where: '80203' });
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
  await page.getByRole('checkbox', { name: /Intensive outpatient/ }).check();
  await page.getByLabel('What are you looking for?').fill('recovery');
  await waitForResults(page, { q: 'recovery' });
  await page
    .getByRole('button', { name: /Show on map/ })
    .first()
    .click();
  await expect(page.locator('.leaflet-popup-content')).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('CSP: an injected inline script or outside image is blocked, and the watcher sees it', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('about/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const img = document.createElement('img');
    img.src = 'https://images.example.net/pixel.png';
    document.body.append(img);
  });
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.join('\n')).toMatch(/script-src(-elem)? blocked inline/);
  expect(violations.join('\n')).toMatch(/img-src blocked https:\/\/images\.example\.net\/pixel\.png/);
});
