import { AGES } from './ages';
import { CARE_FOCUS } from './care-focus';
import { LANGUAGES } from './languages';
import { LEVELS_OF_CARE } from './levels-of-care';
import { MEDICATIONS } from './medications';
import { PAYMENT } from './payment';
import { SPECIALTIES } from './specialties';
import type { Term } from './term';
import { TELEHEALTH_CODE } from './telehealth';
import { THERAPIES } from './therapies';

/** The two SAMHSA national directories: substance use and mental health. */
export type SamhsaDirectory = 'su' | 'mh';

/** Every vocabulary whose terms SAMHSA codes can imply, keyed by facility field. */
export const CODED_VOCABULARIES = {
  careFocus: CARE_FOCUS,
  levelsOfCare: LEVELS_OF_CARE,
  specialties: SPECIALTIES,
  ages: AGES,
  payment: PAYMENT,
  languages: LANGUAGES,
  medications: MEDICATIONS,
  therapies: THERAPIES,
} as const;

type Vocabularies = typeof CODED_VOCABULARIES;
export type CodedField = keyof Vocabularies;

/** What a row's service codes say, in taxonomy terms; arrays follow taxonomy order. */
export type MappedServices = { [F in CodedField]: Vocabularies[F][number]['id'][] } & {
  telehealth: boolean;
};

/** Substance-use setting codes that refine "OP" into a specific outpatient level. */
const OUTPATIENT_SUBTYPES = ['ORT', 'OMB', 'OIT', 'ODT', 'OD'];

const FIELDS = Object.keys(CODED_VOCABULARIES) as CodedField[];

/** code -> [field, id] pairs, built once per directory. */
function buildIndex(directory: SamhsaDirectory): Map<string, [CodedField, string][]> {
  const index = new Map<string, [CodedField, string][]>();
  for (const field of FIELDS) {
    for (const term of CODED_VOCABULARIES[field] as readonly Term[]) {
      for (const code of term.samhsa?.[directory] ?? []) {
        const list = index.get(code) ?? [];
        list.push([field, term.id]);
        index.set(code, list);
      }
    }
  }
  return index;
}

const INDEX: Record<SamhsaDirectory, Map<string, [CodedField, string][]>> = {
  su: buildIndex('su'),
  mh: buildIndex('mh'),
};

/** Whether the taxonomy maps this code to a term (or to telehealth) for a directory. */
export function isMappedCode(code: string, directory: SamhsaDirectory): boolean {
  return code === TELEHEALTH_CODE || INDEX[directory].has(code);
}

/** All codes the taxonomy maps for a directory, for reports and tests. */
export function mappedCodes(directory: SamhsaDirectory): string[] {
  return [...INDEX[directory].keys(), TELEHEALTH_CODE].sort();
}

/**
 * Translate the service codes of one directory row into taxonomy terms.
 * Codes the taxonomy does not use (accreditation, smoking policy...) are
 * ignored here; the importer reports codes missing from the reference sheet.
 */
export function mapServiceCodes(codeList: Iterable<string>, directory: SamhsaDirectory): MappedServices {
  const codes = new Set(codeList);
  const found = new Map<CodedField, Set<string>>(FIELDS.map((f) => [f, new Set()]));
  let telehealth = false;
  for (const code of codes) {
    if (code === TELEHEALTH_CODE) telehealth = true;
    for (const [field, id] of INDEX[directory].get(code) ?? []) found.get(field)!.add(id);
  }
  // A few substance-use rows say only "OP" (outpatient setting) with no
  // sub-type; they are still outpatient programs.
  if (directory === 'su' && codes.has('OP') && !OUTPATIENT_SUBTYPES.some((c) => codes.has(c))) {
    found.get('levelsOfCare')!.add('outpatient');
  }
  const result = { telehealth } as MappedServices;
  for (const field of FIELDS) {
    const ids = found.get(field)!;
    // Taxonomy order, not code order, so output is stable and reads well.
    (result as Record<string, unknown>)[field] = (CODED_VOCABULARIES[field] as readonly Term[])
      .map((t) => t.id)
      .filter((id) => ids.has(id));
  }
  return result;
}

/**
 * Parse SAMHSA's `service_code_info` cell: codes separated by spaces, with
 * " * " between categories. Empty and placeholder tokens are dropped.
 */
export function parseServiceCodeInfo(cell: string): string[] {
  return cell
    .split(/\s+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '' && c !== '*');
}
