import type { Term } from './term';

/** Language a code stands for in both directories' "Other languages" list. */
function language(id: string, label: string, code: string, synonyms?: readonly string[]) {
  return {
    id,
    label,
    description: `Staff can provide services in ${label}.`,
    ...(synonyms ? { synonyms } : {}),
    samhsa: { su: [code], mh: [code] },
  } as const;
}

/**
 * Languages other than English. Spanish and ASL come first: they are the two
 * SAMHSA asks every facility about, and the ones most often needed.
 */
export const LANGUAGES = [
  {
    id: 'spanish',
    label: 'Spanish',
    description: 'Staff can provide services in Spanish.',
    synonyms: [
      'Español',
      'habla español',
      'en español',
      'spanish speaking',
      'bilingual',
      'Hispanic',
      'Latino',
      'Latina',
      'Latinx',
    ],
    misspellings: ['spanich', 'spansh', 'espanish'],
    es: { synonyms: ['espanol', 'en espanol', 'habla espanol', 'hispanohablante'] },
    samhsa: { su: ['SP'], mh: ['SP'] },
  },
  {
    id: 'asl',
    label: 'American Sign Language (ASL)',
    description: 'Sign language services for people who are deaf or hard of hearing.',
    synonyms: ['ASL', 'sign language', 'deaf', 'hard of hearing', 'hearing impaired'],
    samhsa: { su: ['AH'], mh: ['AH'] },
  },
  {
    id: 'native-american',
    label: 'American Indian or Alaska Native languages',
    description: 'Staff can provide services in an American Indian or Alaska Native language.',
    synonyms: ['tribal language', 'native language', 'Navajo', 'Lakota', 'Dakota'],
    samhsa: { su: ['NX'], mh: ['NX'] },
  },
  language('arabic', 'Arabic', 'F4'),
  language('chinese', 'Chinese', 'F17', ['Mandarin', 'Cantonese']),
  language('haitian-creole', 'Creole', 'F19', ['Haitian Creole', 'Kreyol']),
  language('farsi', 'Farsi', 'F25', ['Persian']),
  language('french', 'French', 'F28'),
  language('german', 'German', 'F30'),
  language('greek', 'Greek', 'F31'),
  language('hebrew', 'Hebrew', 'F35'),
  language('hindi', 'Hindi', 'F36'),
  language('hmong', 'Hmong', 'F37'),
  language('italian', 'Italian', 'F42'),
  language('japanese', 'Japanese', 'F43'),
  language('korean', 'Korean', 'F47'),
  language('polish', 'Polish', 'F66'),
  language('portuguese', 'Portuguese', 'F67'),
  language('russian', 'Russian', 'F70'),
  language('tagalog', 'Tagalog', 'F81', ['Filipino']),
  language('vietnamese', 'Vietnamese', 'F92'),
  language('ojibwa', 'Ojibwa', 'N24', ['Ojibwe', 'Chippewa']),
  language('yupik', 'Yupik', 'N40'),
  {
    id: 'other',
    label: 'Other languages',
    description: 'Staff can provide services in another language; call to ask which.',
    // Languages SAMHSA does not list by name: facilities record them as "other".
    synonyms: [
      'Punjabi',
      'Urdu',
      'Bengali',
      'Gujarati',
      'Somali',
      'Amharic',
      'Swahili',
      'Nepali',
      'Burmese',
      'Karen',
      'Khmer',
      'Lao',
      'Thai',
      'Ukrainian',
      'Bosnian',
      'Serbian',
      'Albanian',
      'Armenian',
      'Turkish',
      'Pashto',
      'Dari',
      'Marshallese',
      'Samoan',
      'Chuukese',
    ],
    samhsa: { su: ['FX'], mh: ['FX'] },
  },
] as const satisfies readonly Term[];

export type LanguageId = (typeof LANGUAGES)[number]['id'];
