import type { Facility, SamhsaSource } from '../schema';

/** Full titles of SAMHSA's two national directories, as SAMHSA publishes them. */
export const SAMHSA_DIRECTORY_TITLES = {
  su: 'National Directory of Drug and Alcohol Use Treatment Facilities',
  mh: 'National Directory of Mental Health Treatment Facilities',
} as const;

/** "SAMHSA, National Directory of Mental Health Treatment Facilities 2024", once per edition. */
export function sourceCitations(sources: readonly Pick<SamhsaSource, 'directory' | 'year'>[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const ordered = [...sources].sort((a, b) => a.directory.localeCompare(b.directory) || b.year - a.year);
  for (const s of ordered) {
    const text = `SAMHSA, ${SAMHSA_DIRECTORY_TITLES[s.directory]} ${s.year}`;
    if (!seen.has(text)) {
      seen.add(text);
      out.push(text);
    }
  }
  return out;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-03-02" -> "March 2, 2026", without time zones shifting the day. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[(m ?? 1) - 1];
  if (!y || !month || !d) return iso;
  return `${month} ${d}, ${y}`;
}

export type Verification =
  | { kind: 'verified'; date: string; text: string }
  | { kind: 'samhsa'; year: number; text: string }
  | { kind: 'unverified'; text: string };

/** How fresh the listing is, in the words the facility page and About page use. */
export function verification(facility: Pick<Facility, 'lastVerified' | 'samhsa'>): Verification {
  if (facility.lastVerified) {
    return {
      kind: 'verified',
      date: facility.lastVerified,
      text: `Last verified with the facility on ${formatIsoDate(facility.lastVerified)}`,
    };
  }
  if (facility.samhsa.length > 0) {
    const year = Math.max(...facility.samhsa.map((s) => s.year));
    return { kind: 'samhsa', year, text: `From the SAMHSA directory of ${year}, not yet verified` };
  }
  return { kind: 'unverified', text: 'Added by a contributor, not yet verified' };
}

/** The link a facility page shows, and where it comes from when staff did not set it. */
export interface WebsiteLink {
  href: string;
  /** Host without "www.", the link text. */
  host: string;
  /** "SAMHSA treatment locator, mental health, 2021" for an imported link; absent for staff's own. */
  source?: string;
}

const LOCATOR_NAMES = { su: 'substance use', mh: 'mental health' } as const;

/**
 * The staff website if set, else the one from SAMHSA's locator export, with
 * its source. Only http(s) links: checked again here because this becomes a link.
 */
export function websiteLink(facility: Pick<Facility, 'website' | 'samhsaWebsite'>): WebsiteLink | undefined {
  const sourced = facility.samhsaWebsite;
  const href = facility.website ?? sourced?.url;
  const url = href ? URL.parse(href) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const source =
    !facility.website && sourced
      ? `SAMHSA treatment locator, ${LOCATOR_NAMES[sourced.directory]}, ${sourced.year}`
      : undefined;
  return { href: url.href, host: url.hostname.replace(/^www\./, ''), ...(source ? { source } : {}) };
}
