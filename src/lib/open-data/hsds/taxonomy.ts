import { SAMHSA_DIRECTORY_TITLES } from '../../facility/provenance';
import type { Facility } from '../../schema';
import { CODED_VOCABULARIES, type SamhsaDirectory, type Term } from '../../taxonomy';
import { SITE_NAME } from '../../site-config';
import { hsdsId } from './ids';

/**
 * How the directory's vocabularies become HSDS attributes. Each fact (a
 * level of care, specialty, payment or language a facility offers) is one
 * attribute of its service, linked to a taxonomy term:
 * - the SAMHSA service code that says so in the facility's own SAMHSA rows
 *   (taxonomies "SAMHSA service codes", one per directory), or
 * - where no row of the facility carries such a code (staff added the fact),
 *   the site's own term (taxonomy "IOP Finder terms"), so nothing is lost.
 * The attribute's `link_type` names the vocabulary and its `value` the
 * site's label, so one code read two ways (HID: hospital inpatient and
 * detox) gives two attributes.
 */

/** The vocabularies published as attributes, with the `link_type` each uses. */
export const ATTRIBUTE_GROUPS = [
  { field: 'levelsOfCare', linkType: 'level_of_care' },
  { field: 'specialties', linkType: 'specialty' },
  { field: 'payment', linkType: 'payment' },
  { field: 'languages', linkType: 'language' },
] as const;

type GroupField = (typeof ATTRIBUTE_GROUPS)[number]['field'];

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
}

const SITE_TAXONOMY = 'iop-finder';

function samhsaTaxonomy(directory: SamhsaDirectory): HsdsTaxonomy {
  return {
    id: hsdsId('taxonomy', `samhsa-${directory}`),
    name: `SAMHSA service codes, ${SAMHSA_DIRECTORY_TITLES[directory]}`,
    description: `Service codes of SAMHSA's ${SAMHSA_DIRECTORY_TITLES[directory]} (N-SUMHSS survey); see the directory's Service Code Reference sheet.`,
  };
}

/** The three taxonomies every attribute's term belongs to. */
export const TAXONOMIES: readonly HsdsTaxonomy[] = [
  samhsaTaxonomy('su'),
  samhsaTaxonomy('mh'),
  {
    id: hsdsId('taxonomy', SITE_TAXONOMY),
    name: `${SITE_NAME} terms`,
    description: `The site's own terms, for facts no SAMHSA code of the facility states (added by staff).`,
  },
];

const byId = new Map(TAXONOMIES.map((t) => [t.id, t]));
const taxonomyOf = (key: string) => byId.get(hsdsId('taxonomy', key))!;

/** Terms of one vocabulary field. */
const termsOf = (field: GroupField) => CODED_VOCABULARIES[field] as readonly Term[];

/** Every taxonomy term attributes can point at: each SAMHSA code the four vocabularies use, and each site term. */
export function taxonomyTerms(): HsdsTaxonomyTerm[] {
  const codes = new Map<string, { directory: SamhsaDirectory; code: string; labels: string[] }>();
  const own: HsdsTaxonomyTerm[] = [];
  for (const { field } of ATTRIBUTE_GROUPS) {
    for (const term of termsOf(field)) {
      for (const directory of ['su', 'mh'] as const) {
        for (const code of term.samhsa?.[directory] ?? []) {
          const key = `${directory}:${code}`;
          const entry = codes.get(key) ?? { directory, code, labels: [] };
          entry.labels.push(term.label);
          codes.set(key, entry);
        }
      }
      own.push(siteTerm(field, term));
    }
  }
  const samhsa = [...codes.values()].map(({ directory, code, labels }) => codeTerm(directory, code, labels));
  return [...samhsa, ...own];
}

function codeTerm(directory: SamhsaDirectory, code: string, labels: readonly string[]): HsdsTaxonomyTerm {
  const taxonomy = taxonomyOf(`samhsa-${directory}`);
  return {
    id: codeTermId(directory, code),
    code,
    name: labels.join(' / '),
    description: `SAMHSA ${directory === 'su' ? 'substance use' : 'mental health'} directory service code ${code}, read on this site as: ${labels.join('; ')}.`,
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    language: 'en',
  };
}

function siteTerm(field: GroupField, term: Term): HsdsTaxonomyTerm {
  const taxonomy = taxonomyOf(SITE_TAXONOMY);
  return {
    id: siteTermId(field, term.id),
    code: term.id,
    name: term.label,
    description: term.description,
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    language: 'en',
  };
}

const codeTermId = (directory: SamhsaDirectory, code: string) => hsdsId('taxonomy_term', `samhsa-${directory}:${code}`);
const siteTermId = (field: string, id: string) => hsdsId('taxonomy_term', `${SITE_TAXONOMY}:${field}:${id}`);

/** One fact of a facility as an HSDS attribute (without the service it links to). */
export interface AttributeRef {
  /** Distinguishes the facility's attributes: `<linkType>:<term id>:<directory>:<code>`. */
  key: string;
  linkType: string;
  taxonomyTermId: string;
  /** The site's label of the fact, e.g. "Intensive outpatient (IOP)". */
  value: string;
}

/**
 * The attributes of one facility: for each term it has in the four
 * vocabularies, the SAMHSA codes of its own rows that imply the term, or the
 * site's term when none does.
 */
export function attributeRefs(facility: Facility): AttributeRef[] {
  const rowCodes = (directory: SamhsaDirectory) =>
    new Set(facility.samhsa.filter((s) => s.directory === directory).flatMap((s) => s.codes));
  const codes = { su: rowCodes('su'), mh: rowCodes('mh') };
  const refs: AttributeRef[] = [];
  for (const { field, linkType } of ATTRIBUTE_GROUPS) {
    const has = new Set<string>(facility[field]);
    for (const term of termsOf(field).filter((t) => has.has(t.id))) {
      const stated = (['su', 'mh'] as const).flatMap((directory) =>
        (term.samhsa?.[directory] ?? [])
          .filter((code) => codes[directory].has(code))
          .map((code) => ({ directory, code })),
      );
      if (stated.length === 0) {
        refs.push({
          key: `${linkType}:${term.id}`,
          linkType,
          taxonomyTermId: siteTermId(field, term.id),
          value: term.label,
        });
      }
      for (const { directory, code } of stated) {
        refs.push({
          key: `${linkType}:${term.id}:${directory}:${code}`,
          linkType,
          taxonomyTermId: codeTermId(directory, code),
          value: term.label,
        });
      }
    }
  }
  return refs;
}
