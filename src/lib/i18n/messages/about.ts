import type { Locale } from '../locales';

/**
 * The About page's short words: title, description, heading and contents.
 * Its running text is a component per language (src/components/about/);
 * counts, editions and links in it are computed by the page.
 */
const en = {
  title: 'About this directory: sources, updates and privacy',
  description:
    "Where the listings come from (SAMHSA's national directories), how they are kept current, what approximate location and last verified mean, and our privacy promise.",
  heading: (siteName: string) => `About ${siteName}`,
  intro: (siteName: string) =>
    `${siteName} is a free, open-source directory of mental health and substance use treatment facilities in the United States. It helps people find an intensive outpatient program (IOP) or another level of care near them, and helps therapists, case managers and discharge planners find programs to refer to. It does not rate or endorse any facility, and it does not give medical advice.`,
  crumb: 'About',
  contents: 'On this page',
  /** The sections, by anchor, in page order. */
  sections: {
    sources: 'Where the data comes from',
    maintained: 'How listings are kept current',
    'last-verified': 'What "last verified" means',
    'approximate-location': 'What "approximate location" means',
    privacy: 'Privacy',
    contribute: 'How to help',
  },
  findCare: 'Find care near you',
};

export type AboutMessages = typeof en;

const es: AboutMessages = {
  title: 'Acerca de este directorio: fuentes, actualizaciones y privacidad',
  description:
    'De dónde vienen los listados (los directorios nacionales de SAMHSA), cómo se mantienen al día, qué quieren decir "ubicación aproximada" y "verificado por última vez", y nuestra promesa de privacidad.',
  heading: (siteName) => `Acerca de ${siteName}`,
  intro: (siteName) =>
    `${siteName} es un directorio gratis y de código abierto de centros de tratamiento de salud mental y del consumo de alcohol o drogas en los Estados Unidos. Ayuda a las personas a encontrar un programa ambulatorio intensivo (IOP) u otro nivel de atención cerca de ellas, y ayuda a terapeutas, administradores de casos y planificadores de alta a encontrar programas a los que referir. No califica ni recomienda ningún centro, y no da consejos médicos.`,
  crumb: 'Acerca de',
  contents: 'En esta página',
  sections: {
    sources: 'De dónde vienen los datos',
    maintained: 'Cómo se mantiene al día la información',
    'last-verified': 'Qué quiere decir "verificado por última vez"',
    'approximate-location': 'Qué quiere decir "ubicación aproximada"',
    privacy: 'Privacidad',
    contribute: 'Cómo ayudar',
  },
  findCare: 'Buscar ayuda cerca de usted',
};

const ABOUT: Record<Locale, AboutMessages> = { en, es };

export function aboutMessages(locale: Locale): AboutMessages {
  return ABOUT[locale];
}
