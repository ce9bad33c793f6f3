import type { CodedField } from '../../taxonomy';
import { formatMiles as milesInWords } from '../../facility/format';
import { formatDate, formatMiles } from '../format';
import type { Locale } from '../locales';

/**
 * The words of a facility page: contact, services, programs, map, source
 * note, status notices and nearby alternatives. Vocabulary labels come from
 * the taxonomy (src/lib/i18n/terms.ts); Spanish wording follows
 * docs/glossary-es.md.
 */
const en = {
  /** Page title from the unique "Name, City, ST" title. */
  title: (base: string, closed: boolean) => (closed ? `${base} (closed)` : base),
  closedHidden: ' (closed)',
  /** Meta description: what a search result shows under the title. */
  description: {
    closed: 'Closed. ',
    temporarilyClosed: 'Temporarily closed. ',
    tail: 'Phone, payment, services and directions.',
  },
  printUrl: 'This listing online:',
  moved: {
    title: (name: string) => `Moved: ${name}`,
    description: (name: string) => `This listing is now part of ${name}.`,
    heading: 'This listing has moved',
    lead: 'It is now part of',
    why: 'SAMHSA listed the same facility twice.',
  },
  contact: {
    heading: 'Contact and address',
    address: 'Address',
    addressWithheld: 'Address withheld by SAMHSA',
    directions: 'Get directions',
    directionsHidden: ' (opens Google Maps in a new tab)',
    or: 'or',
    newTabHidden: ' (opens in a new tab)',
    phone: 'Phone',
    main: 'Main: ',
    intake: 'Intake: ',
    noPhone: 'No phone number on file.',
    website: 'Website: ',
    /** Where an imported website link comes from (also the open-data files' words). */
    locator: (directory: 'su' | 'mh', year: number) =>
      `SAMHSA treatment locator, ${directory === 'su' ? 'substance use' : 'mental health'}, ${year}`,
    websiteFrom: (source: string) => `(from the ${source})`,
  },
  map: {
    heading: 'Map',
    approximate: 'Approximate location (ZIP code area)',
    locationIn: (state: string) => `Location in ${state}`,
    outline: (state: string, caption: string) => `Outline map of ${state}. ${caption}.`,
    interactive: 'Open interactive map',
  },
  /** The service groups of a facility page, by facility field: a heading and what it means. */
  groups: {
    levelsOfCare: {
      label: 'Levels of care',
      hint: 'How much treatment each week, and whether you live at home or stay there.',
    },
    careFocus: { label: 'Treats', hint: 'What the facility treats.' },
    specialties: {
      label: 'Special programs',
      hint: 'Programs designed for particular groups of people or conditions.',
    },
    ages: { label: 'Ages', hint: 'Age groups the facility accepts.' },
    payment: { label: 'Payment and insurance', hint: 'Ways to pay. Call to check that your own plan is accepted.' },
    languages: { label: 'Languages', hint: 'Languages other than English.' },
    medications: {
      label: 'Medications',
      hint: 'Medications for opioid or alcohol use disorder that the facility uses or prescribes.',
    },
    therapies: { label: 'Therapies', hint: 'Treatment approaches the facility uses.' },
  } satisfies Record<CodedField, { label: string; hint: string }>,
  services: {
    heading: 'Services',
    none: 'No services are listed. Call the facility to ask what it offers.',
    whatTheseMean: 'What these mean',
    telehealth: 'Telehealth',
    telehealthYes: 'Offers some treatment by video or phone.',
    telehealthNo: 'No telehealth listed. Ask the facility if you need it.',
  },
  source: {
    heading: 'Where this comes from',
    verified: (date: string) => `Last verified with the facility on ${formatDate('en', date)}`,
    samhsa: (year: number) => `From the SAMHSA directory of ${year}, not yet verified`,
    unverified: 'Added by a contributor, not yet verified',
    callFirst: 'Details may have changed: call before you go.',
    source: 'Source:',
    whatVerifiedMeans: 'What "last verified" means',
    somethingWrong: 'Is something wrong?',
    report: 'Report a problem with this listing',
    edit: 'Edit this listing',
    githubNeeded: '(GitHub account needed)',
  },
  status: {
    closed: 'This facility is closed.',
    closedBody: 'It no longer offers treatment here. The page stays up so that old links explain what happened.',
    temporarilyClosed: 'This facility is temporarily closed.',
    temporarilyClosedBody: 'Call before you go to check when it will reopen.',
    review: 'This listing is being checked.',
    flagged: (date: string) => `(flagged ${formatDate('en', date)}).`,
    reviewCall: 'Call the facility to confirm the details before you go.',
  },
  nearby: {
    heading: 'Nearby with the same level of care',
    lead: (level: string) => `Open facilities offering ${level}, nearest first.`,
    away: (miles: number) => `${milesInWords(miles)} away`,
    none: (level: string) => `No other open facility offering ${level} is listed within 100 miles.`,
    more: 'See more near here in the finder',
  },
  programs: {
    heading: 'Programs',
    level: 'Level of care',
    track: 'Track',
    schedule: 'Schedule',
    time: 'Time',
    length: 'Length',
    format: 'Format',
    ages: 'Ages',
    treats: 'Treats',
    designedFor: 'Designed for',
    hoursAWeek: (hours: number) => `${hours} hours a week`,
    aboutWeeks: (weeks: number) => `About ${weeks} weeks`,
    ageRange: (min: number, max: number) => `${min} to ${max}`,
    ageFrom: (min: number) => `${min} and older`,
    ageUpTo: (max: number) => `Up to ${max}`,
    formats: { 'in-person': 'In person', telehealth: 'Telehealth (video or phone)', hybrid: 'In person or telehealth' },
  },
};

export type FacilityMessages = typeof en;

const es: FacilityMessages = {
  title: (base, closed) => (closed ? `${base} (cerrado): centro de tratamiento` : `${base}: centro de tratamiento`),
  closedHidden: ' (cerrado)',
  description: {
    closed: 'Cerrado. ',
    temporarilyClosed: 'Cerrado temporalmente. ',
    tail: 'Teléfono, formas de pago, servicios y cómo llegar.',
  },
  printUrl: 'Este listado en internet:',
  moved: {
    title: (name) => `Listado trasladado: ${name}`,
    description: (name) => `Este listado ahora forma parte de ${name}.`,
    heading: 'Este listado se trasladó',
    lead: 'Ahora forma parte de',
    why: 'SAMHSA publicó el mismo centro dos veces.',
  },
  contact: {
    heading: 'Contacto y dirección',
    address: 'Dirección',
    addressWithheld: 'SAMHSA no publica la dirección',
    directions: 'Cómo llegar',
    directionsHidden: ' (abre Google Maps en una pestaña nueva)',
    or: 'o',
    newTabHidden: ' (abre en una pestaña nueva)',
    phone: 'Teléfono',
    main: 'Principal: ',
    intake: 'Admisión: ',
    noPhone: 'No tenemos un número de teléfono.',
    website: 'Sitio web: ',
    locator: (directory, year) =>
      `localizador de tratamiento de SAMHSA, ${directory === 'su' ? 'uso de sustancias' : 'salud mental'}, ${year}`,
    websiteFrom: (source) => `(del ${source})`,
  },
  map: {
    heading: 'Mapa',
    approximate: 'Ubicación aproximada (zona del código postal)',
    locationIn: (state) => `Ubicación en ${state}`,
    outline: (state, caption) => `Mapa del contorno de ${state}. ${caption}.`,
    interactive: 'Abrir el mapa interactivo',
  },
  groups: {
    levelsOfCare: {
      label: 'Niveles de atención',
      hint: 'Cuánto tratamiento a la semana, y si usted vive en su casa o se queda en el centro.',
    },
    careFocus: { label: 'Trata', hint: 'Lo que trata el centro.' },
    specialties: {
      label: 'Programas especiales',
      hint: 'Programas pensados para ciertos grupos de personas o ciertas condiciones.',
    },
    ages: { label: 'Edades', hint: 'Las edades que acepta el centro.' },
    payment: {
      label: 'Pago y seguro médico',
      hint: 'Formas de pago. Llame para confirmar que aceptan su plan.',
    },
    languages: { label: 'Idiomas', hint: 'Idiomas además del inglés.' },
    medications: {
      label: 'Medicamentos',
      hint: 'Medicamentos para el trastorno por consumo de opioides o de alcohol que el centro usa o receta.',
    },
    therapies: { label: 'Terapias', hint: 'Los enfoques de tratamiento que usa el centro.' },
  },
  services: {
    heading: 'Servicios',
    none: 'No hay servicios en la lista. Llame al centro para preguntar qué ofrece.',
    whatTheseMean: 'Qué significan',
    telehealth: 'Telesalud',
    telehealthYes: 'Ofrece parte del tratamiento por video o por teléfono.',
    telehealthNo: 'No indica telesalud. Pregunte al centro si la necesita.',
  },
  source: {
    heading: 'De dónde viene esta información',
    verified: (date) => `Verificado por última vez con el centro el ${formatDate('es', date)}`,
    samhsa: (year) => `Del directorio de SAMHSA de ${year}, sin verificar todavía`,
    unverified: 'Agregado por un colaborador, sin verificar todavía',
    callFirst: 'Los datos pueden haber cambiado: llame antes de ir.',
    source: 'Fuente:',
    whatVerifiedMeans: 'Qué significa "verificado por última vez"',
    somethingWrong: '¿Hay algún error?',
    report: 'Reportar un problema con este listado',
    edit: 'Editar este listado',
    githubNeeded: '(se necesita una cuenta de GitHub; el formulario está en inglés)',
  },
  status: {
    closed: 'Este centro está cerrado.',
    closedBody:
      'Ya no ofrece tratamiento aquí. La página sigue publicada para que los enlaces antiguos expliquen lo que pasó.',
    temporarilyClosed: 'Este centro está cerrado temporalmente.',
    temporarilyClosedBody: 'Llame antes de ir para saber cuándo vuelve a abrir.',
    review: 'Estamos revisando este listado.',
    flagged: (date) => `(marcado el ${formatDate('es', date)}).`,
    reviewCall: 'Llame al centro para confirmar los datos antes de ir.',
  },
  nearby: {
    heading: 'Cerca, con el mismo nivel de atención',
    lead: (level) => `Centros abiertos que ofrecen ${lowerFirst(level)}, del más cercano al más lejano.`,
    away: (miles) => `a ${formatMiles('es', miles)}`,
    none: (level) => `No hay otro centro abierto que ofrezca ${lowerFirst(level)} a menos de 100 millas.`,
    more: 'Ver más cerca de aquí en el buscador',
  },
  programs: {
    heading: 'Programas',
    level: 'Nivel de atención',
    track: 'Horario',
    schedule: 'Días y horas',
    time: 'Tiempo',
    length: 'Duración',
    format: 'Modalidad',
    ages: 'Edades',
    treats: 'Trata',
    designedFor: 'Pensado para',
    hoursAWeek: (hours) => `${hours} horas a la semana`,
    aboutWeeks: (weeks) => `Unas ${weeks} semanas`,
    ageRange: (min, max) => `De ${min} a ${max} años`,
    ageFrom: (min) => `${min} años o más`,
    ageUpTo: (max) => `Hasta ${max} años`,
    formats: {
      'in-person': 'En persona',
      telehealth: 'Telesalud (video o teléfono)',
      hybrid: 'En persona o por telesalud',
    },
  },
};

/** A label inside a Spanish sentence: Spanish does not capitalize common nouns ("ofrecen tratamiento ambulatorio"). */
function lowerFirst(label: string): string {
  return label.charAt(0).toLocaleLowerCase('es') + label.slice(1);
}

const FACILITY: Record<Locale, FacilityMessages> = { en, es };

export function facilityMessages(locale: Locale): FacilityMessages {
  return FACILITY[locale];
}
