/**
 * The guides, the About page and the open-data page in Spanish, as a Spanish
 * speaker reads them: Spanish headings and links, every page link staying
 * under /es/, finder links carrying their filters, the 988 Lifeline's
 * Spanish options, and none of the English catalogues' words.
 */
import type { Page } from '@playwright/test';
import { callQuestions } from '../../src/lib/guide/call-questions';
import { aboutMessages } from '../../src/lib/i18n/messages/about';
import { guideMessages } from '../../src/lib/i18n/messages/guide';
import { openDataMessages } from '../../src/lib/i18n/messages/open-data';
import { richText, type Rich } from '../../src/lib/i18n/rich';
import { CRISIS_TEXT_ES } from '../../src/lib/site/crisis-es';
import { expect, test } from './support/offline';

const es = guideMessages('es');

/** Each Spanish page with its heading. */
const PAGES: [string, string][] = [
  ['es/guide/', es.index.heading],
  ['es/guide/levels-of-care/', es.guides['levels-of-care'].heading],
  ['es/guide/what-is-iop/', es.guides['what-is-iop'].heading],
  ['es/guide/choosing-a-program/', es.guides['choosing-a-program'].heading],
  ['es/guide/faq/', es.guides.faq.heading],
  ['es/about/', aboutMessages('es').heading('IOP Finder')],
  ['es/data/', openDataMessages('es').heading],
];

/** The links of the page's main content and guide list, resolved. */
async function mainLinks(page: Page): Promise<URL[]> {
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => new URL(h));
}

for (const [path, heading] of PAGES) {
  test(`${path} is in Spanish and its page links stay in Spanish`, async ({ page, baseURL }) => {
    const response = await page.goto(path);
    expect(response?.ok()).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('navigation', { name: 'Ruta de navegación' }).getByRole('link').first()).toHaveText(
      'Inicio',
    );
    const site = new URL(baseURL!);
    const spanishRoot = new URL('es/', site).pathname;
    const dataFiles = new URL('data/', site).pathname;
    const wrong = (await mainLinks(page))
      .filter((u) => u.origin === site.origin)
      .filter((u) => !u.pathname.startsWith(spanishRoot))
      // The open-data files are the same for both languages.
      .filter((u) => !(u.pathname.startsWith(dataFiles) && /\.\w+$/.test(u.pathname)))
      .map((u) => u.href);
    expect(wrong).toEqual([]);
  });
}

test('the guides send Spanish readers to the Spanish finder with filters chosen', async ({ page }) => {
  await page.goto('es/guide/what-is-iop/');
  const teens = page.getByRole('link', { name: 'Buscar IOP para adolescentes' });
  await expect(teens).toHaveAttribute('href', /\/es\/\?level=intensive-outpatient&specialty=adolescents$/);
  await page.goto('es/guide/levels-of-care/');
  await expect(page.getByRole('link', { name: 'Buscar programas de desintoxicación cerca de usted' })).toHaveAttribute(
    'href',
    /\/es\/\?level=detox$/,
  );
  await page.goto('es/guide/choosing-a-program/');
  const medicaid = page.getByRole('link', { name: 'Programas que aceptan Medicaid' });
  await expect(medicaid).toHaveAttribute('href', /\/es\/\?payment=medicaid$/);
  await medicaid.click();
  await expect(page).toHaveURL(/\/es\/\?payment=medicaid$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a reader moves through the Spanish guides from the index', async ({ page }) => {
  await page.goto('es/guide/');
  await page.getByRole('main').getByRole('link', { name: es.guides['what-is-iop'].heading }).click();
  await expect(page).toHaveURL(/\/es\/guide\/what-is-iop\/$/);
  await expect(page.getByRole('heading', { name: 'Un horario típico' })).toBeVisible();
  // The list of the other guides, under the guide.
  const more = page.getByRole('navigation', { name: es.moreGuides });
  await more.getByRole('link', { name: es.guides['choosing-a-program'].heading }).click();
  await expect(page).toHaveURL(/\/es\/guide\/choosing-a-program\/$/);
  // The Spanish questions to ask, the same ones the printed packet carries.
  for (const group of callQuestions('es')) {
    await expect(page.getByRole('heading', { level: 3, name: group.title })).toBeVisible();
    await expect(page.locator('main')).toContainText(group.questions[0]!);
  }
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/guide\/choosing-a-program\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the Spanish FAQ gives the 988 Lifeline in Spanish, and the data facts in Spanish words', async ({ page }) => {
  await page.goto('es/guide/faq/');
  const crisis = page.locator('#crisis + p');
  await expect(crisis).toContainText(CRISIS_TEXT_ES.call);
  await expect(crisis).toContainText(CRISIS_TEXT_ES.text);
  await expect(crisis.locator('a[href="tel:988"]')).toHaveCount(1);
  await expect(crisis.locator('a[href="tel:911"]')).toHaveCount(1);
  const accuracy = page.locator('#accuracy + p');
  await expect(accuracy).toContainText(/ediciones de (salud mental|uso de sustancias) \d{4}/);
  await expect(accuracy).toContainText(/listados/);
});

test('the Spanish About page leads to each of its sections', async ({ page }) => {
  await page.goto('es/about/');
  const contents = page.getByRole('navigation', { name: 'En esta página' });
  for (const [anchor, label] of Object.entries(aboutMessages('es').sections)) {
    await expect(contents.getByRole('link', { name: label })).toHaveAttribute('href', `#${anchor}`);
    await expect(page.locator(`h2#${anchor}`)).toHaveText(label);
  }
  await expect(page.locator('#privacy ~ p').first()).toContainText('Salida rápida');
});

test('the Spanish open-data page dates the files in Spanish and links the shared files', async ({ page, request }) => {
  await page.goto('es/data/');
  await expect(page.locator('main')).toContainText(/se hicieron el \d{1,2} de [a-z]+ de \d{4}/);
  await expect(page.locator('main')).toContainText('Los archivos están en inglés');
  const csv = page.getByRole('link', { name: 'Directorio completo, CSV' });
  const href = await csv.getAttribute('href');
  expect(href).toMatch(/\/data\/directory\.csv$/);
  expect(href).not.toMatch(/\/es\//);
  expect((await request.head(href!)).status()).toBe(200);
  await expect(page.locator('#fields-caption + thead + tbody')).toContainText('Código postal de cinco dígitos');
});

test("the Spanish pages hold none of the English catalogues' sentences", async ({ page }) => {
  /** Every sentence of catalogues; a function is read with empty arguments, where it can be. */
  const sentences = (catalogues: unknown[]) => {
    const found = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') found.add(value.trim());
      else if (Array.isArray(value) && value.some((v) => typeof v === 'string')) found.add(richText(value as Rich));
      else if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === 'function') {
        try {
          collect((value as (...a: string[]) => unknown)('', ''));
        } catch {
          // Needs real arguments (column lists): its words are checked by unit tests.
        }
      } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    catalogues.forEach(collect);
    return found;
  };
  const spanish = sentences([guideMessages('es'), aboutMessages('es'), openDataMessages('es'), callQuestions('es')]);
  // Whole phrases only, and not names the same in both ("Open Referral HSDS 3.0").
  const phrases = [
    ...sentences([guideMessages('en'), aboutMessages('en'), openDataMessages('en'), callQuestions('en')]),
  ].filter((s) => s.split(/\s+/).length >= 3 && !spanish.has(s));
  expect(phrases.length).toBeGreaterThan(50);
  for (const [path] of PAGES) {
    await page.goto(path);
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(
      phrases.filter((p) => text.includes(p)),
      path,
    ).toEqual([]);
  }
});

test('no word runs into a link, a bold word or a number on the guides, About and open data, in either language', async ({
  page,
}) => {
  const paths = PAGES.flatMap(([path]) => [path, path.replace(/^es\//, '')]);
  const glued: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    // A letter or a comma right before a link or bold word, or right after one: a lost space in the source.
    const found = await page.locator('main').evaluate((main) => {
      const out: string[] = [];
      for (const el of main.querySelectorAll('a, strong, em, code, cite')) {
        const before = el.previousSibling?.textContent ?? '';
        const after = el.nextSibling?.textContent ?? '';
        if (/[\p{L},;:.!?·]$/u.test(before) || /^[\p{L}¿(]/u.test(after))
          out.push(`${before.slice(-20)}[${el.textContent}]${after.slice(0, 20)}`);
      }
      // A word run into a number in running text: a lost space next to a {value} in the source ("crisis988").
      for (const block of main.querySelectorAll('p, li, dd, dt, h2, h3')) {
        const prose = block.cloneNode(true) as HTMLElement;
        prose.querySelectorAll('code').forEach((el) => el.remove());
        const glue = /.{0,15}(?:\p{Ll}{2}\d{2}|\d{2}\p{Ll}).{0,15}/gu;
        for (const m of prose.textContent!.matchAll(glue)) out.push(m[0]);
      }
      return out;
    });
    glued.push(...found.map((f) => `${path}: ${f}`));
  }
  expect(glued).toEqual([]);
});
