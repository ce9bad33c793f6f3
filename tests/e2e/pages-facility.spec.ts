import { expect, test } from './support/offline';
import { facilityPath, samples } from './support/samples';

const s = samples();

test('a facility page shows contact details, services, sources and problem links, and contacts no outside host', async ({
  page,
  outsideRequests,
  baseURL,
}) => {
  const f = s.withoutPrograms;
  test.skip(!f, 'no open facility with an exact location and a street address in the data');
  await page.goto(facilityPath(f!));
  await page.waitForLoadState('networkidle');
  expect(outsideRequests, 'a facility page loads nothing from outside hosts').toEqual([]);

  await expect(page.locator('h1')).toBeVisible();
  const phones = page.locator('.phones a');
  for (const href of await phones.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^tel:\+1\d{10}(,\d+)?$/);
  }
  await expect(page.getByRole('link', { name: /Get directions/ })).toHaveAttribute(
    'href',
    /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=/,
  );
  await expect(page.locator('#levelsOfCare > dt')).toHaveText('Levels of care');
  await expect(page.locator('.facility-map svg[role="img"]')).toBeVisible();
  await expect(page.locator('.facility-map figcaption')).toHaveText(/^Location in /);
  await expect(page.locator('.source-box')).toContainText(/SAMHSA|verified/);

  const report = new URL(
    (await page.getByRole('link', { name: 'Report a problem with this listing' }).getAttribute('href'))!,
  );
  expect(report.pathname).toMatch(/\/issues\/new$/);
  expect(report.searchParams.get('template')).toBe('report-problem.yml');
  expect(report.searchParams.get('facility-id')).toBe(f!.id);
  expect(report.searchParams.get('facility-url')).toMatch(new RegExp(`/facilities/${f!.id}/$`));
  await expect(page.getByRole('link', { name: 'Edit this listing' })).toHaveAttribute(
    'href',
    new RegExp(`/edit/main/data/facilities/${f!.address.state.toLowerCase()}/${f!.id}\\.json$`),
  );

  // Every link on the page is http(s), tel: or on this site.
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) expect(href).toMatch(/^(https?:|tel:)/);
  expect(baseURL).toBeTruthy();
});

test('an approximate location is drawn as an area and labelled as approximate', async ({ page }) => {
  test.skip(!s.approximate, 'no facility with a ZIP-centroid location in the data');
  await page.goto(facilityPath(s.approximate!));
  const map = page.locator('.facility-map');
  await expect(map.locator('figcaption')).toHaveText('Approximate location (ZIP code area)');
  await expect(map.locator('circle.area')).toHaveCount(1);
  await expect(map.locator('circle.dot')).toHaveCount(0);
});

test('a withheld address says so and offers no directions', async ({ page }) => {
  test.skip(!s.addressWithheld, 'no facility with a withheld address in the data');
  await page.goto(facilityPath(s.addressWithheld!));
  await expect(page.locator('.contact address')).toContainText('Address withheld by SAMHSA');
  await expect(page.getByRole('link', { name: /Get directions/ })).toHaveCount(0);
});

test('nearby alternatives link to other facility pages with distances', async ({ page }) => {
  const f = s.withoutPrograms;
  test.skip(!f, 'no facility in the data');
  await page.goto(facilityPath(f!));
  const nearby = page.locator('.nearby');
  await expect(nearby.getByRole('heading', { name: /Nearby/ })).toBeVisible();
  const items = nearby.locator('.card-list > li');
  const count = await items.count();
  expect(count).toBeLessThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    await expect(items.nth(i)).toContainText(/\d(\.\d)? miles? away/);
    await expect(items.nth(i).locator('a')).toHaveAttribute('href', /\/facilities\/[a-z0-9-]+\/$/);
  }
});

test('state and specialty pages link into the finder with filters preset', async ({ page }) => {
  test.skip(!s.state, 'no state with facilities');
  await page.goto(`states/${s.state}/`);
  const search = page.getByRole('link', { name: /^Search .* in the finder$/ }).first();
  const url = new URL((await search.getAttribute('href'))!, page.url());
  expect(url.searchParams.get('state')).toBe(s.state!.toUpperCase());
  await page.goto(`specialties/${s.specialty}/`);
  const finder = new URL(
    (await page.getByRole('link', { name: 'Search these programs near you' }).getAttribute('href'))!,
    page.url(),
  );
  expect(finder.searchParams.get('specialty')).toBe(s.specialty);
});
