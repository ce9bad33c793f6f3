import { LANGUAGES } from '../../taxonomy';

/**
 * ISO 639 codes of the directory's languages, for HSDS `language.code`
 * (HSDS asks for ISO 639-1 where there is one, else ISO 639-2). Groups
 * without one code of their own use ISO 639-2's collective codes: "sgn" sign
 * languages (ASL has only the 639-3 code "ase"), "nai" North American Indian
 * languages, "ypk" Yupik languages. "Other languages" names no language and
 * has no code: it stays an attribute only.
 */
const ISO_639: Partial<Record<(typeof LANGUAGES)[number]['id'], string>> = {
  spanish: 'es',
  asl: 'sgn',
  'native-american': 'nai',
  arabic: 'ar',
  chinese: 'zh',
  'haitian-creole': 'ht',
  farsi: 'fa',
  french: 'fr',
  german: 'de',
  greek: 'el',
  hebrew: 'he',
  hindi: 'hi',
  hmong: 'hmn',
  italian: 'it',
  japanese: 'ja',
  korean: 'ko',
  polish: 'pl',
  portuguese: 'pt',
  russian: 'ru',
  tagalog: 'tl',
  vietnamese: 'vi',
  ojibwa: 'oj',
  yupik: 'ypk',
};

const LABELS = new Map<string, string>(LANGUAGES.map((l) => [l.id, l.label]));

/** The ISO 639 code of a language id, if it has one. */
export function languageCode(id: string): string | undefined {
  return (ISO_639 as Record<string, string>)[id];
}

/** The site's label of a language id. */
export function languageLabel(id: string): string {
  return LABELS.get(id) ?? id;
}
