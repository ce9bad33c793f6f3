import type { GuideLinks } from '../../lib/guide/links';
import type { AboutMessages } from '../../lib/i18n/messages/about';

/** What the About page computes for its text, in the page's language. */
export interface AboutProps {
  links: GuideLinks;
  /** Section headings, by anchor (the contents list uses the same words). */
  sections: AboutMessages['sections'];
  siteName: string;
  /** Full citations of the SAMHSA editions in use. */
  citations: string[];
  /** Listings whose website comes from SAMHSA's locator export. */
  locatorWebsites: number;
  /** How many listings staff have confirmed with the facility, as a sentence. */
  verified: string;
  /** CONTRIBUTING.md and the repository. */
  repo: { contributing: string; source: string };
}
