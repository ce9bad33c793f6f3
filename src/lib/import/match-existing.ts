/**
 * Which record on disk each imported facility is. A new edition spells a
 * street another way ("U.S. Highway 72" / "U.S. 72"), moves a ZIP, withholds
 * a street, or lists under one name what was two records: matching only on
 * the exact facility key would add a twin beside the old record and flag the
 * old one for review. So records are matched, in order, on
 *
 * 1. the facility key (name, street, ZIP);
 * 2. the key of any row the facility was built from: a record whose rows are
 *    now part of a merged facility is folded into it ("absorbed");
 * 3. the part of the key staff did not correct (curated name or address);
 * 4. the identity rules of src/lib/identity: same name, second name and ZIP
 *    with streets that agree (same house number, same street lines, or one
 *    withheld), or same name and street in the same city with the ZIP changed.
 *
 * A rule only matches when it pairs one facility with one record. What is
 * left and still looks alike (same name and city, or same phone and ZIP) is
 * reported for a person: neither silently merged nor silently doubled.
 */
import { facilityKey, keyText, nameKey, phoneDigits, streetKey } from '../identity/normalize';
import { placingStreet, sameSiteReason } from '../identity/same-site';
import type { Facility } from '../schema';
import type { ExistingRecord, ImportedFacility } from './plan';

export interface Lookalike {
  facility: ImportedFacility;
  record: ExistingRecord;
  why: string;
}

export interface MatchResult {
  match: Map<ImportedFacility, ExistingRecord>;
  /** How each match was made, for the summary. */
  how: Map<ImportedFacility, string>;
  /** Records folded into a matched facility: their rows are part of it now. */
  absorbed: Map<ExistingRecord, ImportedFacility>;
  /** Records that belong to a matched facility but hold staff work: left as they are, with a warning. */
  leftAlone: ExistingRecord[];
  lookalikes: Lookalike[];
  warnings: string[];
}

export const recordKey = (r: Facility) => facilityKey(r.name, r.address.street1, r.address.zip, r.alternateName);
const namesOf = (name: string, alt?: string) => `${nameKey(name)}/${nameKey(alt ?? '')}`;
const [namePart, sitePart] = [(k: string) => k.split('|')[0]!, (k: string) => k.split('|').slice(1).join('|')];

/** Staff work on a record that an automatic merge must not throw away. */
function hasStaffWork(r: Facility): boolean {
  return (
    r.website !== undefined ||
    r.programs.length > 0 ||
    r.lastVerified !== undefined ||
    r.curatedFields.length > 0 ||
    r.status !== 'active'
  );
}

/** The identity rule that makes an imported facility and a record one, if any. */
function identityRule(f: ImportedFacility, e: Facility): string | undefined {
  if (namesOf(f.name, f.alternateName) !== namesOf(e.name, e.alternateName) || f.state !== e.address.state)
    return undefined;
  const mine = { street1: f.values.address.street1, street2: f.values.address.street2 };
  if (f.zip === e.address.zip) {
    const why = sameSiteReason(mine, e.address);
    return why && `same name and ZIP, ${why}`;
  }
  const [a, b] = [placingStreet(mine), placingStreet(e.address)];
  if (a && b && streetKey(a) === streetKey(b) && keyText(f.city) === keyText(e.address.city)) {
    return `same name, street and city; ZIP ${e.address.zip} became ${f.zip}`;
  }
  return undefined;
}

function lookalikeWhy(f: ImportedFacility, e: Facility): string | undefined {
  if (nameKey(f.name) === nameKey(e.name) && keyText(f.city) === keyText(e.address.city) && f.state === e.address.state)
    return 'same name and city';
  const phone = f.values.phone;
  if (phone && e.phone && phoneDigits(phone) === phoneDigits(e.phone) && f.zip === e.address.zip)
    return 'same phone and ZIP';
  return undefined;
}

export function matchExisting(imported: readonly ImportedFacility[], records: readonly ExistingRecord[]): MatchResult {
  const result: MatchResult = {
    match: new Map(),
    how: new Map(),
    absorbed: new Map(),
    leftAlone: [],
    lookalikes: [],
    warnings: [],
  };
  const claimed = new Set<ExistingRecord>();
  const claim = (f: ImportedFacility, e: ExistingRecord, how: string) => {
    result.match.set(f, e);
    result.how.set(f, how);
    claimed.add(e);
  };
  const byKey = new Map<string, ExistingRecord[]>();
  for (const e of records) {
    const key = recordKey(e.parsed);
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  const absorb = (f: ImportedFacility, e: ExistingRecord) => {
    claimed.add(e);
    if (!hasStaffWork(e.parsed)) result.absorbed.set(e, f);
    else {
      result.leftAlone.push(e);
      result.warnings.push(
        `${e.path} is one facility with ${result.match.get(f)!.path} (SAMHSA lists them as one), but it holds staff work; left as it is, merge them by hand`,
      );
    }
  };

  // 1. The facility key; records that share it (their names differed only by
  //    SAMHSA's abbreviations) are one facility: the one showing the name as
  //    the facility now has it stays, the others fold into it.
  for (const f of imported) {
    const list = (byKey.get(f.key) ?? []).filter((e) => !claimed.has(e));
    if (list.length === 0) continue;
    const [keep, ...rest] = [...list].sort(
      (a, b) => Number(b.parsed.name === f.name) - Number(a.parsed.name === f.name),
    );
    claim(f, keep!, 'key');
    for (const e of rest) absorb(f, e);
  }
  // 2. Keys of the rows the facility was built from.
  for (const f of imported) {
    for (const rowKey of f.rowKeys) {
      for (const e of byKey.get(rowKey) ?? []) {
        if (claimed.has(e)) continue;
        if (!result.match.has(f)) claim(f, e, 'row key');
        else absorb(f, e);
      }
    }
  }
  // 3. A record whose name or address staff corrected: the part they did not touch.
  for (const e of records) {
    if (claimed.has(e)) continue;
    const curated = new Set(e.parsed.curatedFields);
    const nameFixed = curated.has('name');
    if (nameFixed === curated.has('address')) continue;
    const key = recordKey(e.parsed);
    const found = imported.filter(
      (f) =>
        !result.match.has(f) &&
        (nameFixed
          ? sitePart(f.key) === sitePart(key)
          : namePart(f.key) === namePart(key) && f.state === e.parsed.address.state),
    );
    if (found.length === 1) claim(found[0]!, e, 'curated');
    else if (found.length > 1)
      result.warnings.push(
        `${e.path}: ${found.length} facilities match its ${nameFixed ? 'street and ZIP' : 'name'}; not matched`,
      );
  }
  // 4. Identity rules, only where they pair one facility with one record.
  const open = records.filter((e) => !claimed.has(e));
  const byNames = new Map<string, ExistingRecord[]>();
  for (const e of open) {
    const k = namesOf(e.parsed.name, e.parsed.alternateName);
    byNames.set(k, [...(byNames.get(k) ?? []), e]);
  }
  const proposals = new Map<ExistingRecord, { f: ImportedFacility; why: string }[]>();
  for (const f of imported) {
    if (result.match.has(f)) continue;
    const hits = (byNames.get(namesOf(f.name, f.alternateName)) ?? []).flatMap((e) => {
      const why = identityRule(f, e.parsed);
      return why ? [{ e, why }] : [];
    });
    if (hits.length === 1) {
      proposals.set(hits[0]!.e, [...(proposals.get(hits[0]!.e) ?? []), { f, why: hits[0]!.why }]);
    } else for (const h of hits) result.lookalikes.push({ facility: f, record: h.e, why: `${h.why} (one of several)` });
  }
  for (const [e, list] of proposals) {
    if (list.length === 1) claim(list[0]!.f, e, list[0]!.why);
    else for (const p of list) result.lookalikes.push({ facility: p.f, record: e, why: `${p.why} (one of several)` });
  }
  // 5. What is left and still looks alike goes to a person.
  const leftRecords = records.filter((e) => !claimed.has(e));
  const index = new Map<string, ExistingRecord[]>();
  const add = (k: string, e: ExistingRecord) => index.set(k, [...(index.get(k) ?? []), e]);
  for (const e of leftRecords) {
    add(`n|${nameKey(e.parsed.name)}|${keyText(e.parsed.address.city)}`, e);
    if (e.parsed.phone) add(`p|${phoneDigits(e.parsed.phone)}|${e.parsed.address.zip}`, e);
  }
  const reported = new Set(result.lookalikes.map((l) => `${l.facility.key}>${l.record.path}`));
  for (const f of imported) {
    if (result.match.has(f)) continue;
    const keys = [`n|${nameKey(f.name)}|${keyText(f.city)}`];
    if (f.values.phone) keys.push(`p|${phoneDigits(f.values.phone)}|${f.zip}`);
    for (const e of new Set(keys.flatMap((k) => index.get(k) ?? []))) {
      const why = lookalikeWhy(f, e.parsed);
      if (!why || reported.has(`${f.key}>${e.path}`)) continue;
      reported.add(`${f.key}>${e.path}`);
      result.lookalikes.push({ facility: f, record: e, why });
    }
  }
  return result;
}
