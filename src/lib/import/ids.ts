/**
 * Facility ids: URL-safe slugs "<name>-<city>-<state>". When two facilities
 * would share one, each new one gets its street (then ZIP, then a number)
 * appended. Ids already on disk are never reassigned.
 */
import { keyText } from '../identity/normalize';
import { compareText } from './merge';

export const MAX_ID_LENGTH = 120;

/**
 * Lowercase ASCII words joined by single hyphens, cut at a word boundary to
 * at most maxLength characters.
 */
export function slugify(text: string, maxLength = MAX_ID_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 0 ? cut.slice(0, atWord) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

export interface IdSubject {
  /** Facility key; gives the order in which colliding new facilities are numbered. */
  key: string;
  name: string;
  city: string;
  state: string;
  street1?: string;
  /** Second name; tells apart facilities whose street is withheld. */
  alternateName?: string;
  zip: string;
}

/** The id a facility gets when nothing else has it. */
export function baseId(f: IdSubject): string {
  const name = slugify(f.name, 50) || 'facility';
  return [name, slugify(f.city, 24), f.state.toLowerCase()].filter(Boolean).join('-');
}

/** Ids to try, in order, when the base id is taken or shared: street, street + ZIP, second name, ZIP. */
function candidates(f: IdSubject, base: string): string[] {
  const street = f.street1 ? slugify(keyText(f.street1), 25) : '';
  const list = street ? [`${base}-${street}`, `${base}-${street}-${f.zip}`] : [];
  const alt = f.alternateName ? slugify(f.alternateName, 25) : '';
  if (alt) list.push(`${base}-${alt}`);
  list.push(`${base}-${f.zip}`);
  return list;
}

/**
 * Give ids to new facilities. `taken` holds every id already in use (records
 * on disk, including staff-added and flagged ones) and is updated. Facilities
 * of one batch that share a base id all get a disambiguator, so no one of them
 * owns the plain name by accident of order; a facility that already owns an
 * id on disk keeps it.
 */
export function assignIds(subjects: readonly IdSubject[], taken: Set<string>): Map<string, string> {
  const byBase = new Map<string, IdSubject[]>();
  for (const s of subjects) {
    const base = baseId(s);
    const list = byBase.get(base);
    if (list) list.push(s);
    else byBase.set(base, [s]);
  }
  const ids = new Map<string, string>();
  for (const base of [...byBase.keys()].sort(compareText)) {
    const group = byBase.get(base)!.sort((a, b) => compareText(a.key, b.key));
    if (group.length === 1 && !taken.has(base)) {
      taken.add(base);
      ids.set(group[0]!.key, base);
      continue;
    }
    for (const subject of group) {
      let id = candidates(subject, base).find((c) => !taken.has(c));
      for (let n = 2; id === undefined; n++) if (!taken.has(`${base}-${n}`)) id = `${base}-${n}`;
      taken.add(id);
      ids.set(subject.key, id);
    }
  }
  return ids;
}
