/**
 * Phone numbers must be real NANP numbers: the schema checks the 555-123-4567
 * shape, libphonenumber's full ("max") metadata checks the area code and
 * exchange. Numbers of other NANP countries (Canada, the Caribbean) are
 * errors too: in the SAMHSA data every one of them is a typo of a US area
 * code (613 for 631, 204 for 203, 273 for 276...).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { FacilityInput } from '../schema';
import { error, warning, type Finding } from './issue';

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
const regionName = (code: string) => REGION_NAMES.of(code) ?? code;

const US_REGIONS = new Set(['US', 'PR', 'GU', 'VI', 'MP', 'AS']);
const SHAPE = /^(\d{3})-(\d{3})-(\d{4})(?: x\d{1,6})?$/;

/** Ten digits → NANP region code ("US", "CA"…; "??" if valid but unassigned), or undefined when invalid. Cached: numbers repeat across files. */
const regions = new Map<string, string | undefined>();
function countryOf(digits: string): string | undefined {
  if (!regions.has(digits)) {
    const number = parsePhoneNumberFromString(digits, 'US');
    regions.set(digits, number?.isValid() ? (number.country ?? '??') : undefined);
  }
  return regions.get(digits);
}

function checkOne(path: PropertyKey[], phone: unknown): Finding[] {
  if (typeof phone !== 'string') return [];
  const match = SHAPE.exec(phone);
  if (!match) return []; // the schema reports the format
  const country = countryOf(`${match[1]}${match[2]}${match[3]}`);
  if (!country) {
    return [
      error(
        path,
        `"${phone}" is not a valid US phone number (no such area code or exchange)`,
        'check the number with the facility and correct it, or remove it',
      ),
    ];
  }
  if (country !== '??' && !US_REGIONS.has(country)) {
    return [
      error(
        path,
        `"${phone}" has area code ${match[1]}, which belongs to ${regionName(country)}, not the US`,
        'check the number with the facility (often a mistyped area code) and correct it, or remove it',
      ),
    ];
  }
  return [];
}

export function checkPhones(facility: FacilityInput): Finding[] {
  const findings = checkOne(['phone'], facility.phone);
  const intake = Array.isArray(facility.intakePhones) ? facility.intakePhones : [];
  intake.forEach((phone, i) => {
    findings.push(...checkOne(['intakePhones', i], phone));
    if (phone === facility.phone) {
      findings.push(
        warning(
          ['intakePhones', i],
          `repeats the main phone "${phone}"`,
          'remove it: list only intake lines that differ',
        ),
      );
    }
  });
  return findings;
}
