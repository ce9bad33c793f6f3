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
import { houseNumber, isPoBox, nameKey as normalizedName, phoneDigits, streetKey } from '../identity/normalize';

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
  const street = str(raw.address?.street1);
  return street && !isPoBox(street) ? street : undefined;
}

/**
 * Two files with the same name, phone and ZIP are one facility only if their
 * streets agree as far as they are known; otherwise they are two sites of one
 * operator sharing a phone line.
 */
function sameSiteByPhone(a: Raw, b: Raw): string | undefined {
  const streetA = streetOf(a);
  const streetB = streetOf(b);
  if (!streetA || !streetB) return 'same name, phone and ZIP; one has no street address';
  const house = houseNumber(streetA);
  if (house && house === houseNumber(streetB)) return 'same name, phone, ZIP and house number';
  const lines = (raw: Raw) =>
    [raw.address?.street1, raw.address?.street2]
      .map((line) => streetKey(str(line) ?? ''))
      .sort()
      .join('|');
  if (lines(a) === lines(b)) return 'same name, phone, ZIP and street lines';
  return undefined;
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

  // A pair found by both keys is reported once, under the first key that found it.
  const partners = new Map<string, Set<string>>();
  const report = (list: DatasetEntry[][], reason: (a: Raw, b: Raw) => string | undefined) => {
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
          add(
            entry.file,
            error(
              ['name'],
              `same facility as ${listFiles(same)} (${why})`,
              'merge them into one file (keep the older id and list both samhsa rows), or set alternateName to tell them apart',
            ),
          );
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
  return out;
}
