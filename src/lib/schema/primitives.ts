import { z } from 'zod';

/** Lowercase words joined by single hyphens: safe in URLs and file names. */
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lowercase letters, digits and single hyphens, e.g. "serenity-house-denver-co"',
  )
  .max(120);

/** A calendar date written YYYY-MM-DD, which sorts and diffs cleanly in git. */
export const isoDate = z.iso.date({ error: 'write the date as YYYY-MM-DD, e.g. "2026-11-22"' });

/**
 * First day of the oldest SAMHSA directory the data is built from (the 2023
 * substance-use directory). Nothing in a listing was verified or flagged
 * before its data existed, so an older date is a typo (1900, or 2203 → 2023).
 */
export const OLDEST_DATA_DATE = '2023-01-01';

/** Message of the check below; src/lib/validate/zod-issues.ts words the error from it. */
export const OLDER_THAN_DATA = 'date older than the SAMHSA directories';

/** A date something was done to a listing: YYYY-MM-DD, not before {@link OLDEST_DATA_DATE}. */
export const recordDate = isoDate.refine(
  // A date that is not YYYY-MM-DD is reported by isoDate alone.
  (date) => !/^\d{4}-/.test(date) || date >= OLDEST_DATA_DATE,
  OLDER_THAN_DATA,
);

/** 24-hour clock time HH:MM. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as 24-hour HH:MM, e.g. "17:30"');

/** US phone number as 555-123-4567, optionally followed by " x123" for an extension. */
export const usPhone = z
  .string()
  .regex(/^\d{3}-\d{3}-\d{4}( x\d{1,6})?$/, 'write the phone as 555-123-4567 (add " x123" for an extension)');

/** Five-digit ZIP code, kept as a string so leading zeros survive. */
export const zip5 = z.string().regex(/^\d{5}$/, 'write the ZIP as five digits, e.g. "02139"');

/**
 * Only http(s) links: a `javascript:` or `data:` URL in a data file must never
 * become a clickable link on the site. The URL parser forgives spaces and
 * characters such as `"<>` (zod trims, browsers escape), so they are refused
 * before it runs: the address in the file must be the address the link goes to.
 * 500 characters is far longer than any facility's home page needs.
 */
export const webUrl = z
  .string()
  .max(500)
  .regex(
    /^[^\s"<>\\^`{|}]+$/,
    'remove spaces and the characters " < > \\ ^ ` { | } (percent-encode them, e.g. %20, if the address really has them)',
  )
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'use a full http:// or https:// address, e.g. "https://example.org"',
    }),
  );

/** An array of distinct values from one vocabulary. */
export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).refine((list) => new Set(list).size === list.length, 'remove the repeated value');
}
