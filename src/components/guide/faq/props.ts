import type { GuideLinks } from '../../../lib/guide/links';

/** What the page computes for the FAQ's text, in the page's language. */
export interface FaqProps {
  links: GuideLinks;
  /** The SAMHSA editions in use, as a list in words ("mental health 2024 and substance use 2023"). */
  editions: string;
  /** How many listings staff have confirmed with the facility, as a sentence. */
  verified: string;
}
