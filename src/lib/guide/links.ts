import { finderHref } from '../finder/url-state';
import type { Locale } from '../i18n/locales';
import { pathsFor } from '../site-paths';
import type { LevelOfCareId } from '../taxonomy';

/**
 * Every link the guides and the About page make, in the reader's language:
 * the other guides and pages under the same language root, and finder
 * searches with filters preset (the finder's query words are the same in
 * both languages). The English and Spanish texts take their links from here,
 * so they cannot point at different places.
 */
export function guideLinks(locale: Locale) {
  const paths = pathsFor(locale);
  const finder = (preset: Parameters<typeof finderHref>[1] = {}) => finderHref(paths.home(), preset);
  return {
    home: paths.home(),
    guides: paths.guides(),
    levels: paths.guide('levels-of-care'),
    whatIsIop: paths.guide('what-is-iop'),
    choosing: paths.guide('choosing-a-program'),
    insurance: `${paths.guide('choosing-a-program')}#insurance`,
    faq: paths.guide('faq'),
    about: paths.about,
    shortlist: paths.shortlist(),
    /** The finder with nothing chosen. */
    finder: finder(),
    /** The finder with one level of care chosen. */
    findLevel: (level: LevelOfCareId) => finder({ levels: [level] }),
    findIop: finder({ levels: ['intensive-outpatient'] }),
    findIopTelehealth: finder({ levels: ['intensive-outpatient'], telehealth: true }),
    findIopTeens: finder({ levels: ['intensive-outpatient'], specialties: ['adolescents'] }),
    findTelehealth: finder({ telehealth: true }),
    findMedicaid: finder({ payment: ['medicaid'] }),
    findSlidingScale: finder({ payment: ['sliding-scale'] }),
    findStateFunded: finder({ payment: ['state-funded'] }),
    /** SAMHSA's National Helpline: free, confidential, 24 hours, in English and Spanish. */
    helpline: { href: 'tel:+18006624357', text: '1-800-662-4357' },
  };
}

export type GuideLinks = ReturnType<typeof guideLinks>;
