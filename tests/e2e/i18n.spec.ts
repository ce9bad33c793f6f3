import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { callQuestions } from '../../src/lib/guide/call-questions';
import { CATALOGUES, englishOnlyStrings } from '../../src/lib/i18n/messages';
import { byId } from './support/facilities';
import { stubTiles, waitForFinder, waitForResults } from './support/finder';
import { printedPages } from './support/pdf';
import { DIST } from './support/static-site';

/** Every built HTML file under a folder of dist/, as site paths ("es/states/co/index.html"). */
function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) return htmlFiles(join(dir, entry.name), path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const decode = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** One page of each kind, in Spanish: what the scan reads. */
function spanishPageTypes(): string[] {
  const all = htmlFiles('es', 'es');
  const first = (pattern: RegExp) => all.find((p) => pattern.test(p));
  const picks = [
    /^es\/index\.html$/,
    /^es\/facilities\/[^/]+\/index\.html$/,
    /^es\/states\/index\.html$/,
    /^es\/states\/[a-z]{2}\/index\.html$/,
    /^es\/states\/[a-z]{2}\/2\/index\.html$/,
    /^es\/states\/[a-z]{2}\/intensive-outpatient\/index\.html$/,
    /^es\/specialties\/index\.html$/,
    /^es\/specialties\/[^/]+\/index\.html$/,
    /^es\/guide\/index\.html$/,
    /^es\/guide\/levels-of-care\/index\.html$/,
    /^es\/guide\/what-is-iop\/index\.html$/,
    /^es\/guide\/choosing-a-program\/index\.html$/,
    /^es\/guide\/faq\/index\.html$/,
    /^es\/about\/index\.html$/,
    /^es\/shortlist\/index\.html$/,
    /^es\/data\/index\.html$/,
    /^es\/404\.html$/,
  ];
  return picks.map(first).filter((p): p is string => !!p);
}

test('every page has lang, and alternates that pair it with the same page in the other language', () => {
  const sample = [...spanishPageTypes(), ...spanishPageTypes().map((p) => p.replace(/^es\//, ''))];
  expect(sample.length).toBeGreaterThan(20);
  for (const path of sample) {
    const html = readFileSync(join(DIST, path), 'utf8');
    const lang = /<html lang="([a-z]+)"/.exec(html)?.[1];
    expect(lang, path).toBe(path.startsWith('es/') ? 'es' : 'en');
    if (/<meta name="robots" content="noindex"/.test(html)) continue;
    const alternates = Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    );
    expect(Object.keys(alternates).sort(), path).toEqual(['en-US', 'es-US', 'x-default']);
    // Each alternate exists and names this page back.
    for (const tag of ['en-US', 'es-US']) {
      const other = new URL(alternates[tag]!).pathname.replace(/^\//, '');
      const file = join(DIST, other === '' || other.endsWith('/') ? `${other}index.html` : other);
      const back = readFileSync(file, 'utf8');
      const pairs = [...back.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => m[2]);
      expect(pairs, `${path} -> ${other}`).toContain(alternates[path.startsWith('es/') ? 'es-US' : 'en-US']);
    }
  }
});

test('no built Spanish page shows an English UI string from the catalogues', () => {
  const english = CATALOGUES.flatMap((c) =>
    englishOnlyStrings(c.messages('en'), c.messages('es')).map((s) => ({ ...s, area: c.area })),
  )
    // Short words ("Save", "Yes") can be part of names and data; whole phrases cannot.
    .filter((s) => s.text.trim().split(/\s+/).length >= 3);
  expect(english.length).toBeGreaterThan(50);
  const pages = spanishPageTypes();
  expect(pages.length).toBeGreaterThanOrEqual(15);
  const found: string[] = [];
  for (const path of pages) {
    const text = decode(readFileSync(join(DIST, path), 'utf8'));
    for (const s of english) if (text.includes(s.text)) found.push(`${path}: ${s.area}.${s.path} “${s.text}”`);
  }
  expect(found).toEqual([]);
});

test.describe('the finder in Spanish', () => {
  test.beforeEach(async ({ page }) => {
    await stubTiles(page);
  });

  test('a Spanish query near a ZIP reads as filters, in Spanish, and links stay in Spanish', async ({ page }) => {
    await page.goto('./es/');
    await waitForFinder(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const box = page.getByLabel('¿Qué busca?');
    await box.fill('tratamiento para adolescentes que acepte medicaid cerca de 80203');
    await box.press('Enter');
    const q = 'tratamiento para adolescentes que acepte medicaid cerca de 80203';
    await waitForResults(page, { q });
    await expect(page.locator('.finder-chip')).toHaveText(['Cerca de 80203×', 'Adolescentes×', 'Medicaid×']);
    await expect(page.locator('#finder-summary')).toContainText(/de [\d,]+ centros a 25 millas o menos de 80203\./);
    const facilities = byId();
    const items = page.locator('#finder-results-list > li');
    for (const id of await items.evaluateAll((l) => l.map((li) => (li as HTMLElement).dataset.id!))) {
      expect(facilities.get(id)!.specialties, id).toContain('adolescents');
      expect(facilities.get(id)!.payment, id).toContain('medicaid');
    }
    const first = items.first();
    await expect(first.getByRole('link').first()).toHaveAttribute('href', /\/es\/facilities\/[^/]+\/$/);
    await expect(first.locator('dt').first()).toHaveText('Tratamiento');
    await expect(first.getByRole('link', { name: /^Llamar al / })).toHaveAttribute('href', /^tel:/);
    // The filters, in Spanish, with the words' terms checked.
    await expect(page.getByRole('checkbox', { name: /^Adolescentes \(\d+\)$/ })).toBeChecked();
  });

  test('accents are optional, and a misspelt Spanish word gets its accented label back', async ({ page }) => {
    await page.goto('./es/?where=33130&q=desintoxicacion');
    await waitForResults(page, { where: '33130', q: 'desintoxicacion' });
    await expect(page.locator('.finder-chip')).toHaveText(['Desintoxicación (detox)×']);
    await page.goto('./es/?where=33130&q=habla+espa%C3%B1ol');
    await waitForResults(page, { q: 'habla español' });
    await expect(page.locator('.finder-chip')).toContainText(['Español']);
  });

  test('the crisis bar gives the Lifeline’s Spanish options and quick exit is in Spanish', async ({ page }) => {
    await page.goto('./es/');
    await expect(page.locator('.crisis-banner')).toContainText('marque el 2');
    await expect(page.locator('.crisis-banner')).toContainText('AYUDA');
    await expect(page.getByRole('link', { name: /Salida rápida/ })).toBeVisible();
    // The language switch leads to the same page in English.
    await page.goto('./es/states/co/');
    await page.getByRole('link', { name: /English/ }).click();
    await expect(page).toHaveURL(/\/states\/co\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('the referral packet printed from the Spanish shortlist asks the questions in Spanish', async ({ page }) => {
  await stubTiles(page);
  await page.goto('./es/?where=80203');
  await waitForResults(page, { where: '80203' });
  await page
    .locator('.finder-result')
    .first()
    .getByRole('button', { name: /^Guardar/ })
    .click();
  await page.goto('./es/shortlist/');
  await expect(page.locator('.shortlist[data-details="ready"]')).toBeAttached();
  const printed = (await printedPages(page)).join('\n');
  const [es, en] = [callQuestions('es'), callQuestions('en')];
  for (const [i, group] of es.entries()) {
    expect(printed).toContain(group.title);
    expect(printed).not.toContain(en[i]!.title);
  }
});
