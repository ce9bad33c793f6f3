import type { Term } from './term';

/**
 * Telehealth is a yes/no fact about a facility (SAMHSA's TELE code in both
 * directories), not a vocabulary of its own; it is a term here so that its
 * label and search words live with all the others.
 */
export const TELEHEALTH = {
  id: 'telehealth',
  label: 'Telehealth',
  description: 'Offers treatment by video or phone.',
  synonyms: [
    'telemedicine',
    'telepsychiatry',
    'teletherapy',
    'virtual',
    'online',
    'video',
    'remote',
    'by phone',
    'from home',
    'zoom',
  ],
  misspellings: ['tele health', 'telehelth', 'virtural'],
  es: {
    label: 'Telesalud',
    description: 'Ofrece tratamiento por video o por teléfono, para que usted no tenga que ir en persona.',
    synonyms: [
      'telesalud',
      'telemedicina',
      'teleterapia',
      'telepsiquiatria',
      'en linea',
      'por internet',
      'por video',
      'videollamada',
      'virtual',
      'por telefono',
      'desde casa',
      'a distancia',
    ],
  },
  samhsa: { su: ['TELE'], mh: ['TELE'] },
} as const satisfies Term;

/** SAMHSA's telehealth code, the same in both directories. */
export const TELEHEALTH_CODE = TELEHEALTH.samhsa.su[0];
