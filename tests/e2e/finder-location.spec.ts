import { expect, test } from '@playwright/test';
import { stubTiles, waitForFinder, waitForResults } from './support/finder';

test.beforeEach(async ({ context }) => {
  await stubTiles(context);
});

test('"Use my location" searches around the (mocked) position, rounded in the URL', async ({ context, page }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 39.739236, longitude: -104.990251 });
  await page.goto('./');
  await waitForFinder(page);
  await page.getByRole('button', { name: 'Use my location' }).click();
  await waitForResults(page, { near: '39.74,-104.99' });
  await expect(page.locator('#finder-summary')).toContainText('within 25 miles of your location');
  await expect(page.getByText('Searching near your location.')).toBeVisible();
  // The URL carries a point rounded to about a kilometre, never the exact one.
  expect(new URL(page.url()).searchParams.get('near')).toBe('39.74,-104.99');
  await expect(page.locator('.finder-result__distance').first()).toHaveText(/mi$/);
});

test('denied location permission explains itself and the page stays usable', async ({ page }) => {
  // No permission granted: Chromium answers "denied".
  await page.goto('./');
  await waitForFinder(page);
  await page.getByRole('button', { name: 'Use my location' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Location permission was denied');
  await expect(page.getByLabel('Where')).toHaveAttribute('aria-invalid', 'true');
  // A ZIP still works afterwards, and the message goes away.
  await page.getByLabel('Where').fill('80203');
  await waitForResults(page, { where: '80203' });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an unavailable position is reported too', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'geolocation', {
      value: {
        getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) =>
          fail({ code: 2, message: 'unavailable' } as GeolocationPositionError),
      },
    });
  });
  await page.goto('./');
  await waitForFinder(page);
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.getByRole('alert')).toContainText('Your location is not available right now');
});
