import type { CodedField } from '../taxonomy';
import type { Listing } from './listing';

/** A cell: text, a number, yes/no, or empty. */
export type Cell = string | number | boolean | undefined;

/**
 * One column of the CSV exports and one property of the GeoJSON ones. Names
 * and meanings are a published contract (the /data/ page lists them): add
 * columns at the end, never rename or reorder one.
 */
export interface Column<R> {
  name: string;
  /** What the column holds, as the /data/ page documents it. */
  description: string;
  value(row: R): Cell;
}

/** Multi-valued cells join with "; " (labels never contain a semicolon: see columns.test.ts). */
export const LIST_SEPARATOR = '; ';

const list = (values: readonly string[] | undefined) => (values?.length ? values.join(LIST_SEPARATOR) : undefined);

function termColumn(name: string, field: CodedField, what: string): Column<Partial<Listing>> {
  return { name, description: `${what}, separated by "; ".`, value: (r) => list(r.terms?.[field]) };
}

/** Every column of a facility export, in order. Rows may lack fields (finder results): those cells stay empty. */
export const LISTING_COLUMNS: readonly Column<Partial<Listing>>[] = [
  { name: 'id', description: 'Stable identifier; the facility page is /facilities/<id>/.', value: (r) => r.id },
  { name: 'name', description: 'Name of the facility.', value: (r) => r.name },
  { name: 'alternate_name', description: 'Program or "doing business as" name.', value: (r) => r.alternateName },
  {
    name: 'status',
    description: '"active", "temporarily-closed" or "closed".',
    value: (r) => r.status,
  },
  {
    name: 'street1',
    description: 'First street line; empty when SAMHSA withholds the address.',
    value: (r) => r.street1,
  },
  { name: 'street2', description: 'Suite, building or floor.', value: (r) => r.street2 },
  { name: 'city', description: 'City or town.', value: (r) => r.city },
  { name: 'state', description: 'USPS state or territory code, e.g. CO.', value: (r) => r.state },
  { name: 'zip', description: 'Five-digit ZIP code (text: keeps leading zeros).', value: (r) => r.zip },
  {
    name: 'latitude',
    description: 'Latitude, decimal degrees (WGS84); empty when no point is known.',
    value: (r) => r.location?.lat,
  },
  { name: 'longitude', description: 'Longitude, decimal degrees (WGS84).', value: (r) => r.location?.lon },
  {
    name: 'location_precision',
    description: '"exact" (geocoded street address) or "zip-centroid" (approximate: the middle of the ZIP code area).',
    value: (r) => r.location?.precision,
  },
  { name: 'phone', description: 'Main phone, 555-123-4567 (" x12" adds an extension).', value: (r) => r.phone },
  {
    name: 'intake_phones',
    description: 'Intake or admissions lines, separated by "; ".',
    value: (r) => list(r.intakePhones),
  },
  { name: 'website', description: 'Website (http or https).', value: (r) => r.website?.url },
  {
    name: 'website_source',
    description: "Where the website comes from when staff have not confirmed it: SAMHSA's treatment locator and year.",
    value: (r) => r.website?.source,
  },
  termColumn('levels_of_care', 'levelsOfCare', 'Levels of care offered'),
  termColumn('care_focus', 'careFocus', 'What the facility treats (mental health, substance use)'),
  termColumn('specialties', 'specialties', 'Special programs and groups served'),
  termColumn('ages', 'ages', 'Age groups accepted'),
  termColumn('payment', 'payment', 'Payment, insurance and funding accepted'),
  termColumn('languages', 'languages', 'Languages other than English'),
  termColumn('medications', 'medications', 'Medications for opioid or alcohol use disorder'),
  termColumn('therapies', 'therapies', 'Treatment approaches'),
  { name: 'telehealth', description: '"yes" if treatment is offered by video or phone.', value: (r) => r.telehealth },
  {
    name: 'last_verified',
    description: 'Date (YYYY-MM-DD) staff last confirmed the listing with the facility; empty if never.',
    value: (r) => r.lastVerified,
  },
  {
    name: 'verification',
    description: 'How fresh the listing is, in words, e.g. "From the SAMHSA directory of 2024, not yet verified".',
    value: (r) => r.verification,
  },
  {
    name: 'sources',
    description: 'SAMHSA directory editions the listing comes from, separated by "; ".',
    value: (r) => list(r.sources),
  },
  { name: 'page_url', description: "The facility's page on this site.", value: (r) => r.url },
];

/** Columns by name, for exports that carry a subset. */
export function columnsNamed<R>(columns: readonly Column<R>[], names: readonly string[]): Column<R>[] {
  return names.map((name) => {
    const column = columns.find((c) => c.name === name);
    if (!column) throw new Error(`No column named ${name}`);
    return column;
  });
}
