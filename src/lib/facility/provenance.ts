import type { Locale } from '../i18n/locales';
import { facilityMessages } from '../i18n/messages/facility';
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

export type Verification =
  | { kind: 'verified'; date: string; text: string }
  | { kind: 'samhsa'; year: number; text: string }
  | { kind: 'unverified'; text: string };

/**
 * How fresh the listing is, in the words the facility page and About page
 * use; `text` is in the language asked for (English by default: exports are
 * in English).
 */
export function verification(facility: Pick<Facility, 'lastVerified' | 'samhsa'>, locale: Locale = 'en'): Verification {
  const words = facilityMessages(locale).source;
  if (facility.lastVerified) {
    return { kind: 'verified', date: facility.lastVerified, text: words.verified(facility.lastVerified) };
  }
  if (facility.samhsa.length > 0) {
    const year = Math.max(...facility.samhsa.map((s) => s.year));
    return { kind: 'samhsa', year, text: words.samhsa(year) };
  }
  return { kind: 'unverified', text: words.unverified };
}

/** The link a facility page shows, and where it comes from when staff did not set it. */
export interface WebsiteLink {
  href: string;
  /** Host without "www.", the link text. */
  host: string;
  /** "SAMHSA treatment locator, mental health, 2021" for an imported link; absent for staff's own. */
  source?: string;
}

/**
 * The staff website if set, else the one from SAMHSA's locator export, with
 * its source. Only http(s) links: checked again here because this becomes a link.
 */
export function websiteLink(
  facility: Pick<Facility, 'website' | 'samhsaWebsite'>,
  locale: Locale = 'en',
): WebsiteLink | undefined {
  const sourced = facility.samhsaWebsite;
  const href = facility.website ?? sourced?.url;
  const url = href ? URL.parse(href) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const source =
    !facility.website && sourced
      ? facilityMessages(locale).contact.locator(sourced.directory, sourced.year)
      : undefined;
  return { href: url.href, host: url.hostname.replace(/^www\./, ''), ...(source ? { source } : {}) };
}
