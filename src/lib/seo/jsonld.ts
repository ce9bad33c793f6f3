import type { Facility } from '../schema';
import type { CareFocusId, LevelOfCareId, SpecialtyId } from '../taxonomy';
import { PAYMENT, termIndex } from '../taxonomy';
import { websiteLink } from '../facility/provenance';

/** A JSON-LD node: plain JSON values only. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * schema.org's MedicalSpecialty has no addiction or substance-use member, so
 * only terms that map onto a real member are listed; a made-up value would be
 * ignored or flagged by validators.
 */
const FOCUS_SPECIALTY: Partial<Record<CareFocusId, string>> = {
  'mental-health': 'Psychiatric',
  'co-occurring': 'Psychiatric',
};
const PROGRAM_SPECIALTY: Partial<Record<SpecialtyId, string>> = {
  adolescents: 'Pediatric',
  'children-sed': 'Pediatric',
  'older-adults': 'Geriatric',
  dementia: 'Geriatric',
  'serious-mental-illness': 'Psychiatric',
  'first-episode-psychosis': 'Psychiatric',
  'eating-disorders': 'Psychiatric',
};

/** Levels that are only ever delivered as clinic visits. */
const CLINIC_LEVELS: readonly LevelOfCareId[] = ['outpatient', 'intensive-outpatient', 'partial-hospitalization'];

const payment = termIndex(PAYMENT);

/** "555-123-4567 x12" -> "+1-555-123-4567 x12", the international form schema.org asks for. */
function schemaPhone(phone: string): string {
  return `+1-${phone}`;
}

/** schema.org medical specialties that fit a facility, as full enumeration URLs. */
export function medicalSpecialties(facility: Pick<Facility, 'careFocus' | 'specialties' | 'levelsOfCare'>): string[] {
  const names = new Set<string>();
  for (const focus of facility.careFocus) {
    const name = FOCUS_SPECIALTY[focus];
    if (name) names.add(name);
  }
  for (const specialty of facility.specialties) {
    const name = PROGRAM_SPECIALTY[specialty];
    if (name) names.add(name);
  }
  return [...names].sort().map((name) => `https://schema.org/${name}`);
}

/**
 * The facility as a schema.org MedicalClinic (clinic-only levels of care) or
 * MedicalOrganization (residential, hospital, detox, or unknown). `pageUrl`
 * is the facility page, used as the node's @id. Coordinates are given only
 * for an exact location: a ZIP-code centre would mislead a map.
 */
export function facilityJsonLd(facility: Facility, pageUrl: string): JsonLd {
  const clinicOnly = facility.levelsOfCare.length > 0 && facility.levelsOfCare.every((l) => CLINIC_LEVELS.includes(l));
  const { address } = facility;
  const street = [address.street1, address.street2].filter(Boolean).join(', ');
  const node: JsonLd = {
    '@context': 'https://schema.org',
    '@type': clinicOnly ? 'MedicalClinic' : 'MedicalOrganization',
    '@id': `${pageUrl}#facility`,
    name: facility.name,
    url: websiteLink(facility)?.href ?? pageUrl,
    mainEntityOfPage: pageUrl,
    address: {
      '@type': 'PostalAddress',
      ...(street ? { streetAddress: street } : {}),
      addressLocality: address.city,
      addressRegion: address.state,
      postalCode: address.zip,
      addressCountry: 'US',
    },
  };
  if (facility.alternateName) node.alternateName = facility.alternateName;
  if (facility.location?.precision === 'exact') {
    node.geo = { '@type': 'GeoCoordinates', latitude: facility.location.lat, longitude: facility.location.lon };
  }
  if (facility.phone) node.telephone = schemaPhone(facility.phone);
  const specialties = medicalSpecialties(facility);
  if (specialties.length) node.medicalSpecialty = specialties;
  if (facility.payment.length) node.paymentAccepted = facility.payment.map((id) => payment(id).label).join(', ');
  return node;
}

/** A BreadcrumbList from (name, absolute URL) pairs, first to last. */
export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&`
 * become \u escapes, so a value holding "</script>" or "<!--" cannot end the
 * element or start markup; U+2028/U+2029 are escaped for old JavaScript
 * parsers. The result is still JSON that parses to the same value.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
