import {
  CRISIS_TEXT_ES,
  EMERGENCY_NUMBER,
  LIFELINE_NUMBER,
  SPANISH_CALL_KEY,
  SPANISH_TEXT_KEYWORD,
} from '../../site/crisis-es';
import { formatNumber, listOf } from '../format';
import type { Locale } from '../locales';

/**
 * The words of every page's frame: skip link, crisis bar, quick exit,
 * header, footer, breadcrumbs and page links. One catalogue per language,
 * the same keys in both (the Spanish one is typed by the English one).
 */
const en = {
  skipToMain: 'Skip to main content',
  safetyBarLabel: 'Crisis help and quick exit',
  crisis: {
    lead: 'In crisis? Call or text',
    lifelineName: '(Suicide & Crisis Lifeline)',
    emergency: 'Emergency:',
    /** Extra line for Spanish speakers; none in English. */
    spanishOptions: '',
  },
  quickExit: 'Quick exit',
  quickExitKey: '(Esc)',
  nav: {
    label: 'Main',
    findCare: 'Find care',
    levels: 'Levels of care',
    states: 'States',
    specialties: 'Specialties',
    about: 'About',
    saved: 'Saved',
    savedHidden: ' facilities:',
  },
  language: {
    /** Name of the switcher for screen readers. */
    label: 'Language',
    /** Link text to the same page in the other language. */
    switchTo: 'Español',
    switchToHidden: 'Esta página en español',
  },
  footer: {
    guides: 'Guides',
    levels: 'Levels of care',
    whatIsIop: 'What is an IOP?',
    choosing: 'Choosing a program',
    faq: 'Questions and answers',
    byState: 'Browse by state',
    bySpecialty: 'Browse by specialty',
    dataPrivacy: 'Data and privacy',
    sourcesLead: (editions: string) =>
      `Listings come from SAMHSA's national directories of treatment facilities (${editions} editions).`,
    sourcesLink: 'Sources and how data is kept current',
    openData: 'Download the directory (open data)',
    privacyLead: 'No tracking and no cookies. Your location and saved lists stay in your browser.',
    privacyLink: 'Privacy',
    help: 'Help improve it',
    contribute: 'How to contribute',
    report: 'Report a problem',
    source: 'Source code',
    disclaimer:
      'This site lists treatment facilities; it does not give medical advice or endorse any facility. If you are in crisis, call or text 988. In an emergency, call 911.',
  },
  breadcrumbs: 'Breadcrumb',
  /** First crumb of every trail: the finder, the site's home. */
  homeCrumb: 'Home',
  pagination: { previous: 'Previous', next: 'Next', page: 'Page ', pageHidden: ' page' },
  edition: (directory: 'su' | 'mh', year: number) =>
    `${directory === 'su' ? 'substance use' : 'mental health'} ${year}`,
  verified: (listings: number, verified: number) => {
    const n = (x: number) => formatNumber('en', x);
    if (verified === 0) return `None of the ${n(listings)} listings has been verified with the facility yet.`;
    if (verified === listings) return `All ${n(listings)} listings have been verified with the facility.`;
    return `${n(verified)} of the ${n(listings)} listings ${verified === 1 ? 'has' : 'have'} been verified with the facility so far.`;
  },
};

export type SiteMessages = typeof en;

const es: SiteMessages = {
  skipToMain: 'Ir al contenido principal',
  safetyBarLabel: 'Ayuda en crisis y salida rápida',
  crisis: {
    lead: '¿Está en crisis? Llame o envíe un texto al',
    // The line below names the Lifeline's Spanish options: the bar stays short on a phone.
    lifelineName: '',
    emergency: 'Emergencias:',
    spanishOptions: `En español: llame al ${LIFELINE_NUMBER} y marque el ${SPANISH_CALL_KEY}, o envíe ${SPANISH_TEXT_KEYWORD} por texto.`,
  },
  quickExit: 'Salida rápida',
  quickExitKey: '(Esc)',
  nav: {
    label: 'Principal',
    findCare: 'Buscar tratamiento',
    levels: 'Tipos de tratamiento',
    states: 'Estados',
    specialties: 'Especialidades',
    about: 'Acerca de',
    saved: 'Guardados',
    savedHidden: ' centros:',
  },
  language: {
    label: 'Idioma',
    switchTo: 'English',
    switchToHidden: 'This page in English',
  },
  footer: {
    guides: 'Guías',
    levels: 'Tipos de tratamiento',
    whatIsIop: '¿Qué es un programa ambulatorio intensivo (IOP)?',
    choosing: 'Cómo elegir un programa',
    faq: 'Preguntas y respuestas',
    byState: 'Buscar por estado',
    bySpecialty: 'Buscar por especialidad',
    dataPrivacy: 'Datos y privacidad',
    sourcesLead: (editions: string) =>
      `La información viene de los directorios nacionales de centros de tratamiento de SAMHSA (ediciones de ${editions}).`,
    sourcesLink: 'Fuentes y cómo se mantiene al día la información',
    openData: 'Descargar el directorio (datos abiertos)',
    privacyLead: 'Sin rastreo y sin cookies. Su ubicación y sus listas guardadas se quedan en su navegador.',
    privacyLink: 'Privacidad',
    help: 'Ayude a mejorarlo',
    contribute: 'Cómo colaborar',
    report: 'Reportar un problema',
    source: 'Código fuente',
    disclaimer: `Este sitio presenta centros de tratamiento; no da consejos médicos ni recomienda ningún centro. ${CRISIS_TEXT_ES.call} En una emergencia, llame al ${EMERGENCY_NUMBER}.`,
  },
  breadcrumbs: 'Ruta de navegación',
  homeCrumb: 'Inicio',
  pagination: { previous: 'Anterior', next: 'Siguiente', page: 'Página ', pageHidden: ' página' },
  edition: (directory, year) => `${directory === 'su' ? 'uso de sustancias' : 'salud mental'} ${year}`,
  verified: (listings, verified) => {
    const n = (x: number) => formatNumber('es', x);
    if (verified === 0) return `Todavía no se ha confirmado con el centro ninguno de los ${n(listings)} listados.`;
    if (verified === listings) return `Los ${n(listings)} listados se confirmaron con cada centro.`;
    return `Hasta ahora se ${verified === 1 ? 'ha' : 'han'} confirmado con el centro ${n(verified)} de los ${n(listings)} listados.`;
  },
};

const SITE: Record<Locale, SiteMessages> = { en, es };

export function siteMessages(locale: Locale): SiteMessages {
  return SITE[locale];
}

/** "substance use 2023 and mental health 2024" in the language. */
export function editionList(locale: Locale, editions: readonly { directory: 'su' | 'mh'; year: number }[]): string {
  return listOf(
    locale,
    editions.map((e) => SITE[locale].edition(e.directory, e.year)),
    'conjunction',
  );
}
