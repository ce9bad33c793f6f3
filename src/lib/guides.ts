/** The guidance pages, in reading order: the guide index and guide footers list them. */
export const GUIDES = [
  {
    slug: 'levels-of-care',
    title: 'Levels of care, side by side',
    summary: 'Outpatient, IOP, PHP, residential, hospital and detox compared.',
  },
  {
    slug: 'what-is-iop',
    title: 'What is an intensive outpatient program (IOP)?',
    summary: 'What happens in an IOP, how often it meets and how long it lasts.',
  },
  {
    slug: 'choosing-a-program',
    title: 'Choosing a program',
    summary: 'Questions to ask when you call, what to have ready, and how insurance works.',
  },
  {
    slug: 'faq',
    title: 'Questions and answers',
    summary: 'Cost, waiting lists, privacy, telehealth and more.',
  },
] as const;

export type GuideSlug = (typeof GUIDES)[number]['slug'];
