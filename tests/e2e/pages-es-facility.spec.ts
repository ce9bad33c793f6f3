import { expect, test } from './support/offline';
import { facilityPath, samples } from './support/samples';

const s = samples();

test('a Spanish facility page speaks Spanish and keeps people on Spanish pages', async ({ page, outsideRequests }) => {
  const f = s.withoutPrograms;
  test.skip(!f, 'no open facility with an exact location and a street address in the data');
  await page.goto(`es/${facilityPath(f!)}`);
  await page.waitForLoadState('networkidle');
  expect(outsideRequests).toEqual([]);

  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle(/: centro de tratamiento \|/);
  await expect(page.getByRole('heading', { level: 2, name: 'Servicios' })).toBeVisible();
  await expect(page.locator('#levelsOfCare > dt')).toHaveText('Niveles de atención');
  await expect(page.getByRole('link', { name: /Cómo llegar/ })).toHaveAttribute('href', /google\.com\/maps/);
  await expect(page.locator('.facility-map figcaption')).toHaveText(/^Ubicación en /);
  await expect(page.locator('.source-box h2')).toHaveText('De dónde viene esta información');
  await expect(page.locator('.source-box')).toContainText(/Del directorio de SAMHSA de 20\d\d, sin verificar todavía/);

  // Every link inside the page body leads to a Spanish page or out of the site.
  const internal = await page
    .locator('main a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(internal.length).toBeGreaterThan(3);
  const english = internal.filter((href) => !/\/es\/|\/data\//.test(href));
  expect(english).toEqual([]);
  await expect(page.getByRole('link', { name: 'Abrir el mapa interactivo' })).toHaveAttribute('href', /\/es\/\?near=/);
  await expect(page.getByRole('link', { name: 'Qué significa "verificado por última vez"' })).toHaveAttribute(
    'href',
    /\/es\/about\/#last-verified$/,
  );
});

test('a Spanish facility page marks an approximate location and a withheld address in Spanish', async ({ page }) => {
  test.skip(!s.approximate || !s.addressWithheld, 'the data has no approximate location or withheld address');
  await page.goto(`es/${facilityPath(s.approximate!)}`);
  await expect(page.locator('.facility-map figcaption')).toHaveText('Ubicación aproximada (zona del código postal)');
  await page.goto(`es/${facilityPath(s.addressWithheld!)}`);
  await expect(page.locator('.contact address')).toContainText('SAMHSA no publica la dirección');
});

test('a Spanish facility page lists nearby alternatives on Spanish pages, with Spanish distances', async ({ page }) => {
  const f = s.withoutPrograms;
  test.skip(!f, 'no open facility with an exact location in the data');
  await page.goto(`es/${facilityPath(f!)}`);
  const nearby = page.locator('.nearby');
  test.skip((await nearby.count()) === 0, 'this facility has no level of care for alternatives');
  await expect(nearby.locator('h2')).toHaveText('Cerca, con el mismo nivel de atención');
  const cards = nearby.locator('.card-list li');
  expect(await cards.count()).toBeGreaterThan(0);
  await expect(cards.first().locator('a')).toHaveAttribute('href', /\/es\/facilities\//);
  await expect(cards.first()).toContainText(/ · a \d+(\.\d)? mi/);
  await expect(nearby.getByRole('link', { name: 'Ver más cerca de aquí en el buscador' })).toHaveAttribute(
    'href',
    /\/es\/\?/,
  );
});
