import type { Facility } from '../schema';
import {
  AGES,
  CARE_FOCUS,
  LANGUAGES,
  LEVELS_OF_CARE,
  MEDICATIONS,
  PAYMENT,
  SPECIALTIES,
  THERAPIES,
  type Term,
} from '../taxonomy';

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

type ListField =
  'levelsOfCare' | 'careFocus' | 'specialties' | 'ages' | 'payment' | 'languages' | 'medications' | 'therapies';

/** The groups a facility page shows, in the order a caller needs them. */
const GROUPS: { field: ListField; label: string; hint: string; vocabulary: readonly Term[] }[] = [
  {
    field: 'levelsOfCare',
    label: 'Levels of care',
    hint: 'How much treatment each week, and whether you live at home or stay there.',
    vocabulary: LEVELS_OF_CARE,
  },
  { field: 'careFocus', label: 'Treats', hint: 'What the facility treats.', vocabulary: CARE_FOCUS },
  {
    field: 'specialties',
    label: 'Special programs',
    hint: 'Programs designed for particular groups of people or conditions.',
    vocabulary: SPECIALTIES,
  },
  { field: 'ages', label: 'Ages', hint: 'Age groups the facility accepts.', vocabulary: AGES },
  {
    field: 'payment',
    label: 'Payment and insurance',
    hint: 'Ways to pay. Call to check that your own plan is accepted.',
    vocabulary: PAYMENT,
  },
  { field: 'languages', label: 'Languages', hint: 'Languages other than English.', vocabulary: LANGUAGES },
  {
    field: 'medications',
    label: 'Medications',
    hint: 'Medications for opioid or alcohol use disorder that the facility uses or prescribes.',
    vocabulary: MEDICATIONS,
  },
  { field: 'therapies', label: 'Therapies', hint: 'Treatment approaches the facility uses.', vocabulary: THERAPIES },
];

/** The facility's terms per group, in taxonomy order; groups with no terms are left out. */
export function serviceGroups(facility: Pick<Facility, ListField>): ServiceGroup[] {
  return GROUPS.map(({ field, label, hint, vocabulary }) => {
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
