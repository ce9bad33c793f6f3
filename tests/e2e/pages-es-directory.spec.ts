/**
 * The directory in Spanish, as a Spanish speaker reads it: a state page with
 * Spanish words and state names whose links stay under /es/, and the Spanish
 * "page not found" page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SPANISH_STATE_NAMES } from '../../src/lib/geo/state-names-es';
import { directoryMessages } from '../../src/lib/i18n/messages/directory';
import { notFoundMessages } from '../../src/lib/i18n/messages/not-found';
import { expect, test } from './support/offline';
import { samples } from './support/samples';
import { DIST } from './support/static-site';

const s = samples();
const es = directoryMessages('es');

/** Paths of the links in an area of the page, without the base path. */
async function hrefs(page: Page, selector: string): Promise<string[]> {
  const base = new URL(page.url()).origin;
  const all = await page.locator(selector).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return all.map((h) => h.slice(base.length));
}

test('a Spanish state page is in Spanish, and its facility and level links go to Spanish pages', async ({ page }) => {
  test.skip(!s.state, 'no state with facilities');
  const response = await page.goto(`es/states/${s.state}/`);
  expect(response?.ok()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Centros de tratamiento en /);
  await expect(page.getByRole('heading', { name: es.byLevelHeading })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Ruta de navegación' }).getByRole('link')).toHaveText([
    'Inicio',
    'Estados',
  ]);

  const facilities = await hrefs(page, 'main ul.card-list h3 a');
  expect(facilities.length).toBeGreaterThan(0);
  for (const href of facilities) expect(href).toMatch(/\/es\/facilities\/[^/]+\/$/);

  const levels = await hrefs(page, 'main table.count-table tbody td:first-child a');
  expect(levels.length).toBeGreaterThan(0);
  for (const href of levels) expect(href).toMatch(new RegExp(`/es/states/${s.state}/[a-z-]+/$`));
  // The finder links keep their filters and open the Spanish finder.
  const finder = await hrefs(page, 'main table.count-table tbody td:last-child a');
  for (const href of finder) expect(href).toMatch(new RegExp(`/es/\\?(.+&)?state=${s.state!.toUpperCase()}`, 'i'));
  await expect(page.locator('main table.count-table thead')).toContainText('Centros');

  // A level page carries the level's Spanish heading and links back in Spanish.
  await page.goto(levels[0]!);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Programas .+ en /);
  for (const href of await hrefs(page, 'main ul.card-list h3 a')) expect(href).toMatch(/\/es\/facilities\//);
});

test('a state whose name Spanish writes differently is named in Spanish', async ({ page }) => {
  const code = Object.keys(SPANISH_STATE_NAMES).find((c) =>
    existsSync(join(DIST, 'es', 'states', c.toLowerCase(), 'index.html')),
  );
  test.skip(!code, 'no state with a Spanish name in this build');
  const name = SPANISH_STATE_NAMES[code as keyof typeof SPANISH_STATE_NAMES]!;
  await page.goto(`es/states/${code!.toLowerCase()}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.state.heading(name));
  await page.goto('es/states/');
  await expect(page.locator('main table.count-table')).toContainText(name);
});

test('the Spanish 404 page is served in Spanish, and each 404 page switches to the other', async ({ page }) => {
  const t = notFoundMessages('es');
  const response = await page.goto('es/404.html');
  expect(response?.ok()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.heading);
  await expect(page.locator('main')).toContainText('marque el 2');
  await expect(page.getByRole('link', { name: t.states })).toHaveAttribute('href', /\/es\/states\/$/);
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/404\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFoundMessages('en').heading);

  // Any missing page gets the English one, which leads to the Spanish file.
  const missing = await page.goto('no-such-page/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('link', { name: /Español/ })).toHaveAttribute('href', /\/es\/404\.html$/);
});
