/**
 * The guidance pages, in reading order: the guide index and guide footers
 * list them. Their titles and summaries, in each language, are in the guide
 * catalogue (src/lib/i18n/messages/guide.ts).
 */
export const GUIDE_SLUGS = ['levels-of-care', 'what-is-iop', 'choosing-a-program', 'faq'] as const;

export type GuideSlug = (typeof GUIDE_SLUGS)[number];
