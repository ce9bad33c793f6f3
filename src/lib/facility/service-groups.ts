import { facilityMessages } from '../i18n/messages/facility';
import type { Locale } from '../i18n/locales';
import { levelHours, termDescription, termLabel } from '../i18n/terms';
import { LISTING_FIELDS } from '../open-data/listing';
import type { Facility } from '../schema';
import { CODED_VOCABULARIES, type CodedField, type LevelOfCare, type Term } from '../taxonomy';

export interface ServiceTerm {
  id: string;
  label: string;
  description: string;
}

export interface ServiceGroup {
  /** Facility field, also the HTML id of the group on the page. */
  field: CodedField;
  label: string;
  /** What the group means, in one short sentence. */
  hint: string;
  terms: ServiceTerm[];
}

/** A term's description; a level of care's also says how many hours a week it takes. */
function describe(term: Term, locale: Locale): string {
  const text = termDescription(term, locale);
  return 'asam' in term && 'hoursPerWeek' in term ? `${text} ${levelHours(term as LevelOfCare, locale)}.` : text;
}

/** The facility's terms per group, in taxonomy order and the page's language; groups with no terms are left out. */
export function serviceGroups(facility: Pick<Facility, CodedField>, locale: Locale = 'en'): ServiceGroup[] {
  const words = facilityMessages(locale).groups;
  // The order exports use too: what a referral asks about first.
  return LISTING_FIELDS.map((field) => {
    const vocabulary: readonly Term[] = CODED_VOCABULARIES[field];
    const ids = new Set<string>(facility[field]);
    const terms = vocabulary
      .filter((t) => ids.has(t.id))
      .map((t) => ({ id: t.id, label: termLabel(t, locale), description: describe(t, locale) }));
    return { field, ...words[field], terms };
  }).filter((g) => g.terms.length > 0);
}
