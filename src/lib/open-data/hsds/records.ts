import type { Facility } from '../../schema';
import type { Listing } from '../listing';
import { hsdsId } from './ids';
import { languageCode, languageLabel } from './languages';
import { attributeRefs } from './taxonomy';

/**
 * One facility as rows of the HSDS 3.0 tables: an organization providing one
 * service at one physical location. Fields follow the HSDS names; a field
 * the data has no value for is left out, never written empty.
 */

export interface OrganizationRow {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  website?: string;
  /** The facility's page on this site: a persistent address for it. */
  uri: string;
}

export interface ServiceRow {
  id: string;
  organization_id: string;
  name: string;
  alternate_name?: string;
  url?: string;
  status: 'active' | 'temporarily closed' | 'defunct';
  /** The date staff last confirmed the listing (lastVerified). */
  assured_date?: string;
}

export interface LocationRow {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  external_identifier: string;
  external_identifier_type: string;
}

export interface ServiceAtLocationRow {
  id: string;
  service_id: string;
  location_id: string;
}

export interface AddressRow {
  id: string;
  location_id: string;
  address_1: string;
  address_2?: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: 'US';
  address_type: 'physical';
}

export interface PhoneRow {
  id: string;
  service_id: string;
  number: string;
  extension?: number;
  type: 'voice';
  description: string;
}

export interface LanguageRow {
  id: string;
  service_id: string;
  name: string;
  /** ISO 639-1, or ISO 639-2 where there is no 639-1 code. */
  code: string;
}

export interface AttributeRow {
  id: string;
  link_id: string;
  taxonomy_term_id: string;
  link_type: string;
  link_entity: 'service';
  value: string;
}

/** Everything one facility contributes to the HSDS tables. */
export interface FacilityRows {
  organization: OrganizationRow;
  service: ServiceRow;
  location: LocationRow;
  serviceAtLocation: ServiceAtLocationRow;
  /** Absent when SAMHSA withholds the street address (HSDS requires a first line). */
  address?: AddressRow;
  phones: PhoneRow[];
  languages: LanguageRow[];
  attributes: AttributeRow[];
}

/** What `location.external_identifier` holds. */
export const EXTERNAL_ID_TYPE = 'IOP Finder facility id';

const STATUS = { active: 'active', 'temporarily-closed': 'temporarily closed', closed: 'defunct' } as const;

/** "555-123-4567 x12" -> number and extension. */
function splitPhone(phone: string): { number: string; extension?: number } {
  const [number, ext] = phone.split(' x');
  return { number: number!, ...(ext ? { extension: Number(ext) } : {}) };
}

/** Why a location's point or address needs a word of warning, if it does. */
function locationNote(facility: Facility): string | undefined {
  const notes = [
    facility.address.street1 ? '' : 'Street address withheld by SAMHSA.',
    facility.location?.precision === 'zip-centroid'
      ? 'Approximate location: the point is the middle of the ZIP code area.'
      : '',
  ].filter(Boolean);
  return notes.length ? notes.join(' ') : undefined;
}

/** The HSDS rows of one facility. `listing` supplies the site's words (website, sources, page). */
export function facilityRows(facility: Facility, listing: Listing): FacilityRows {
  const key = facility.id;
  const ids = {
    organization: hsdsId('organization', key),
    service: hsdsId('service', key),
    location: hsdsId('location', key),
  };
  const place = `${facility.address.city}, ${facility.address.state}`;
  const source = listing.sources.length ? `Source: ${listing.sources.join('; ')}.` : 'Added by a contributor.';
  const phones = [
    ...(facility.phone ? [{ phone: facility.phone, description: 'Main', key: 'main' }] : []),
    ...facility.intakePhones.map((phone, i) => ({ phone, description: 'Intake', key: `intake/${i}` })),
  ];
  const { street1, street2 } = facility.address;
  return {
    organization: {
      id: ids.organization,
      name: facility.name,
      ...(facility.alternateName ? { alternate_name: facility.alternateName } : {}),
      description: `Treatment facility in ${place}. ${source}`,
      ...(listing.website ? { website: listing.website.url } : {}),
      uri: listing.url,
    },
    service: {
      id: ids.service,
      organization_id: ids.organization,
      name: facility.name,
      ...(facility.alternateName ? { alternate_name: facility.alternateName } : {}),
      ...(listing.website ? { url: listing.website.url } : {}),
      status: STATUS[facility.status],
      ...(facility.lastVerified ? { assured_date: facility.lastVerified } : {}),
    },
    location: {
      id: ids.location,
      location_type: 'physical',
      organization_id: ids.organization,
      name: facility.name,
      ...(locationNote(facility) ? { description: locationNote(facility) } : {}),
      ...(facility.location ? { latitude: facility.location.lat, longitude: facility.location.lon } : {}),
      external_identifier: facility.id,
      external_identifier_type: EXTERNAL_ID_TYPE,
    },
    serviceAtLocation: {
      id: hsdsId('service_at_location', key),
      service_id: ids.service,
      location_id: ids.location,
    },
    ...(street1
      ? {
          address: {
            id: hsdsId('address', key),
            location_id: ids.location,
            address_1: street1,
            ...(street2 ? { address_2: street2 } : {}),
            city: facility.address.city,
            state_province: facility.address.state,
            postal_code: facility.address.zip,
            country: 'US' as const,
            address_type: 'physical' as const,
          },
        }
      : {}),
    phones: phones.map((p) => ({
      id: hsdsId('phone', `${key}/${p.key}`),
      service_id: ids.service,
      ...splitPhone(p.phone),
      type: 'voice' as const,
      description: p.description,
    })),
    // Languages staff speak; "other languages" names none, so it is an attribute only.
    languages: facility.languages.flatMap((language) => {
      const code = languageCode(language);
      return code
        ? [
            {
              id: hsdsId('language', `${key}/${language}`),
              service_id: ids.service,
              name: languageLabel(language),
              code,
            },
          ]
        : [];
    }),
    attributes: attributeRefs(facility).map((ref) => ({
      id: hsdsId('attribute', `${key}/${ref.key}`),
      link_id: ids.service,
      taxonomy_term_id: ref.taxonomyTermId,
      link_type: ref.linkType,
      link_entity: 'service' as const,
      value: ref.value,
    })),
  };
}
