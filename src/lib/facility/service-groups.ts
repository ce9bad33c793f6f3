import type { Facility } from '../schema';
import { CODED_VOCABULARIES, type CodedField, type Term } from '../taxonomy';

export interface ServiceTerm {
  id: string;
  label: string;
  description: string;
}

export interface ServiceGroup {
  /** Facility field, also the HTML id of the group on the page. */
  field: string;
  label: string;
  /** What the group means, in one short sentence. */
  hint: string;
  terms: ServiceTerm[];
}

type ListField = CodedField;

/** The groups a facility page shows, in the order a caller needs them. */
const GROUPS: { field: ListField; label: string; hint: string }[] = [
  {
    field: 'levelsOfCare',
    label: 'Levels of care',
    hint: 'How much treatment each week, and whether you live at home or stay there.',
  },
  { field: 'careFocus', label: 'Treats', hint: 'What the facility treats.' },
  {
    field: 'specialties',
    label: 'Special programs',
    hint: 'Programs designed for particular groups of people or conditions.',
  },
  { field: 'ages', label: 'Ages', hint: 'Age groups the facility accepts.' },
  {
    field: 'payment',
    label: 'Payment and insurance',
    hint: 'Ways to pay. Call to check that your own plan is accepted.',
  },
  { field: 'languages', label: 'Languages', hint: 'Languages other than English.' },
  {
    field: 'medications',
    label: 'Medications',
    hint: 'Medications for opioid or alcohol use disorder that the facility uses or prescribes.',
  },
  { field: 'therapies', label: 'Therapies', hint: 'Treatment approaches the facility uses.' },
];

/** The facility's terms per group, in taxonomy order; groups with no terms are left out. */
export function serviceGroups(facility: Pick<Facility, ListField>): ServiceGroup[] {
  return GROUPS.map(({ field, label, hint }) => {
    const vocabulary: readonly Term[] = CODED_VOCABULARIES[field];
    const ids = new Set<string>(facility[field]);
    const terms = vocabulary
      .filter((t) => ids.has(t.id))
      .map((t) => ({
        id: t.id,
        label: t.label,
        description: 'asam' in t && 'hoursPerWeek' in t ? `${t.description} ${String(t.hoursPerWeek)}.` : t.description,
      }));
    return { field, label, hint, terms };
  }).filter((g) => g.terms.length > 0);
}
