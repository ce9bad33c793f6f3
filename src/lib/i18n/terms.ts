import type { LevelOfCare, Term } from '../taxonomy';
import type { Locale } from './locales';

/** A term's label in the language: the Spanish one from the taxonomy's `es` block. */
export function termLabel(term: Term, locale: Locale): string {
  return locale === 'es' ? (term.es?.label ?? term.label) : term.label;
}

/** A term's plain-language description in the language. */
export function termDescription(term: Term, locale: Locale): string {
  return locale === 'es' ? (term.es?.description ?? term.description) : term.description;
}

/** A level of care's plural heading ("Intensive outpatient programs"). */
export function levelPlural(level: LevelOfCare, locale: Locale): string {
  return locale === 'es' ? (level.es?.plural ?? level.plural) : level.plural;
}

/** A level of care's typical hours, in words. */
export function levelHours(level: LevelOfCare, locale: Locale): string {
  return locale === 'es' ? (level.es?.hoursPerWeek ?? level.hoursPerWeek) : level.hoursPerWeek;
}
