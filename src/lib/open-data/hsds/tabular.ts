import type { Column } from '../columns';
import { toCsv } from '../csv';
import type { FacilityRows } from './records';
import { TAXONOMIES, type HsdsTaxonomy, type HsdsTaxonomyTerm } from './taxonomy';

/** A field of a published table, in Frictionless Table Schema terms. */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'date';
  format?: 'uuid' | 'uri';
}

/** One CSV of the HSDS tabular package: its HSDS object name, file and fields. */
export interface TableSpec {
  /** The HSDS object, as `compiled/tabular.json` names it ("service", "taxonomy_term"). */
  object: string;
  path: string;
  fields: readonly TableField[];
  /** The rows of this table one facility contributes (global tables: none). */
  fromFacility(rows: FacilityRows): readonly object[];
}

const uuid = (name: string): TableField => ({ name, type: 'string', format: 'uuid' });
const text = (name: string): TableField => ({ name, type: 'string' });
const uri = (name: string): TableField => ({ name, type: 'string', format: 'uri' });
const number = (name: string): TableField => ({ name, type: 'number' });

/**
 * The tables published, in the order HSDS lists them, each with the fields
 * this directory fills. Field names are HSDS's own (tabular.test.ts checks
 * them against the schema in ../shared/standards/hsds-3.0).
 */
export const TABLES: readonly TableSpec[] = [
  {
    object: 'organization',
    path: 'organizations.csv',
    fields: [uuid('id'), text('name'), text('alternate_name'), text('description'), uri('website'), uri('uri')],
    fromFacility: (r) => [r.organization],
  },
  {
    object: 'service',
    path: 'services.csv',
    fields: [
      uuid('id'),
      uuid('organization_id'),
      text('name'),
      text('alternate_name'),
      uri('url'),
      text('status'),
      { name: 'assured_date', type: 'date' },
    ],
    fromFacility: (r) => [r.service],
  },
  {
    object: 'location',
    path: 'locations.csv',
    fields: [
      uuid('id'),
      text('location_type'),
      uuid('organization_id'),
      text('name'),
      text('description'),
      number('latitude'),
      number('longitude'),
      text('external_identifier'),
      text('external_identifier_type'),
    ],
    fromFacility: (r) => [r.location],
  },
  {
    object: 'service_at_location',
    path: 'service_at_location.csv',
    fields: [uuid('id'), uuid('service_id'), uuid('location_id')],
    fromFacility: (r) => [r.serviceAtLocation],
  },
  {
    object: 'address',
    path: 'addresses.csv',
    fields: [
      uuid('id'),
      uuid('location_id'),
      text('address_1'),
      text('address_2'),
      text('city'),
      text('state_province'),
      text('postal_code'),
      text('country'),
      text('address_type'),
    ],
    fromFacility: (r) => (r.address ? [r.address] : []),
  },
  {
    object: 'phone',
    path: 'phones.csv',
    fields: [uuid('id'), uuid('service_id'), text('number'), number('extension'), text('type'), text('description')],
    fromFacility: (r) => r.phones,
  },
  {
    object: 'language',
    path: 'languages.csv',
    fields: [uuid('id'), uuid('service_id'), text('name'), text('code')],
    fromFacility: (r) => r.languages,
  },
  {
    object: 'attribute',
    path: 'attributes.csv',
    fields: [
      uuid('id'),
      uuid('link_id'),
      uuid('taxonomy_term_id'),
      text('link_type'),
      text('link_entity'),
      text('value'),
    ],
    fromFacility: (r) => r.attributes,
  },
  {
    object: 'taxonomy',
    path: 'taxonomies.csv',
    fields: [uuid('id'), text('name'), text('description')],
    fromFacility: () => [],
  },
  {
    object: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    fields: [
      uuid('id'),
      text('code'),
      text('name'),
      text('description'),
      text('taxonomy'),
      uuid('taxonomy_id'),
      text('language'),
    ],
    fromFacility: () => [],
  },
];

/**
 * One table's rows: a facility table from the facilities, a taxonomy table
 * from the vocabularies. One table at a time, so the build never holds the
 * rows of every table at once (the attributes alone are the largest).
 */
export function tableRowsOf(
  table: TableSpec,
  facilities: readonly FacilityRows[],
  terms: readonly HsdsTaxonomyTerm[],
  taxonomies: readonly HsdsTaxonomy[] = TAXONOMIES,
): object[] {
  if (table.object === 'taxonomy') return [...taxonomies];
  if (table.object === 'taxonomy_term') return [...terms];
  return facilities.flatMap((rows) => table.fromFacility(rows));
}

/** One table as CSV, its columns in the order of its fields. */
export function tableCsv(table: TableSpec, rows: readonly object[]): string {
  const columns: Column<object>[] = table.fields.map((f) => ({
    name: f.name,
    description: '',
    value: (row) => (row as Record<string, string | number | undefined>)[f.name],
  }));
  return toCsv(columns, rows);
}

export interface PackageInfo {
  name: string;
  title: string;
  description: string;
  /** ISO date-time of the build. */
  created: string;
  homepage: string;
  sources: readonly { title: string; path?: string }[];
  licenses: readonly { name?: string; path?: string; title: string }[];
}

/** The Frictionless `datapackage.json` describing the CSV tables. */
export function dataPackage(info: PackageInfo) {
  return {
    profile: 'tabular-data-package',
    ...info,
    resources: TABLES.map((t) => ({
      name: t.object,
      path: t.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: t.fields, primaryKey: 'id' },
    })),
  };
}
