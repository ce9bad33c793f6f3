/**
 * Websites from SAMHSA's locator export. A link is only as good as the match:
 * it is taken from a locator row at the facility's street and ZIP (as map
 * points are) whose name agrees with the facility's, because the export is
 * older than the directories and a building often houses several providers.
 * Each link is checked like any website before it is written.
 */
import { SourcedWebsite } from '../schema';
import type { SourcedWebsite as Website } from '../schema';
import { nameKey } from '../identity/normalize';
import { websiteProblems } from '../validate/check-website';
import type { LocatorPoint } from './read-locator';

export type WebsiteResult =
  { ok: true; website: SourcedWebsite } | { ok: false; reason: string; value: string; point: LocatorPoint };

/** "http://Www.Example.org/" -> "http://www.example.org/"; a bare host gets "http://". */
export function normalizeWebsite(value: string): string {
  const text = value.trim();
  const withScheme = /^https?:\/\//i.test(text) ? text : `http://${text}`;
  try {
    const url = new URL(withScheme);
    return url.href;
  } catch {
    return withScheme;
  }
}

/** A cleaned, checked website from a locator row, or why it cannot be used. */
export function websiteOf(point: LocatorPoint): WebsiteResult | undefined {
  if (!point.website) return undefined;
  const url = normalizeWebsite(point.website);
  const parsed = SourcedWebsite.safeParse({ url, directory: point.directory, year: point.year });
  if (!parsed.success) return { ok: false, reason: 'not a valid web address', value: point.website, point };
  const problems = websiteProblems(url);
  if (problems.length) return { ok: false, reason: problems[0]!.problem, value: point.website, point };
  return { ok: true, website: parsed.data };
}

const significant = (key: string) =>
  key
    .split(' ')
    .filter((w) => w.length > 2 && w !== 'and' && w !== 'for')
    .slice(0, 2)
    .join(' ');

/**
 * Do a facility's names and a locator row's name describe one facility? The
 * same name after normalization, one name inside the other ("Baptist Health
 * Medical Center" / "Baptist Health Medical Center Little Rock"), or the same
 * first two significant words.
 */
export function namesAgree(facility: readonly string[], point: Pick<LocatorPoint, 'name1' | 'name2'>): boolean {
  const mine = facility.map(nameKey).filter(Boolean);
  const theirs = [point.name1, `${point.name1} ${point.name2}`, point.name2].map(nameKey).filter(Boolean);
  const within = (a: string, b: string) => ` ${b} `.includes(` ${a} `);
  return mine.some((a) =>
    theirs.some(
      (b) => a === b || within(a, b) || within(b, a) || (significant(a) !== '' && significant(a) === significant(b)),
    ),
  );
}

export interface WebsiteMatch {
  website?: Website;
  /** Locator rows at the address with a website that could not be used, and why. */
  problems: { point: LocatorPoint; value: string; problem: string }[];
}

/**
 * The website of a facility from the locator rows at its street and ZIP
 * whose name agrees with it: the first valid one, preferring the same name.
 */
export function findWebsite(at: readonly LocatorPoint[], names: readonly string[]): WebsiteMatch {
  const withSite = at.filter((p) => p.website);
  const problems: WebsiteMatch['problems'] = [];
  const agreeing = withSite.filter((p) => namesAgree(names, p));
  for (const p of withSite) {
    if (!agreeing.includes(p))
      problems.push({ point: p, value: p.website!, problem: 'locator row at this address has another name' });
  }
  const same = new Set(names.map(nameKey));
  agreeing.sort((a, b) => Number(same.has(nameKey(b.name1))) - Number(same.has(nameKey(a.name1))));
  for (const p of agreeing) {
    const result = websiteOf(p)!;
    if (result.ok) return { website: result.website, problems };
    problems.push({ point: p, value: p.website!, problem: result.reason });
  }
  return { problems };
}
