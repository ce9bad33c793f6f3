import { z } from 'zod';
import {
  AGES,
  CARE_FOCUS,
  idsOf,
  LANGUAGES,
  LEVELS_OF_CARE,
  MEDICATIONS,
  PAYMENT,
  SPECIALTIES,
  THERAPIES,
} from '../taxonomy';
import { STATE_CODES } from '../geo/states';
import { recordDate, slug, uniqueList, usPhone, webUrl, zip5 } from './primitives';
import { Program } from './program';

/**
 * Longest accepted street line. SAMHSA's longest is 38 characters; USPS
 * addresses stay well under 64. The limit keeps a pasted paragraph out.
 */
const STREET_MAX = 120;

/** Longest accepted city name: the longest US place names are about 35 characters. */
const CITY_MAX = 60;

/** Street address as SAMHSA publishes it. */
export const Address = z.strictObject({
  /** First street line, at most STREET_MAX characters; absent when SAMHSA withholds the address (it prints "---"). */
  street1: z
    .string()
    .trim()
    .min(1)
    .max(STREET_MAX)
    .optional()
    .describe('First street line. Leave out only if the address is withheld.'),
  /** Suite, building or floor; at most STREET_MAX characters. */
  street2: z.string().trim().min(1).max(STREET_MAX).optional().describe('Suite, building or floor.'),
  /** City or town; at most CITY_MAX characters. */
  city: z.string().trim().min(1).max(CITY_MAX).describe('City or town.'),
  /** USPS state or territory code; must match the facility's folder. */
  state: z.enum(STATE_CODES).describe('USPS state or territory code, e.g. "CO". Must match the folder the file is in.'),
  /** Five-digit ZIP code. */
  zip: zip5.describe('Five-digit ZIP code, e.g. "80203".'),
});

/** Where the facility is on a map, and how sure we are. */
export const Location = z.strictObject({
  /** Latitude in decimal degrees (WGS84). */
  lat: z.number().min(-90).max(90).describe('Latitude in decimal degrees.'),
  /** Longitude in decimal degrees (WGS84). */
  lon: z.number().min(-180).max(180).describe('Longitude in decimal degrees.'),
  /**
   * "exact" is a geocoded street address (SAMHSA's locator or staff);
   * "zip-centroid" is the middle of the ZIP code area and is shown as approximate.
   */
  precision: z
    .enum(['exact', 'zip-centroid'])
    .describe(
      '"exact" for a geocoded street address; "zip-centroid" for the middle of the ZIP area (shown as approximate).',
    ),
});

/** A name as SAMHSA printed it, kept for traceability (same limits as a facility name). */
const publishedName = z.string().trim().min(1).max(200).optional();

/** One SAMHSA directory row this facility was built from. */
export const SamhsaSource = z.strictObject({
  /** "su" is the substance-use directory, "mh" the mental-health directory. */
  directory: z.enum(['su', 'mh']).describe('"su" = substance-use directory, "mh" = mental-health directory.'),
  /** Edition year of the directory. */
  year: z.int().min(2000).max(2100).describe('Edition year of the directory.'),
  /** The row's raw service codes (SAMHSA's are at most 7 characters), kept so every derived field can be traced back. */
  codes: z
    .array(
      z
        .string()
        .regex(/^[A-Z0-9]+$/)
        .max(16),
    )
    .describe('Raw SAMHSA service codes of the row, for traceability.'),
  /**
   * The row's name exactly as SAMHSA published it, when it differs from the
   * record's `name` (abbreviations written out, or another edition's spelling).
   */
  name: publishedName.describe("The row's name as SAMHSA published it, when it differs from the record's name."),
  /** The row's second name as published, when it differs from the record's `alternateName`. */
  alternateName: publishedName.describe(
    "The row's second name as SAMHSA published it, when it differs from the record's alternateName.",
  ),
});

/** A website found in a SAMHSA source, with where it came from. */
export const SourcedWebsite = z.strictObject({
  /** The link, http(s) only. */
  url: webUrl.describe('The website, starting with https:// or http://.'),
  /** Which of SAMHSA's treatment-locator exports gave it: "su" substance use, "mh" mental health. */
  directory: z.enum(['su', 'mh']).describe('Locator export it came from: "su" or "mh".'),
  /** Year of that export. */
  year: z.int().min(2000).max(2100).describe('Year of the locator export.'),
});

/**
 * Fields the importer writes. Staff may still correct one of them: listing it
 * in `curatedFields` tells the importer to keep the staff value from then on.
 */
export const IMPORTED_FIELDS = [
  'name',
  'alternateName',
  'address',
  'location',
  'phone',
  'intakePhones',
  'samhsaWebsite',
  'careFocus',
  'levelsOfCare',
  'specialties',
  'ages',
  'payment',
  'languages',
  'medications',
  'therapies',
  'telehealth',
] as const;

/** One treatment facility: the content of `data/facilities/<state>/<id>.json`. */
export const Facility = z.strictObject({
  /** Path or URL of the JSON Schema, so editors can check the file as you type; at most 200 characters. */
  $schema: z.string().max(200).optional().describe('Path of the JSON Schema used by editors.'),
  /** Stable URL slug; equals the file name without ".json" and never changes once published. */
  id: slug.describe('Stable URL slug; equals the file name without .json. Never change it once published.'),
  /** The facility's name; at most 200 characters (SAMHSA's longest is 77). */
  name: z.string().trim().min(1).max(200).describe('Name of the facility.'),
  /** Program, clinic or "doing business as" name (SAMHSA's name2); at most 200 characters. */
  alternateName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Second name: program, clinic or "doing business as" name.'),
  /** Street address. */
  address: Address.describe('Street address.'),
  /** Map point; absent when no point or ZIP centroid is known. */
  location: Location.optional().describe('Map point and its precision.'),
  /** Main phone number. */
  phone: usPhone.optional().describe('Main phone, e.g. "555-123-4567".'),
  /** Intake or admissions lines, if different from the main number. */
  intakePhones: uniqueList(usPhone).default([]).describe('Intake or admissions phone numbers.'),
  /** Official website; http(s) only, at most 500 characters. Set by staff; shown instead of `samhsaWebsite`. */
  website: webUrl.optional().describe('Official website, starting with https:// or http://. Wins over samhsaWebsite.'),
  /**
   * Website from SAMHSA's treatment-locator export, matched to this facility
   * by street, ZIP and name; the importer writes it, and the page says where
   * the link comes from. A staff `website` always wins.
   */
  samhsaWebsite: SourcedWebsite.optional().describe(
    "Website from SAMHSA's treatment-locator export (written by the importer); website wins over it.",
  ),
  /** What the facility treats. */
  careFocus: uniqueList(z.enum(idsOf(CARE_FOCUS)))
    .default([])
    .describe('What the facility treats.'),
  /** Levels of care offered. */
  levelsOfCare: uniqueList(z.enum(idsOf(LEVELS_OF_CARE)))
    .default([])
    .describe('Levels of care offered.'),
  /** Special programs and populations served. */
  specialties: uniqueList(z.enum(idsOf(SPECIALTIES)))
    .default([])
    .describe('Special programs and populations served.'),
  /** Age groups accepted. */
  ages: uniqueList(z.enum(idsOf(AGES)))
    .default([])
    .describe('Age groups accepted.'),
  /** Payment, insurance and funding accepted. */
  payment: uniqueList(z.enum(idsOf(PAYMENT)))
    .default([])
    .describe('Payment, insurance and funding accepted.'),
  /** Languages other than English in which services are offered. */
  languages: uniqueList(z.enum(idsOf(LANGUAGES)))
    .default([])
    .describe('Languages other than English.'),
  /** Medications for opioid and alcohol use disorder used or prescribed. */
  medications: uniqueList(z.enum(idsOf(MEDICATIONS)))
    .default([])
    .describe('Medications for opioid or alcohol use disorder.'),
  /** Whether any treatment is offered by video or phone. */
  telehealth: z.boolean().default(false).describe('Whether treatment is offered by video or phone.'),
  /** Treatment approaches used. */
  therapies: uniqueList(z.enum(idsOf(THERAPIES)))
    .default([])
    .describe('Treatment approaches used.'),
  /** Programs described by staff, such as an evening IOP track with its schedule. */
  programs: z.array(Program).default([]).describe('Programs described by staff, with schedules.'),
  /** Whether the facility is open. Closed facilities stay listed, marked closed, so old links explain themselves. */
  status: z
    .enum(['active', 'temporarily-closed', 'closed'])
    .default('active')
    .describe('"active", "temporarily-closed" or "closed".'),
  /** The SAMHSA directory rows this record came from; empty for a facility staff added. */
  samhsa: z.array(SamhsaSource).default([]).describe('SAMHSA directory rows this record came from.'),
  /** Date staff last confirmed the listing with the facility (not before OLDEST_DATA_DATE); absent until first verified. */
  lastVerified: recordDate
    .optional()
    .describe('Date staff last confirmed this listing with the facility (YYYY-MM-DD).'),
  /** Imported fields staff have corrected: the importer keeps these as they are. */
  curatedFields: uniqueList(z.enum(IMPORTED_FIELDS))
    .default([])
    .describe('Imported fields corrected by staff; the importer will not overwrite them.'),
  /**
   * Why this listing stays separate from another one at the same map point
   * with the same phone (for example, separate programs at one address).
   * Without it the validator calls such listings duplicates.
   */
  keptSeparate: z
    .strictObject({
      /** Why the listings are not one facility. */
      reason: z.string().trim().min(1).max(300).describe('Why the listings are not one facility.'),
    })
    .optional()
    .describe('Why this listing stays separate from another at the same point with the same phone.'),
  /** Ids of listings merged into this one; their old pages send people here. */
  formerIds: uniqueList(slug)
    .default([])
    .describe('Ids of listings merged into this one; their old pages redirect here.'),
  /** Set by the importer when something needs a person to look, e.g. the facility vanished from SAMHSA. */
  review: z
    .strictObject({
      /** Why the record needs a look: a sentence or two, at most 500 characters. */
      reason: z.string().trim().min(1).max(500).describe('Why this listing needs review.'),
      /** When it was flagged (not before OLDEST_DATA_DATE). */
      since: recordDate.describe('Date it was flagged (YYYY-MM-DD).'),
    })
    .optional()
    .describe('Set when a person should review this listing.'),
});

/** A facility as stored in JSON (defaults not yet applied). */
export type FacilityInput = z.input<typeof Facility>;
/** A parsed facility, with every default applied. */
export type Facility = z.output<typeof Facility>;
export type Address = z.output<typeof Address>;
export type Location = z.output<typeof Location>;
export type SamhsaSource = z.output<typeof SamhsaSource>;
export type SourcedWebsite = z.output<typeof SourcedWebsite>;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];
