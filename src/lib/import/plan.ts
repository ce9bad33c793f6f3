/**
 * Reconcile freshly imported facilities with the records on disk:
 * match them by facility key, keep ids, keep staff fields and curated values,
 * add new facilities, and flag vanished ones for review instead of deleting.
 */
import { IMPORTED_FIELDS, type Facility, type SamhsaSource } from '../schema';
import type { SamhsaDirectory } from '../taxonomy';
import { assignIds, type IdSubject } from './ids';
import { compareText, sortSources } from './merge';
import { facilityKey } from '../identity/normalize';
import { canonicalRecord, SCHEMA_REF, termsFromSources, type RawRecord } from './records';

/** A facility built from this run's directories. */
export interface ImportedFacility extends IdSubject {
  /** Imported fields other than the coded terms (name, address, location, phones). */
  values: Pick<RawRecord, 'name' | 'alternateName' | 'address' | 'location' | 'phone' | 'intakePhones'>;
  samhsa: SamhsaSource[];
}

/** A record found on disk. */
export interface ExistingRecord {
  /** Path relative to the facilities folder, e.g. "co/serenity-house-denver-co.json". */
  path: string;
  raw: RawRecord;
  parsed: Facility;
}

export type Outcome = 'added' | 'changed' | 'unchanged' | 'flagged' | 'still-flagged' | 'staff' | 'untouched';

export interface PlannedRecord {
  id: string;
  /** Where the file goes, relative to the facilities folder. */
  path: string;
  /** Where it was, if it moves (state changed). */
  previousPath?: string;
  record: RawRecord;
  outcome: Outcome;
  /** Top-level fields whose value changed (for "changed"). */
  changedFields: string[];
}

export interface Plan {
  records: PlannedRecord[];
  /** Id of every imported facility, by facility key. */
  idsByKey: Map<string, string>;
  /** Things a person should know, one line each. */
  warnings: string[];
}

export interface PlanInput {
  imported: readonly ImportedFacility[];
  existing: readonly ExistingRecord[];
  /** Directories read in this run; sources of other directories are kept as they are. */
  directories: ReadonlySet<SamhsaDirectory>;
  /** Edition years read in this run, e.g. [2023, 2024]. */
  years: readonly number[];
  /** YYYY-MM-DD stamped on new review flags. */
  today: string;
}

/** Staff fields the importer copies through untouched. */
const STAFF_FIELDS = ['website', 'programs', 'status', 'lastVerified', 'curatedFields', 'review'] as const;
const GONE_PREFIX = 'Not in the SAMHSA ';

export function goneReason(years: readonly number[]): string {
  const list = [...new Set(years)].sort((a, b) => a - b).map(String);
  const text = list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
  return `${GONE_PREFIX}${text} directories; confirm whether it is still open.`;
}

export const recordPath = (state: string, id: string) => `${state.toLowerCase()}/${id}.json`;

const keyOf = (r: Facility) => facilityKey(r.name, r.address.street1, r.address.zip, r.alternateName);
const [namePart, sitePart] = [(k: string) => k.split('|')[0]!, (k: string) => k.split('|').slice(1).join('|')];

/** Build the imported part of a record from values + sources, keeping curated fields. */
function importedPart(
  values: ImportedFacility['values'],
  sources: SamhsaSource[],
  keep?: ExistingRecord,
): Record<string, unknown> {
  const terms = termsFromSources(sources);
  const fresh: Record<string, unknown> = { ...values, ...terms };
  const curated = new Set<string>(keep?.parsed.curatedFields ?? []);
  const out: Record<string, unknown> = {};
  for (const field of IMPORTED_FIELDS) out[field] = curated.has(field) ? keep!.raw[field] : fresh[field];
  return out;
}

function staffPart(raw: RawRecord): Partial<RawRecord> {
  const out: Record<string, unknown> = {};
  for (const field of STAFF_FIELDS) if (raw[field] !== undefined) out[field] = raw[field];
  return out as Partial<RawRecord>;
}

function changedFields(before: RawRecord, after: RawRecord): string[] {
  const a = canonicalRecord(before) as Record<string, unknown>;
  const b = canonicalRecord(after) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export function planImport(input: PlanInput): Plan {
  const warnings: string[] = [];
  const records: PlannedRecord[] = [];
  const idsByKey = new Map<string, string>();
  const reason = goneReason(input.years);

  const fromSamhsa = [...input.existing]
    .filter((e) => e.parsed.samhsa.length > 0)
    .sort((a, b) => compareText(a.path, b.path));
  const staffAdded = input.existing.filter((e) => e.parsed.samhsa.length === 0);
  const existingByKey = new Map<string, ExistingRecord>();
  const twins = new Set<ExistingRecord>();
  for (const e of fromSamhsa) {
    const key = keyOf(e.parsed);
    const other = existingByKey.get(key);
    if (other) {
      twins.add(e);
      warnings.push(`${e.path} has the same name, street and ZIP as ${other.path}; left as it is, merge them by hand`);
    } else existingByKey.set(key, e);
  }

  // 1. Match on the facility key.
  const match = new Map<ImportedFacility, ExistingRecord>();
  const claimed = new Set<ExistingRecord>();
  for (const f of input.imported) {
    const e = existingByKey.get(f.key);
    if (e && !claimed.has(e)) {
      match.set(f, e);
      claimed.add(e);
    }
  }
  // 2. A record whose name or address staff corrected no longer has the
  //    source's key: match it on the part staff did not touch, if unambiguous.
  const unmatched = input.imported.filter((f) => !match.has(f));
  for (const e of existingByKey.values()) {
    if (claimed.has(e)) continue;
    const curated = new Set(e.parsed.curatedFields);
    const nameFixed = curated.has('name');
    const addressFixed = curated.has('address');
    if (nameFixed === addressFixed) continue;
    const key = keyOf(e.parsed);
    const same = (f: ImportedFacility) =>
      nameFixed
        ? sitePart(f.key) === sitePart(key)
        : namePart(f.key) === namePart(key) && f.state === e.parsed.address.state;
    const found = unmatched.filter((f) => !match.has(f) && same(f));
    if (found.length === 1) {
      match.set(found[0]!, e);
      claimed.add(e);
    } else if (found.length > 1) {
      warnings.push(
        `${e.path}: ${found.length} facilities match its ${nameFixed ? 'street and ZIP' : 'name'}; not matched`,
      );
    }
  }

  // 3. Matched: refresh imported fields, keep the id, staff fields and curated values.
  for (const [f, e] of match) {
    idsByKey.set(f.key, e.parsed.id);
    const retained = e.parsed.samhsa.filter((s) => !input.directories.has(s.directory));
    const samhsa = sortSources([...f.samhsa, ...retained]);
    const staff = staffPart(e.raw);
    if (staff.review?.reason.startsWith(GONE_PREFIX)) delete staff.review; // it is back
    const record = {
      $schema: SCHEMA_REF,
      id: e.parsed.id,
      ...importedPart(f.values, samhsa, e),
      samhsa,
      ...staff,
    } as RawRecord;
    const state = (record.address as { state: string }).state;
    const path = recordPath(state, e.parsed.id);
    const changes = changedFields(e.raw, record);
    records.push({
      id: e.parsed.id,
      path,
      ...(path !== e.path ? { previousPath: e.path } : {}),
      record,
      outcome: changes.length > 0 || path !== e.path ? 'changed' : 'unchanged',
      changedFields: changes,
    });
  }

  // 4. On disk but not in this run's directories.
  for (const e of fromSamhsa) {
    if (claimed.has(e)) continue;
    if (twins.has(e)) {
      records.push({ id: e.parsed.id, path: e.path, record: e.raw, outcome: 'untouched', changedFields: [] });
      continue;
    }
    const retained = e.parsed.samhsa.filter((s) => !input.directories.has(s.directory));
    let record: RawRecord;
    let outcome: Outcome;
    if (retained.length > 0) {
      // Still listed in a directory this run did not read: drop the sources of the others.
      const values = Object.fromEntries(IMPORTED_FIELDS.map((k) => [k, e.raw[k]])) as ImportedFacility['values'];
      record = {
        ...e.raw,
        ...importedPart(values, sortSources(retained), e),
        samhsa: sortSources(retained),
      } as RawRecord;
      outcome = 'changed';
    } else if (e.parsed.status === 'closed') {
      record = e.raw;
      outcome = 'untouched';
    } else if (e.parsed.review && !e.parsed.review.reason.startsWith(GONE_PREFIX)) {
      warnings.push(`${e.path}: no longer in the directories; left its existing review note as it is`);
      record = e.raw;
      outcome = 'still-flagged';
    } else {
      const since = e.parsed.review?.since ?? input.today;
      record = { ...e.raw, review: { reason, since } };
      outcome = e.parsed.review ? 'still-flagged' : 'flagged';
    }
    const changes = changedFields(e.raw, record);
    if (outcome === 'still-flagged' && changes.length > 0) outcome = 'changed';
    records.push({ id: e.parsed.id, path: e.path, record, outcome, changedFields: changes });
  }

  // 5. New facilities get new ids, clear of every id in use.
  const taken = new Set(input.existing.map((e) => e.parsed.id));
  const fresh = input.imported.filter((f) => !match.has(f));
  const ids = assignIds(fresh, taken);
  const staffKeys = new Map(staffAdded.map((e) => [keyOf(e.parsed), e.path]));
  for (const f of fresh) {
    const id = ids.get(f.key)!;
    idsByKey.set(f.key, id);
    const record = { $schema: SCHEMA_REF, id, ...importedPart(f.values, f.samhsa), samhsa: f.samhsa } as RawRecord;
    records.push({ id, path: recordPath(f.state, id), record, outcome: 'added', changedFields: [] });
    const twin = staffKeys.get(f.key);
    if (twin)
      warnings.push(
        `new ${recordPath(f.state, id)} has the same name, street and ZIP as staff-added ${twin}; merge them by hand`,
      );
  }

  // Staff-added records are never touched.
  for (const e of staffAdded)
    records.push({ id: e.parsed.id, path: e.path, record: e.raw, outcome: 'staff', changedFields: [] });

  records.sort((a, b) => compareText(a.path, b.path));
  return { records, idsByKey, warnings };
}
