/**
 * Facts about the data that the site's own text states, counted from the
 * data at build time so the words cannot drift from the truth: how many
 * listings there are, how many a person has verified, which editions they
 * come from.
 */
import { sourceCitations } from '../facility/provenance';
import type { Facility } from '../schema';

export interface DataFacts {
  listings: number;
  /** Listings staff confirmed with the facility (lastVerified set). */
  verified: number;
  /** "SAMHSA, National Directory of … 2023", one per edition in use. */
  editions: string[];
  /** The same, short: "mental health 2024", "substance use 2023". */
  editionNames: string[];
  /** The editions as data, to name them in any language (see i18n editionList). */
  editionKeys: { directory: 'su' | 'mh'; year: number }[];
  /** Listings whose website comes from SAMHSA's locator export. */
  locatorWebsites: number;
}

export function dataFacts(
  all: readonly Pick<Facility, 'lastVerified' | 'samhsa' | 'website' | 'samhsaWebsite'>[],
): DataFacts {
  return {
    listings: all.length,
    verified: all.filter((f) => f.lastVerified).length,
    editions: sourceCitations(all.flatMap((f) => f.samhsa)),
    editionNames: [...new Set(all.flatMap((f) => f.samhsa.map((s) => `${s.directory}|${s.year}`)))]
      .sort()
      .map((key) => {
        const [directory, year] = key.split('|');
        return `${directory === 'su' ? 'substance use' : 'mental health'} ${year}`;
      }),
    editionKeys: [...new Set(all.flatMap((f) => f.samhsa.map((s) => `${s.directory}|${s.year}`)))].sort().map((key) => {
      const [directory, year] = key.split('|');
      return { directory: directory as 'su' | 'mh', year: Number(year) };
    }),
    locatorWebsites: all.filter((f) => !f.website && f.samhsaWebsite).length,
  };
}
