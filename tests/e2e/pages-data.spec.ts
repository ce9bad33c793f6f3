/**
 * What the data work shows a person on the built site: a website with the
 * SAMHSA source it comes from, an old link to a merged listing that still
 * lands, nearby alternatives at the page's level of care, and site text that
 * states what is true of the data today.
 */
import { allFacilities } from './support/facilities';
import { stubTiles, waitForFinder, waitForResults } from './support/finder';
import { expect, test } from './support/offline';
import { facilityPath } from './support/samples';

interface DataFields {
  id: string;
  name: string;
  website?: string;
  samhsaWebsite?: { url: string; directory: 'su' | 'mh'; year: number };
  formerIds?: string[];
  levelsOfCare?: string[];
  lastVerified?: string;
  status?: string;
  location?: { precision: string };
}

const facilities = allFacilities() as unknown as DataFields[];

test('a website from SAMHSA’s locator links out and names its source', async ({ page }) => {
  const f = facilities.find((x) => x.samhsaWebsite && !x.website && x.status !== 'closed');
  test.skip(!f, 'no listing with a locator website in the data');
  await page.goto(facilityPath(f!));
  const contact = page.locator('.contact');
  const host = new URL(f!.samhsaWebsite!.url).hostname.replace(/^www\./, '');
  await expect(contact.getByRole('link', { name: host })).toHaveAttribute('href', f!.samhsaWebsite!.url);
  const directory = f!.samhsaWebsite!.directory === 'mh' ? 'mental health' : 'substance use';
  await expect(contact).toContainText(`(from the SAMHSA treatment locator, ${directory}, ${f!.samhsaWebsite!.year})`);
});

test('an old link to a listing merged into another lands on that listing', async ({ page }) => {
  const f = facilities.find((x) => x.formerIds?.length);
  test.skip(!f, 'no merged listing in the data');
  await page.goto(`facilities/${f!.formerIds![0]}/`);
  await expect(page).toHaveURL(new RegExp(`/${facilityPath(f!)}$`));
  await expect(page.locator('h1')).toHaveText(f!.name);
});

test('an IOP’s page offers nearby IOPs, not outpatient-only offices', async ({ page }) => {
  const f = facilities.find(
    (x) =>
      x.status !== 'closed' &&
      x.location?.precision === 'exact' &&
      x.levelsOfCare?.includes('outpatient') &&
      x.levelsOfCare?.includes('intensive-outpatient'),
  );
  test.skip(!f, 'no open IOP with an exact point in the data');
  await page.goto(facilityPath(f!));
  const nearby = page.locator('.nearby');
  await expect(nearby).toContainText('Open facilities offering Intensive outpatient (IOP), nearest first.');
  const levels = await nearby.locator('li .small').allTextContents();
  expect(levels.length).toBeGreaterThan(0);
  for (const line of levels) expect(line).toContain('Intensive outpatient (IOP)');
});

test('the footer and FAQ say how many listings are verified, counted from the data', async ({ page }) => {
  const listings = facilities.length.toLocaleString('en-US');
  const verified = facilities.filter((x) => x.lastVerified).length;
  const sentence =
    verified === 0
      ? `None of the ${listings} listings has been verified with the facility yet.`
      : new RegExp(`${verified.toLocaleString('en-US')} of the ${listings} listings ha(s|ve) been verified`);
  await page.goto('guide/faq/');
  await expect(page.locator('footer')).toContainText(sentence);
  await expect(page.locator('main')).toContainText(sentence);
  await expect(page.locator('footer')).not.toContainText('volunteers');
});

test('a ZIP only the USPS table knows (Frisco, TX) finds places, and each card shows its street', async ({ page }) => {
  await stubTiles(page);
  await page.goto('./');
  await waitForFinder(page);
  await page.getByLabel('Where').fill('75036');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await waitForResults(page, { where: '75036' });
  const first = page.locator('#finder-results-list > li').first();
  await expect(first).toBeVisible();
  const id = await first.getAttribute('data-id');
  const f = facilities.find((x) => x.id === id) as DataFields & { address: { street1?: string; city: string } };
  const place = first.locator('.finder-result__place');
  await expect(place).toContainText(f.address.street1 ? `${f.address.street1}, ${f.address.city}` : f.address.city);
});
