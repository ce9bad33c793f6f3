import type { Locale } from '../i18n/locales';
import { facilityMessages } from '../i18n/messages/facility';
import { termLabel } from '../i18n/terms';
import type { Facility } from '../schema';
import { LEVELS_OF_CARE, termIndex } from '../taxonomy';

const level = termIndex(LEVELS_OF_CARE);

/** Longest meta description worth writing: search engines cut the rest. */
export const MAX_DESCRIPTION = 160;

/** Shorten to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max = MAX_DESCRIPTION): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

type Titled = Pick<Facility, 'id' | 'name' | 'alternateName' | 'address'>;

/** "Name, City, ST": the usual facility page title. */
export function baseFacilityTitle(f: Titled): string {
  return `${f.name}, ${f.address.city}, ${f.address.state}`;
}

/**
 * A title per facility that no other facility page shares. Chains often have
 * two sites with one name in one city, so a clash adds the program name or
 * street, then the id as a last resort.
 */
export function uniqueFacilityTitles(facilities: readonly Titled[]): Map<string, string> {
  const groups = new Map<string, Titled[]>();
  for (const f of facilities) {
    const key = baseFacilityTitle(f).toLowerCase();
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const titles = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      titles.set(group[0]!.id, baseFacilityTitle(group[0]!));
      continue;
    }
    const candidates = group.map((f) => {
      const extra = [f.alternateName, f.address.street1].filter(Boolean).join(', ');
      return extra ? `${f.name} (${extra}), ${f.address.city}, ${f.address.state}` : baseFacilityTitle(f);
    });
    const counts = new Map<string, number>();
    for (const c of candidates) counts.set(c.toLowerCase(), (counts.get(c.toLowerCase()) ?? 0) + 1);
    group.forEach((f, i) => {
      const candidate = candidates[i]!;
      titles.set(f.id, counts.get(candidate.toLowerCase())! > 1 ? `${candidate} [${f.id}]` : candidate);
    });
  }
  return titles;
}

/** Plain meta description for a facility page, in the page's language. */
export function facilityDescription(
  f: Pick<Facility, 'name' | 'address' | 'levelsOfCare' | 'status'>,
  locale: Locale = 'en',
): string {
  const words = facilityMessages(locale).description;
  const where = [f.address.street1, `${f.address.city}, ${f.address.state} ${f.address.zip}`]
    .filter(Boolean)
    .join(', ');
  const levels = f.levelsOfCare.map((id) => termLabel(level(id), locale)).join(', ');
  const status =
    f.status === 'closed' ? words.closed : f.status === 'temporarily-closed' ? words.temporarilyClosed : '';
  return truncate(`${status}${f.name}, ${where}.${levels ? ` ${levels}.` : ''} ${words.tail}`);
}
