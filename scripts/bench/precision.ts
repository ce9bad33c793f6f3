import type { Browser } from '@playwright/test';
import { byId, type RawFacility } from '../../tests/e2e/support/facilities';
import { stubTiles, waitForResults } from '../../tests/e2e/support/finder';
import { filterGroupOf } from '../../src/lib/finder/search-plan';
import { interpretQuery } from '../../src/lib/search/query';

/** Places people search from, across the country. */
export const PRECISION_ZIPS = ['80203', '60614', '85004', '10001', '98101', '30303', '33130', '78701', '94110'];
/** Needs as people type them: every word here is a taxonomy term. */
export const PRECISION_QUERIES = [
  'teen',
  'eating disorder iop',
  'iop medicaid',
  'dual diagnosis',
  'spanish speaking iop',
  'detox medicaid',
  'suboxone',
  'residential for veterans',
  'php',
  'lgbtq',
  'sliding scale outpatient',
  'methadone',
  'pregnant women rehab',
  'telehealth iop',
  'mat that takes medicaid',
];
/** Result pages checked per pair. */
const PAGES = 2;

/** Whether the facility really has the term the words named (any of its ids). */
function hasTerm(f: RawFacility & Record<string, unknown>, group: string, ids: readonly string[]): boolean {
  if (group === 'telehealth') return f.telehealth === true;
  const field = { levelsOfCare: 'levelsOfCare' }[group] ?? group;
  const values = (f[field] as string[] | undefined) ?? [];
  return ids.some((id) => values.includes(id));
}

/**
 * Precision of typed searches through the real page: of the results shown
 * for each place + query pair (first pages), the share that has every term
 * the words were read as, checked against the data files, not the site.
 */
export async function measurePrecision(
  browser: Browser,
  site: string,
  zips = PRECISION_ZIPS,
  queries = PRECISION_QUERIES,
) {
  const facilities = byId() as Map<string, RawFacility & Record<string, unknown>>;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await stubTiles(page);
  let shown = 0;
  let correct = 0;
  const misses: string[] = [];
  for (const zip of zips) {
    for (const q of queries) {
      const terms = interpretQuery(q).terms.filter((t) => t.group === 'telehealth' || filterGroupOf(t.group));
      for (let p = 1; p <= PAGES; p++) {
        const params = { where: zip, q, ...(p > 1 ? { page: String(p) } : {}) };
        await page.goto(`${site}?${new URLSearchParams(params)}`);
        await waitForResults(page, params);
        const ids = await page
          .locator('#finder-results-list > li')
          .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id!));
        for (const id of ids) {
          shown++;
          const f = facilities.get(id);
          if (f && terms.every((t) => hasTerm(f, t.group, t.ids))) correct++;
          else misses.push(`${zip} "${q}": ${id}`);
        }
        if (ids.length < 20) break;
      }
    }
  }
  await page.close();
  return { pairs: zips.length * queries.length, shown, correct, precision: shown ? correct / shown : 1, misses };
}
