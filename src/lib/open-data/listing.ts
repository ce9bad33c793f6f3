import { sourceCitations, verification, websiteLink } from '../facility/provenance';
import type { Facility } from '../schema';
import { CODED_VOCABULARIES, type CodedField, type Term } from '../taxonomy';

/**
 * One facility as every export carries it: what a referral needs to read
 * (labels, not ids), with its source and verification. The directory CSV
 * and GeoJSON, the shortlist's facility files and the referral packet are
 * all made from this one shape, so they cannot disagree.
 */
export interface Listing {
  id: string;
  name: string;
  alternateName?: string;
  status: Facility['status'];
  /** Absent when SAMHSA withholds the street address. */
  street1?: string;
  street2?: string;
  city: string;
  state: string;
  zip: string;
  /** Map point; `precision` "zip-centroid" marks an approximate one. */
  location?: { lat: number; lon: number; precision: 'exact' | 'zip-centroid' };
  phone?: string;
  intakePhones: string[];
  /** The staff website, else SAMHSA's locator website with its source. */
  website?: { url: string; source?: string };
  /** Labels of each vocabulary, in taxonomy order. */
  terms: Record<CodedField, string[]>;
  telehealth: boolean;
  /** YYYY-MM-DD the listing was last confirmed with the facility, if ever. */
  lastVerified?: string;
  /** "Last verified with the facility on March 2, 2026" or "From the SAMHSA directory of 2024, not yet verified". */
  verification: string;
  /** "SAMHSA, National Directory of ... 2024", once per edition. */
  sources: string[];
  /** Absolute URL of the facility's page. */
  url: string;
}

/** Vocabularies in the order exports list them: what a referral asks about first. */
export const LISTING_FIELDS = [
  'levelsOfCare',
  'careFocus',
  'specialties',
  'ages',
  'payment',
  'languages',
  'medications',
  'therapies',
] as const satisfies readonly CodedField[];

/** Labels of a facility's terms in taxonomy order (the order the site lists them). */
function labels(field: CodedField, ids: readonly string[]): string[] {
  const order = CODED_VOCABULARIES[field] as readonly Term[];
  const wanted = new Set(ids);
  return order.filter((t) => wanted.has(t.id)).map((t) => t.label);
}

/** A facility as exports carry it; `pageUrl` gives the absolute URL of its page. */
export function listingOf(facility: Facility, pageUrl: (id: string) => string): Listing {
  const { address } = facility;
  const website = websiteLink(facility);
  const terms = Object.fromEntries(
    LISTING_FIELDS.map((field) => [field, labels(field, facility[field] as readonly string[])]),
  ) as Listing['terms'];
  return {
    id: facility.id,
    name: facility.name,
    ...(facility.alternateName ? { alternateName: facility.alternateName } : {}),
    status: facility.status,
    ...(address.street1 ? { street1: address.street1 } : {}),
    ...(address.street2 ? { street2: address.street2 } : {}),
    city: address.city,
    state: address.state,
    zip: address.zip,
    ...(facility.location ? { location: { ...facility.location } } : {}),
    ...(facility.phone ? { phone: facility.phone } : {}),
    intakePhones: [...facility.intakePhones],
    ...(website ? { website: { url: website.href, ...(website.source ? { source: website.source } : {}) } } : {}),
    terms,
    telehealth: facility.telehealth,
    ...(facility.lastVerified ? { lastVerified: facility.lastVerified } : {}),
    verification: verification(facility).text,
    sources: sourceCitations(facility.samhsa),
    url: pageUrl(facility.id),
  };
}
