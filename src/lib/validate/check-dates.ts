/**
 * Dates that record something done (verifying a listing, flagging it for
 * review) cannot be in the future. One day of slack covers time zones: a
 * check made in Guam on the morning of the 2nd is still the 1st in UTC.
 */
import type { FacilityInput } from '../schema';
import { error, type Finding } from './issue';

/** Today as YYYY-MM-DD in UTC. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function checkDates(facility: FacilityInput, today: string): Finding[] {
  const latest = addDays(today, 1);
  const findings: Finding[] = [];
  const future = (path: PropertyKey[], value: unknown, what: string) => {
    if (typeof value === 'string' && ISO.test(value) && value > latest) {
      findings.push(
        error(path, `"${value}" is in the future (today is ${today})`, `use the date ${what}, not a later one`),
      );
    }
  };
  future(['lastVerified'], facility.lastVerified, 'the listing was last confirmed with the facility');
  future(['review', 'since'], facility.review?.since, 'the listing was flagged');
  const samhsa = Array.isArray(facility.samhsa) ? facility.samhsa : [];
  samhsa.forEach((row, i) => {
    const year = row?.year;
    if (typeof year === 'number' && year > Number(latest.slice(0, 4))) {
      findings.push(
        error(
          ['samhsa', i, 'year'],
          `${year} is in the future`,
          'use the edition year of the directory the row came from',
        ),
      );
    }
  });
  return findings;
}
