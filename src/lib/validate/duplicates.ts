/**
 * Dataset-wide checks: ids must be unique, and no two files may describe the
 * same facility. What real duplicates look like (measured on the SAMHSA
 * import): the substance-use and mental-health rows of one facility left
 * unmerged because one name has "Inc"/"LLC" and the other not; one row with
 * the street withheld or a PO box; the street written two ways ("1909
 * Commerce Ave NW" / "1909 Commerce Avenue") or its two lines swapped.
 * What is NOT a duplicate: one operator's separate sites that share a name
 * and a central phone, often in one ZIP (a dozen residential houses of one
 * program); and programs at one address told apart by alternateName.
 */
import { error, type Finding } from './issue';
import { nameKey as normalizedName, phoneDigits, streetKey } from '../identity/normalize';
import { placingStreet, sameSiteReason } from '../identity/same-site';

export interface DatasetEntry {
  /** Path relative to the repository root, used in messages. */
  file: string;
  /** Parsed JSON (possibly invalid against the schema). */
  data: unknown;
}

interface Raw {
  id?: unknown;
  name?: unknown;
  alternateName?: unknown;
  phone?: unknown;
  address?: { street1?: unknown; street2?: unknown; zip?: unknown };
  location?: { lat?: unknown; lon?: unknown; precision?: unknown };
  keptSeparate?: { reason?: unknown };
  formerIds?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** Group entries by key; keep only groups with more than one file. */
function groups(entries: readonly DatasetEntry[], keyOf: (raw: Raw) => string | undefined): DatasetEntry[][] {
  const byKey = new Map<string, DatasetEntry[]>();
  for (const entry of entries) {
    if (entry.data === null || typeof entry.data !== 'object') continue;
    const key = keyOf(entry.data as Raw);
    if (key === undefined) continue;
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  return [...byKey.values()].filter((list) => list.length > 1);
}

const nameKeys = new WeakMap<Raw, string | undefined>();

/** Normalised name and alternate name, computed once per file. */
function nameKey(raw: Raw): string | undefined {
  if (nameKeys.has(raw)) return nameKeys.get(raw);
  const name = str(raw.name);
  const alt = str(raw.alternateName);
  const key = !name ? undefined : alt ? `${normalizedName(name)} / ${normalizedName(alt)}` : normalizedName(name);
  nameKeys.set(raw, key);
  return key;
}

/** The street line, unless it is missing or only a PO box. */
function streetOf(raw: Raw): string | undefined {
  return placingStreet({ street1: str(raw.address?.street1) });
}

const lines = (raw: Raw) => ({ street1: str(raw.address?.street1), street2: str(raw.address?.street2) });

/**
 * Two files with the same name, phone and ZIP are one facility only if their
 * streets agree as far as they are known (src/lib/identity/same-site.ts);
 * otherwise they are two sites of one operator sharing a phone line.
 */
function sameSiteByPhone(a: Raw, b: Raw): string | undefined {
  const why = sameSiteReason(lines(a), lines(b));
  if (why === undefined) return undefined;
  return why === 'one has no street address'
    ? `same name, phone and ZIP; ${why}`
    : `same name, phone, ZIP and ${why.replace(/^same /, '')}`;
}

function listFiles(entries: DatasetEntry[]): string {
  const files = entries.map((e) => e.file);
  return files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
}

function others(group: DatasetEntry[], self: DatasetEntry): string {
  return listFiles(group.filter((e) => e !== self));
}

/** Findings per file (keyed by DatasetEntry.file) for every file in a duplicate group. */
export function duplicateFindings(entries: readonly DatasetEntry[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const add = (file: string, finding: Finding) => out.set(file, [...(out.get(file) ?? []), finding]);

  for (const group of groups(entries, (raw) => str(raw.id))) {
    for (const entry of group) {
      add(
        entry.file,
        error(
          ['id'],
          `"${(entry.data as Raw).id}" is also the id of ${others(group, entry)}`,
          'ids must be unique: merge the files if they are one facility, otherwise give one a new id and file name',
        ),
      );
    }
  }

  // An id that another file lists as a former id: that file's old page redirects there.
  const formerOf = new Map<string, DatasetEntry>();
  for (const entry of entries) {
    const former = (entry.data as Raw | null)?.formerIds;
    if (!Array.isArray(former)) continue;
    for (const id of former) if (typeof id === 'string') formerOf.set(id, entry);
  }
  for (const entry of entries) {
    const id = str((entry.data as Raw | null)?.id);
    const owner = id ? formerOf.get(id) : undefined;
    if (!owner || owner === entry) continue;
    add(
      entry.file,
      error(
        ['id'],
        `"${id}" is listed in formerIds of ${owner.file}, whose page it would replace`,
        `remove "${id}" from formerIds there if this is a separate facility; otherwise merge this file into it`,
      ),
    );
  }

  // A pair found by both keys is reported once, under the first key that found it.
  const partners = new Map<string, Set<string>>();
  const report = (
    list: DatasetEntry[][],
    reason: (a: Raw, b: Raw) => string | undefined,
    fix = 'merge them into one file (keep the older id and list both samhsa rows), or set alternateName to tell them apart',
  ) => {
    for (const group of list) {
      for (const entry of group) {
        const known = partners.get(entry.file) ?? new Set<string>();
        const byReason = new Map<string, DatasetEntry[]>();
        for (const other of group) {
          if (other === entry || known.has(other.file)) continue;
          const why = reason(entry.data as Raw, other.data as Raw);
          if (!why) continue;
          known.add(other.file);
          byReason.set(why, [...(byReason.get(why) ?? []), other]);
        }
        partners.set(entry.file, known);
        for (const [why, same] of byReason) {
          add(entry.file, error(['name'], `same facility as ${listFiles(same)} (${why})`, fix));
        }
      }
    }
  };

  report(
    groups(entries, (raw) => {
      const name = nameKey(raw);
      const street = streetOf(raw);
      const zip = str(raw.address?.zip);
      return name && street && zip ? `${name}|${streetKey(street)}|${zip}` : undefined;
    }),
    () => 'same name, street and ZIP',
  );
  report(
    groups(entries, (raw) => {
      const name = nameKey(raw);
      const phone = str(raw.phone);
      const zip = str(raw.address?.zip);
      return name && phone && zip ? `${name}|${phoneDigits(phone)}|${zip}` : undefined;
    }),
    sameSiteByPhone,
  );
  // Same exact map point and phone: one facility listed twice, unless a person
  // (or the importer, for programs SAMHSA lists separately) said why not.
  report(
    groups(entries, (raw) => {
      const { lat, lon, precision } = raw.location ?? {};
      const phone = str(raw.phone);
      if (precision !== 'exact' || typeof lat !== 'number' || typeof lon !== 'number' || !phone) return undefined;
      return `${lat},${lon}|${phoneDigits(phone)}`;
    }),
    (a, b) => (str(a.keptSeparate?.reason) && str(b.keptSeparate?.reason) ? undefined : 'same map point and phone'),
    'merge them into one file (keep the older id, list the other in formerIds and keep both samhsa rows), or set keptSeparate.reason in each to say why they are separate, e.g. separate programs at one address',
  );
  return out;
}
