import { expect, test } from './support/offline';
import { facilityPath, samples } from './support/samples';

const s = samples();

async function jsonLd(page: import('@playwright/test').Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const parsed = JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(parsed) ? parsed : [parsed];
  });
}

for (const [name, pick] of [
  ['exact location', s.withoutPrograms],
  ['approximate location', s.approximate],
  ['withheld address', s.addressWithheld],
] as const) {
  test(`facility JSON-LD parses and has the required properties (${name})`, async ({ page }) => {
    test.skip(!pick, `no facility with ${name} in the data`);
    await page.goto(facilityPath(pick!));
    const nodes = await jsonLd(page);
    const org = nodes.find((n) => n['@type'] === 'MedicalClinic' || n['@type'] === 'MedicalOrganization');
    expect(org, 'a MedicalClinic or MedicalOrganization node').toBeTruthy();
    expect(org!['@context']).toBe('https://schema.org');
    expect(org!.name).toBe(await page.locator('h1').evaluate((h) => h.firstChild?.textContent?.trim()));
    const address = org!.address as Record<string, string>;
    expect(address['@type']).toBe('PostalAddress');
    expect(address.addressLocality).toBeTruthy();
    expect(address.addressRegion).toMatch(/^[A-Z]{2}$/);
    expect(address.postalCode).toMatch(/^\d{5}$/);
    expect(address.addressCountry).toBe('US');
    expect(org!.url).toMatch(/^https?:\/\//);
    if (org!.telephone !== undefined) expect(org!.telephone).toMatch(/^\+1-\d{3}-\d{3}-\d{4}( x\d+)?$/);
    if (name === 'exact location') {
      const geo = org!.geo as Record<string, unknown>;
      expect(geo['@type']).toBe('GeoCoordinates');
      expect(typeof geo.latitude).toBe('number');
      expect(typeof geo.longitude).toBe('number');
    } else if (name === 'approximate location') {
      expect(org!.geo, 'a ZIP-code centre is not given as the facility location').toBeUndefined();
    }
    if (org!.medicalSpecialty !== undefined) {
      for (const m of org!.medicalSpecialty as string[]) expect(m).toMatch(/^https:\/\/schema\.org\/[A-Z][A-Za-z]+$/);
    }
    const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList');
    expect((crumbs!.itemListElement as unknown[]).length).toBeGreaterThanOrEqual(3);
  });
}

test('pages carry a canonical URL, Open Graph tags and a unique description', async ({ page }) => {
  test.skip(!s.state, 'no state with facilities');
  const seen = new Set<string>();
  for (const path of [
    `states/${s.state}/`,
    `states/${s.state}/2/`,
    `es/states/${s.state}/`,
    `es/states/${s.state}/2/`,
    'guide/what-is-iop/',
    'about/',
  ]) {
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical!.endsWith(`/${path}`), `${canonical} is the canonical URL of ${path}`).toBe(true);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    const description = (await page.locator('meta[name="description"]').getAttribute('content'))!;
    expect(description.length).toBeGreaterThan(40);
    expect(seen.has(description)).toBe(false);
    seen.add(description);
  }
});

test('the 404 pages are not indexed', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await page.goto('es/404.html');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});
