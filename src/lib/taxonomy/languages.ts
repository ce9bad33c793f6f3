import type { Term } from './term';

/** A language's name and search words in Spanish. */
interface LanguageSpanish {
  /** The language's name as a label, capitalised ("Árabe"); running text lowercases it ("en árabe"). */
  label: string;
  synonyms?: readonly string[];
}

/** Language a code stands for in both directories' "Other languages" list. */
function language(id: string, label: string, code: string, es: LanguageSpanish, synonyms?: readonly string[]) {
  return {
    id,
    label,
    description: `Staff can provide services in ${label}.`,
    ...(synonyms ? { synonyms } : {}),
    es: { ...es, description: `El personal puede atenderle en ${es.label.toLowerCase()}.` },
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
    es: {
      label: 'Español',
      description: 'El personal puede atenderle en español.',
      synonyms: [
        'espanol',
        'en espanol',
        'habla espanol',
        'hablan espanol',
        'castellano',
        'hispanohablante',
        'bilingue',
        'personal bilingue',
        'latino',
        'latinos',
        'latina',
        'hispano',
        'hispanos',
        'hispana',
      ],
    },
    samhsa: { su: ['SP'], mh: ['SP'] },
  },
  {
    id: 'asl',
    label: 'American Sign Language (ASL)',
    description: 'Sign language services for people who are deaf or hard of hearing.',
    synonyms: ['ASL', 'sign language', 'deaf', 'hard of hearing', 'hearing impaired'],
    es: {
      label: 'Lengua de señas americana (ASL)',
      description: 'Servicios en lengua de señas para personas sordas o con pérdida de audición.',
      synonyms: ['lengua de senas', 'lenguaje de senas', 'sordo', 'sorda', 'sordos', 'perdida de audicion'],
    },
    samhsa: { su: ['AH'], mh: ['AH'] },
  },
  {
    id: 'native-american',
    label: 'American Indian or Alaska Native languages',
    description: 'Staff can provide services in an American Indian or Alaska Native language.',
    synonyms: ['tribal language', 'native language', 'Navajo', 'Lakota', 'Dakota'],
    es: {
      label: 'Lenguas indígenas de Estados Unidos y Alaska',
      description: 'El personal puede atenderle en una lengua indígena de Estados Unidos o de Alaska.',
      // Not "lengua indígena" alone: Mixtec, Zapotec or K'iche' are recorded as "other".
      synonyms: ['lengua tribal', 'idioma tribal', 'lengua nativa americana'],
    },
    samhsa: { su: ['NX'], mh: ['NX'] },
  },
  language('arabic', 'Arabic', 'F4', { label: 'Árabe' }),
  language('chinese', 'Chinese', 'F17', { label: 'Chino', synonyms: ['mandarin', 'cantones'] }, [
    'Mandarin',
    'Cantonese',
  ]),
  language('haitian-creole', 'Creole', 'F19', { label: 'Criollo haitiano', synonyms: ['creole', 'kreyol', 'creol'] }, [
    'Haitian Creole',
    'Kreyol',
  ]),
  language('farsi', 'Farsi', 'F25', { label: 'Farsi (persa)', synonyms: ['persa'] }, ['Persian']),
  language('french', 'French', 'F28', { label: 'Francés' }),
  language('german', 'German', 'F30', { label: 'Alemán' }),
  language('greek', 'Greek', 'F31', { label: 'Griego' }),
  language('hebrew', 'Hebrew', 'F35', { label: 'Hebreo' }),
  language('hindi', 'Hindi', 'F36', { label: 'Hindi' }),
  language('hmong', 'Hmong', 'F37', { label: 'Hmong' }),
  language('italian', 'Italian', 'F42', { label: 'Italiano' }),
  language('japanese', 'Japanese', 'F43', { label: 'Japonés' }),
  language('korean', 'Korean', 'F47', { label: 'Coreano' }),
  language('polish', 'Polish', 'F66', { label: 'Polaco' }),
  language('portuguese', 'Portuguese', 'F67', { label: 'Portugués' }),
  language('russian', 'Russian', 'F70', { label: 'Ruso' }),
  language('tagalog', 'Tagalog', 'F81', { label: 'Tagalo', synonyms: ['filipino'] }, ['Filipino']),
  language('vietnamese', 'Vietnamese', 'F92', { label: 'Vietnamita' }),
  language('ojibwa', 'Ojibwa', 'N24', { label: 'Ojibwa' }, ['Ojibwe', 'Chippewa']),
  language('yupik', 'Yupik', 'N40', { label: 'Yupik' }),
  {
    id: 'other',
    label: 'Other languages',
    description: 'Staff can provide services in another language; call to ask which.',
    es: {
      label: 'Otros idiomas',
      description: 'El personal puede atenderle en otro idioma; llame para preguntar en cuál.',
      // Indigenous languages of Mexico and Central America, spoken by many
      // farmworker families: SAMHSA has no code for them, so they are "other".
      synonyms: [
        'otro idioma',
        'otros idiomas',
        'mixteco',
        'zapoteco',
        'triqui',
        'kiche',
        'quiche',
        'qanjobal',
        'nahuatl',
        'purepecha',
      ],
    },
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
