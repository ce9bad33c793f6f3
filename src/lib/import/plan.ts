/**
 * Reconcile freshly imported facilities with the records on disk:
 * match them by facility key, keep ids, keep staff fields and curated values,
 * add new facilities, and flag vanished ones for review instead of deleting.
 */
import { IMPORTED_FIELDS, type Facility, type SamhsaSource } from '../schema';
import type { SamhsaDirectory } from '../taxonomy';
import { assignIds, type IdSubject } from './ids';
import { compareText, sortSources } from './merge';
import { matchExisting, recordKey, type Lookalike } from './match-existing';
import { KEPT_SEPARATE_PREFIX } from './same-point';
import { canonicalRecord, SCHEMA_REF, termsFromSources, type RawRecord } from './records';

/** A facility built from this run's directories. */
export interface ImportedFacility extends IdSubject {
  /** Imported fields other than the coded terms (name, address, location, phones, website). */
  values: Pick<
    RawRecord,
    'name' | 'alternateName' | 'address' | 'location' | 'phone' | 'intakePhones' | 'samhsaWebsite'
  >;
  samhsa: SamhsaSource[];
  /** Facility keys of the rows it was built from (a record of any of them is this facility). */
  rowKeys: string[];
  /** Why it stays apart from others at its map point with its phone (see same-point.ts). */
  keptSeparate?: string;
}

/** A record found on disk. */
export interface ExistingRecord {
  /** Path relative to the facilities folder, e.g. "co/serenity-house-denver-co.json". */
  path: string;
  raw: RawRecord;
  parsed: Facility;
}

export type Outcome =
  | 'added'
  | 'changed'
  | 'unchanged'
  | 'flagged'
  | 'still-flagged'
  | 'staff'
  | 'untouched'
  /** Folded into another record (its id lives on in that record's formerIds); the file goes. */
  | 'merged';

export interface PlannedRecord {
  id: string;
  /** Where the file goes, relative to the facilities folder. */
  path: string;
  /** Where it was, if it moves (state changed). */
  previousPath?: string;
  /** For "merged": the id of the record it was folded into. */
  mergedInto?: string;
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
  /** Imported facilities and records on disk that look alike but no identity rule pairs. */
  lookalikes: Lookalike[];
  /** How the SAMHSA records on disk (of the directories read) fared, for the plausibility guard. */
  existing: { fromSamhsa: number; matched: number };
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
const STAFF_FIELDS = ['website', 'programs', 'status', 'lastVerified', 'curatedFields', 'formerIds', 'review'] as const;
const GONE_PREFIX = 'Not in the SAMHSA ';

export function goneReason(years: readonly number[]): string {
  const list = [...new Set(years)].sort((a, b) => a - b).map(String);
  const text = list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
  return `${GONE_PREFIX}${text} directories; confirm whether it is still open.`;
}

export const recordPath = (state: string, id: string) => `${state.toLowerCase()}/${id}.json`;

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

/** A person's reason stays; the importer's own follows the data (see same-point.ts). */
function keptSeparate(current: RawRecord['keptSeparate'], imported: string | undefined) {
  if (current && !current.reason.startsWith(KEPT_SEPARATE_PREFIX)) return current;
  return imported ? { reason: imported } : undefined;
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
  const matched = matchExisting(input.imported, fromSamhsa);
  const { match, absorbed } = matched;
  warnings.push(...matched.warnings);
  const claimed = new Set<ExistingRecord>([...match.values(), ...absorbed.keys(), ...matched.leftAlone]);
  for (const e of matched.leftAlone)
    records.push({ id: e.parsed.id, path: e.path, record: e.raw, outcome: 'untouched', changedFields: [] });
  const formerIds = new Map<ImportedFacility, string[]>();
  for (const [e, f] of absorbed) {
    const into = match.get(f)!;
    formerIds.set(f, [...(formerIds.get(f) ?? []), e.parsed.id, ...e.parsed.formerIds]);
    records.push({
      id: e.parsed.id,
      path: e.path,
      record: e.raw,
      outcome: 'merged',
      mergedInto: into.parsed.id,
      changedFields: [],
    });
  }

  // 3. Matched: refresh imported fields, keep the id, staff fields and curated values.
  for (const [f, e] of match) {
    idsByKey.set(f.key, e.parsed.id);
    const retained = e.parsed.samhsa.filter((s) => !input.directories.has(s.directory));
    const samhsa = sortSources([...f.samhsa, ...retained]);
    const staff = staffPart(e.raw);
    if (staff.review?.reason.startsWith(GONE_PREFIX)) delete staff.review; // it is back
    const former = [...new Set([...e.parsed.formerIds, ...(formerIds.get(f) ?? [])])].sort(compareText);
    const record = {
      $schema: SCHEMA_REF,
      id: e.parsed.id,
      ...importedPart(f.values, samhsa, e),
      samhsa,
      ...staff,
      keptSeparate: keptSeparate(e.raw.keptSeparate, f.keptSeparate),
      formerIds: former,
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
  const staffKeys = new Map(staffAdded.map((e) => [recordKey(e.parsed), e.path]));
  for (const f of fresh) {
    const id = ids.get(f.key)!;
    idsByKey.set(f.key, id);
    const record = {
      $schema: SCHEMA_REF,
      id,
      ...importedPart(f.values, f.samhsa),
      samhsa: f.samhsa,
      ...(f.keptSeparate ? { keptSeparate: { reason: f.keptSeparate } } : {}),
    } as RawRecord;
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
  const ofDirectoriesRead = fromSamhsa.filter((e) => e.parsed.samhsa.some((s) => input.directories.has(s.directory)));
  return {
    records,
    idsByKey,
    warnings,
    lookalikes: matched.lookalikes,
    existing: {
      fromSamhsa: ofDirectoriesRead.length,
      matched: ofDirectoriesRead.filter((e) => claimed.has(e)).length,
    },
  };
}
