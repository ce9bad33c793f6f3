import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { SPANISH_STATE_NAMES } from './state-names-es';

/**
 * US states, DC and territories, by USPS code. The directory's folders, URLs
 * and state filters all use the lowercase code as the slug.
 */
export const US_STATES = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
  ['AS', 'American Samoa'],
  ['GU', 'Guam'],
  ['MP', 'Northern Mariana Islands'],
  ['PR', 'Puerto Rico'],
  ['VI', 'U.S. Virgin Islands'],
] as const;

export type StateCode = (typeof US_STATES)[number][0];

export const STATE_CODES = US_STATES.map(([code]) => code) as [StateCode, ...StateCode[]];

const NAMES = new Map<string, string>(US_STATES);

/**
 * Full name for a USPS code, in the language (English by default: data
 * files, reports and staff tools are in English); undefined for anything else.
 */
export function stateName(code: string, locale: Locale = 'en'): string | undefined {
  const upper = code.toUpperCase();
  const english = NAMES.get(upper);
  if (locale === 'en' || !english) return english;
  return SPANISH_STATE_NAMES[upper as StateCode] ?? english;
}

export function isStateCode(code: string): code is StateCode {
  return NAMES.has(code);
}

/**
 * Orders state codes by their name in the language, so a Spanish list has
 * "Carolina del Norte" among the C's and "Nueva York" among the N's.
 */
export function byStateName(locale: Locale): (a: string, b: string) => number {
  const collator = new Intl.Collator(LOCALE_TAGS[locale], { sensitivity: 'base' });
  return (a, b) => collator.compare(stateName(a, locale) ?? a, stateName(b, locale) ?? b);
}

const OPTIONS = new Map<Locale, readonly [StateCode, string][]>();

/**
 * [code, name] of every state in the language, sorted by that name: the
 * finder's state menu. Sorted once per language: the menu renders with the
 * filters, on every key press.
 */
export function stateOptions(locale: Locale): readonly [StateCode, string][] {
  let options = OPTIONS.get(locale);
  if (!options) {
    const order = byStateName(locale);
    options = US_STATES.map(([code]) => code)
      .sort(order)
      .map((code) => [code, stateName(code, locale)!]);
    OPTIONS.set(locale, options);
  }
  return options;
}
