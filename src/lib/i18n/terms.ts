import { CODED_VOCABULARIES, type CodedField, type LevelOfCare, type Term } from '../taxonomy';
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

/**
 * English labels of a vocabulary, as the export records carry them, in the
 * language: the shortlist reads the same records as the CSV and shows them
 * in Spanish on Spanish pages.
 */
export function labelsIn(field: CodedField, englishLabels: readonly string[], locale: Locale): string[] {
  if (locale === 'en') return [...englishLabels];
  const terms = CODED_VOCABULARIES[field] as readonly Term[];
  return englishLabels.map((label) => {
    const term = terms.find((t) => t.label === label);
    return term ? termLabel(term, locale) : label;
  });
}
