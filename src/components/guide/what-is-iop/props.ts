import type { GuideLinks } from '../../../lib/guide/links';

/** What the page computes for the text of "What is an IOP?", in the page's language. */
export interface WhatIsIopProps {
  links: GuideLinks;
  /** The taxonomy's typical hours of an IOP, in lower case ("9 to 19 hours a week …"). */
  hours: string;
  /** The approaches the guide explains: therapies from the taxonomy, then trauma-informed care. */
  approaches: { label: string; description: string }[];
}
