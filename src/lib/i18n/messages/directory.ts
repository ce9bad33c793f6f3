import { formatNumber, plural } from '../format';
import type { Locale } from '../locales';

/**
 * The directory pages' words: the states index, a state, a state's level
 * of care, the specialties index and a specialty, and the tables and lists
 * they share. Words other catalogues already have (breadcrumbs, "Level of
 * care", "State or territory", "Search") come from those. Names (states,
 * levels, programs) come in already in the page's language. The Spanish
 * follows docs/glossary-es.md.
 */
const n = (x: number) => formatNumber('en', x);

const en = {
  /** Hidden heading of a count table's column of finder links. */
  finderColumn: 'Finder',
  /** After a facility's address in lists. */
  temporarilyClosed: 'Temporarily closed',
  /** After an A–Z list's heading when it has pages. */
  pageOf: (current: number, last: number) => `(page ${current} of ${last})`,
  /** Added to a page title after page 1. */
  titlePage: (current: number, last: number) => ` (page ${current} of ${last})`,
  /** Added to a heading after page 1. */
  headingPage: (current: number) => `, page ${current}`,
  byLevelHeading: 'By level of care',
  statesIndex: {
    title: 'Treatment facilities by state',
    description:
      'Browse mental health and substance use treatment facilities in every US state and territory, with counts by level of care.',
    heading: 'Treatment facilities by state',
    intro: (total: number, states: number) =>
      `${n(total)} open facilities in ${n(states)} states and territories, from SAMHSA's national directories. Choose a state to see its facilities by level of care and city, or`,
    introLink: 'search near you',
    caption: 'Facilities per state or territory',
    /** Hidden after "Search" in a state's row. */
    finderLabel: (state: string) => `${state} in the finder`,
  },
  state: {
    heading: (state: string) => `Treatment facilities in ${state}`,
    description: (total: number, state: string) =>
      `${n(total)} mental health and substance use treatment facilities in ${state}: outpatient, IOP, PHP, residential, inpatient and detox, by level of care and city.`,
    descriptionPage: (state: string, current: number, last: number, from: number, to: number, total: number) =>
      `Treatment facilities in ${state}, A–Z list, page ${current} of ${last} (facilities ${from}–${to} of ${total}).`,
    intro: (total: number, state: string) =>
      `${plural('en', total, { one: '{n} open facility', other: '{n} open facilities' })} in ${state} ${plural('en', total, { one: 'offers', other: 'offer' })} treatment for mental health or substance use. Search by distance, insurance and more in the finder, or browse by level of care below.`,
    finderButton: (state: string) => `Search ${state} in the finder`,
    levelsCaption: (state: string) => `Facilities in ${state} by level of care`,
    /** Hidden after "Search" in a level's row; `plural` is the level's heading. */
    levelFinderLabel: (plural: string) => `${plural.toLowerCase()} in the finder`,
    compareLead: 'Not sure which level you need?',
    compareLink: 'Compare the levels of care',
    citiesHeading: 'Cities',
    citiesSome: (shown: number, total: number) =>
      `The ${shown} cities with the most facilities, of ${n(total)}. Each opens the finder.`,
    citiesAll: 'Each city opens the finder.',
    listHeading: 'All facilities, A–Z',
    pagesLabel: (state: string) => `Pages of facilities in ${state}`,
  },
  stateLevel: {
    /** `plural` is the level's heading ("Intensive outpatient programs"). */
    heading: (plural: string, state: string) => `${plural} in ${state}`,
    description: (total: number, plural: string, state: string, about: string) =>
      `${n(total)} ${plural.toLowerCase()} in ${state}. ${about}`,
    descriptionPage: (heading: string, current: number, last: number) =>
      `${heading}, A–Z list, page ${current} of ${last}.`,
    typicalTime: (hours: string) => `Typical time: ${hours.toLowerCase()}.`,
    count: (total: number, state: string) =>
      `${plural('en', total, { one: '{n} open facility offers', other: '{n} open facilities offer' })} this level of care in ${state}.`,
    compareLink: 'How the levels of care compare',
    finderButton: (plural: string, state: string) => `Search ${plural.toLowerCase()} in ${state}`,
    listHeading: 'Facilities, A–Z',
    pagesLabel: (plural: string, state: string) => `Pages of ${plural.toLowerCase()} in ${state}`,
    otherLevels: (state: string) => `Other levels of care in ${state}`,
  },
  specialtiesIndex: {
    title: 'Special programs and populations',
    description:
      'Treatment programs for veterans, teens, LGBTQ+ people, pregnant women, eating disorders, trauma, co-occurring disorders and more, by state.',
    heading: 'Special programs and populations',
    intro:
      'Some facilities run programs designed for particular groups of people or conditions. Choose one to see where it is offered, state by state.',
    counts: (facilities: number, states: number) =>
      `${plural('en', facilities, { one: '{n} facility', other: '{n} facilities' })} in ${plural('en', states, { one: '{n} state', other: '{n} states' })}`,
    searchNear: 'Search near you',
  },
  specialty: {
    /** `label` is the program's name ("Veterans"). */
    title: (label: string) => `${label}: treatment programs by state`,
    description: (label: string, total: number, states: number, about: string) =>
      `${n(total)} treatment facilities with a program for ${label.toLowerCase()}, in ${n(states)} states and territories. ${about}`,
    count: (total: number, states: number) =>
      `${plural('en', total, { one: '{n} open facility lists', other: '{n} open facilities list' })} this program, in ${plural('en', states, { one: '{n} state or territory', other: '{n} states and territories' })}.`,
    finderButton: 'Search these programs near you',
    levelsCaption: 'Facilities with this program by level of care',
    statesHeading: 'By state',
    statesCaption: 'Facilities with this program by state',
  },
};

export type DirectoryMessages = typeof en;

const es: DirectoryMessages = {
  finderColumn: 'Buscador',
  temporarilyClosed: 'Cerrado temporalmente',
  pageOf: (current, last) => `(página ${current} de ${last})`,
  titlePage: (current, last) => ` (página ${current} de ${last})`,
  headingPage: (current) => `, página ${current}`,
  byLevelHeading: 'Por nivel de atención',
  statesIndex: {
    title: 'Centros de tratamiento por estado',
    description:
      'Centros de tratamiento de salud mental y del consumo de alcohol o drogas en cada estado y territorio de EE. UU., con cuántos hay de cada nivel de atención.',
    heading: 'Centros de tratamiento por estado',
    intro: (total, states) =>
      `${formatNumber('es', total)} centros abiertos en ${formatNumber('es', states)} estados y territorios, de los directorios nacionales de SAMHSA. Elija un estado para ver sus centros por nivel de atención y por ciudad, o`,
    introLink: 'busque cerca de usted',
    caption: 'Centros por estado o territorio',
    finderLabel: (state) => `${state} en el buscador`,
  },
  state: {
    heading: (state) => `Centros de tratamiento en ${state}`,
    description: (total, state) =>
      `${formatNumber('es', total)} centros de tratamiento de salud mental y del consumo de alcohol o drogas en ${state}: ambulatorio, IOP, PHP, residencial, hospitalización y desintoxicación, por nivel de atención y por ciudad.`,
    descriptionPage: (state, current, last, from, to, total) =>
      `Centros de tratamiento en ${state}, lista de la A a la Z, página ${current} de ${last} (centros ${from}–${to} de ${formatNumber('es', total)}).`,
    intro: (total, state) =>
      `${plural('es', total, { one: '{n} centro abierto', other: '{n} centros abiertos' })} en ${state} ${plural('es', total, { one: 'ofrece', other: 'ofrecen' })} tratamiento de salud mental o para el consumo de alcohol o drogas. Busque por distancia, seguro médico y más en el buscador, o vea los centros por nivel de atención más abajo.`,
    finderButton: (state) => `Buscar centros en ${state}`,
    levelsCaption: (state) => `Centros en ${state} por nivel de atención`,
    levelFinderLabel: (plural) => `${plural.toLowerCase()} en el buscador`,
    compareLead: '¿No sabe qué nivel necesita?',
    compareLink: 'Compare los niveles de atención',
    citiesHeading: 'Ciudades',
    citiesSome: (shown, total) =>
      `Las ${shown} ciudades con más centros, de ${formatNumber('es', total)}. Cada una abre el buscador.`,
    citiesAll: 'Cada ciudad abre el buscador.',
    listHeading: 'Todos los centros, de la A a la Z',
    pagesLabel: (state) => `Páginas de centros en ${state}`,
  },
  stateLevel: {
    heading: (plural, state) => `${plural} en ${state}`,
    description: (total, plural, state, about) =>
      `${formatNumber('es', total)} ${plural.toLowerCase()} en ${state}. ${about}`,
    descriptionPage: (heading, current, last) => `${heading}, lista de la A a la Z, página ${current} de ${last}.`,
    typicalTime: (hours) => `Tiempo habitual: ${hours.toLowerCase()}.`,
    count: (total, state) =>
      `${plural('es', total, { one: '{n} centro abierto ofrece', other: '{n} centros abiertos ofrecen' })} este nivel de atención en ${state}.`,
    compareLink: 'Cómo se comparan los niveles de atención',
    finderButton: (plural, state) => `Buscar ${plural.toLowerCase()} en ${state}`,
    listHeading: 'Centros, de la A a la Z',
    pagesLabel: (plural, state) => `Páginas de ${plural.toLowerCase()} en ${state}`,
    otherLevels: (state) => `Otros niveles de atención en ${state}`,
  },
  specialtiesIndex: {
    title: 'Programas especiales por grupo o necesidad',
    description:
      'Programas de tratamiento para veteranos, adolescentes, personas LGBTQ+, mujeres embarazadas, trastornos de la alimentación, trauma, trastornos concurrentes y más, por estado.',
    heading: 'Programas especiales por grupo o necesidad',
    intro:
      'Algunos centros tienen programas pensados para ciertos grupos de personas o para ciertos problemas de salud. Elija uno para ver dónde se ofrece, estado por estado.',
    counts: (facilities, states) =>
      `${plural('es', facilities, { one: '{n} centro', other: '{n} centros' })} en ${plural('es', states, { one: '{n} estado', other: '{n} estados' })}`,
    searchNear: 'Buscar cerca de usted',
  },
  specialty: {
    // The program's name leads: a name such as "LGBTQ+" or "VIH o sida" cannot be lowercased mid-sentence.
    title: (label) => `${label}: programas de tratamiento por estado`,
    description: (label, total, states, about) =>
      `${label}: ${formatNumber('es', total)} centros de tratamiento tienen este programa, en ${formatNumber('es', states)} estados y territorios. ${about}`,
    count: (total, states) =>
      `${plural('es', total, { one: '{n} centro abierto tiene', other: '{n} centros abiertos tienen' })} este programa, en ${plural('es', states, { one: '{n} estado o territorio', other: '{n} estados y territorios' })}.`,
    finderButton: 'Buscar estos programas cerca de usted',
    levelsCaption: 'Centros con este programa por nivel de atención',
    statesHeading: 'Por estado',
    statesCaption: 'Centros con este programa por estado',
  },
};

const DIRECTORY: Record<Locale, DirectoryMessages> = { en, es };

export function directoryMessages(locale: Locale): DirectoryMessages {
  return DIRECTORY[locale];
}
