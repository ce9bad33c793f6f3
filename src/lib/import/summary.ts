/**
 * Human-readable output of an import: the row accounting for the console and
 * a change summary in Markdown, suitable as a pull-request description.
 */
import { basename } from 'node:path';
import { LEVELS_OF_CARE } from '../taxonomy';
import type { MergeKind } from './merge';
import type { Outcome, PlannedRecord } from './plan';
import type { ImportResult } from './run-import';

const n = (value: number) => value.toLocaleString('en-US');
const pct = (part: number, whole: number) => (whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`);
const mergedSum = (m: Record<MergeKind, number>) => Object.values(m).reduce((a, b) => a + b, 0);
const mergedText = (m: Record<MergeKind, number>) =>
  `${n(mergedSum(m))} (${n(m['cross-directory'])} in both directories, ${n(m['exact-duplicate'])} exact duplicate rows, ` +
  `${n(m['same-site'])} same site listed twice in one directory, ${n(m['same-phone'])} same name, phone and ZIP with the street withheld or written another way, ` +
  `${n(m['same-point'])} same map point and phone under another name in the other directory)`;

/** Count of records per level of care, over every record the folder will hold. */
export function levelCounts(records: readonly PlannedRecord[]): [string, number][] {
  return LEVELS_OF_CARE.map((level) => [
    level.label,
    records.filter((r) => (r.record.levelsOfCare ?? []).includes(level.id)).length,
  ]);
}

/** Console report: rows read, imported, merged and skipped; locations; codes; files. */
export function accountingLines(result: ImportResult): string[] {
  const lines: string[] = ['Rows:'];
  for (const f of result.files) {
    lines.push(
      `  ${basename(f.file)} (${f.directory} ${f.year}): read ${n(f.read)}, imported ${n(f.imported)}, merged ${mergedText(f.merged)}, skipped ${n(f.skipped)}`,
    );
  }
  const t = result.totals;
  lines.push(
    `  total: read ${n(t.read)} = imported ${n(t.imported)} + merged ${n(mergedSum(t.merged))} + skipped ${n(t.skipped)}`,
  );
  if (result.skippedByReason.size === 0) lines.push('  skipped: none');
  for (const [reason, count] of [...result.skippedByReason].sort((a, b) => b[1] - a[1]))
    lines.push(`  skipped ${n(count)}: ${reason}`);

  const l = result.locations;
  const total = result.facilities;
  lines.push(
    `Facilities from SAMHSA: ${n(total)}; map points: exact ${n(l.locator)} (${pct(l.locator, total)}), ZIP centroid ${n(l['zip-centroid'])} (${pct(l['zip-centroid'], total)}), none ${n(l.none)}` +
      (result.farFromZip
        ? ` (${n(result.farFromZip)} locator points over 50 miles from their ZIP set aside for the centroid)`
        : ''),
  );
  lines.push(
    `Same map point and phone: ${n(result.samePoint.merged)} pairs merged (one facility in both directories), ${n(result.samePoint.kept)} groups kept apart with the reason recorded`,
  );
  lines.push(
    `Websites from the locator export: ${n(result.websites.found)} facilities; ${n(result.websites.notUsed)} locator websites not used (another name at the address, or not a valid public address; see import-websites.csv)`,
  );
  lines.push(
    `Names with SAMHSA abbreviations written out: ${n(result.abbreviations.facilities)} facilities, ${n(result.abbreviations.words)} words`,
  );
  const undecided = result.plan.lookalikes.length;
  lines.push(
    undecided === 0
      ? 'Look-alikes left for a person: none'
      : `Look-alikes left for a person (no identity rule pairs them; see import-lookalikes.csv): ${n(undecided)}`,
  );
  for (const l of result.plan.lookalikes.slice(0, 10))
    lines.push(`  ${l.facility.name} (${l.facility.city}, ${l.facility.zip}) ~ ${l.record.path}: ${l.why}`);
  if (undecided > 10) lines.push(`  and ${n(undecided - 10)} more`);
  const onDisk = result.plan.records.filter((r) => r.outcome !== 'merged');
  lines.push(
    `Records in the folder after import: ${n(onDisk.length)}; by level of care: ${levelCounts(onDisk)
      .map(([label, c]) => `${label} ${n(c)}`)
      .join(', ')}`,
  );
  lines.push(`Phones dropped as invalid: ${n(result.droppedPhones)}`);
  const unknown = result.codes.filter((c) => c.kind === 'unknown');
  lines.push(
    unknown.length === 0
      ? 'Unknown service codes (not in the reference sheet): none'
      : `Unknown service codes (not in the reference sheet): ${unknown.map((c) => `${c.code} (${c.directory} ${c.year}, ${n(c.rows)} rows)`).join(', ')}`,
  );
  for (const f of result.files) {
    const here = result.codes.filter((c) => basename(f.file) === c.file);
    const unmapped = here.filter((c) => c.kind === 'unmapped');
    const stale = here.filter((c) => c.kind === 'stale');
    lines.push(
      `  ${f.directory} ${f.year}: ${n(unmapped.length)} reference codes the taxonomy does not map (informational)` +
        (stale.length ? `; taxonomy codes not in this edition: ${stale.map((c) => c.code).join(' ')}` : ''),
    );
  }
  lines.push(
    `Files written: ${n(result.write.written.length)}${result.write.moved.length ? `, moved: ${n(result.write.moved.length)}` : ''}${result.write.merged.length ? `, removed after merging into another record: ${n(result.write.merged.length)}` : ''}`,
  );
  for (const w of result.plan.warnings.slice(0, 10)) lines.push(`Warning: ${w}`);
  if (result.plan.warnings.length > 10)
    lines.push(`Warning: and ${n(result.plan.warnings.length - 10)} more (see the change summary)`);
  lines.push(`Reports: ${result.reportPaths.join(', ')}`);
  return lines;
}

function capped(items: readonly string[], cap: number): string[] {
  const shown = items.slice(0, cap).map((i) => `- ${i}`);
  if (items.length > cap) shown.push(`- and ${n(items.length - cap)} more`);
  return shown;
}

const label = (r: PlannedRecord) => {
  const a = r.record.address as { city?: string; state?: string } | undefined;
  return `\`${r.id}\` ${r.record.name}, ${a?.city ?? ''} ${a?.state ?? ''}`.trim();
};

/** Markdown change summary: added, flagged, changed (with field counts), warnings. */
export function changeSummary(result: ImportResult, cap = 15): string {
  const by = (o: Outcome) => result.plan.records.filter((r) => r.outcome === o);
  const added = by('added');
  const changed = by('changed');
  const flagged = by('flagged');
  const mergedAway = by('merged');
  const still = by('still-flagged');
  const editions = result.files
    .map((f) => `${f.directory === 'su' ? 'substance use' : 'mental health'} ${f.year}`)
    .join(', ');
  const out: string[] = [
    `## SAMHSA import (${editions})`,
    '',
    `- Rows read: ${n(result.totals.read)}; facilities built: ${n(result.facilities)}; rows merged: ${n(Object.values(result.totals.merged).reduce((a, b) => a + b, 0))}; rows skipped: ${n(result.totals.skipped)}`,
    `- Added: ${n(added.length)}`,
    `- Changed: ${n(changed.length)}`,
    `- No longer in the directories, flagged for review: ${n(flagged.length)} new, ${n(still.length)} already flagged`,
    `- Merged into another record (old page redirects there): ${n(mergedAway.length)}`,
    `- Look-alikes left for a person: ${n(result.plan.lookalikes.length)}`,
    `- Unchanged: ${n(by('unchanged').length)}; staff-added, not touched: ${n(by('staff').length)}; closed or duplicate, left as they are: ${n(by('untouched').length)}`,
  ];
  if (changed.length > 0) {
    const counts = new Map<string, number>();
    for (const r of changed) for (const f of r.changedFields) counts.set(f, (counts.get(f) ?? 0) + 1);
    out.push('', '### Changed fields', '', '| field | records |', '| --- | ---: |');
    for (const [field, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
      out.push(`| ${field} | ${n(count)} |`);
    out.push(
      '',
      '### Changed',
      '',
      ...capped(
        changed.map((r) => `${label(r)}: ${r.changedFields.join(', ')}`),
        cap,
      ),
    );
  }
  if (flagged.length > 0)
    out.push('', '### Flagged for review (not in the new directories)', '', ...capped(flagged.map(label), cap));
  if (added.length > 0) out.push('', '### Added', '', ...capped(added.map(label), cap));
  if (mergedAway.length > 0)
    out.push(
      '',
      '### Merged',
      '',
      ...capped(
        mergedAway.map((r) => `${label(r)} into \`${r.mergedInto}\``),
        cap,
      ),
    );
  if (result.plan.lookalikes.length > 0)
    out.push(
      '',
      '### Look-alikes to check',
      '',
      ...capped(
        result.plan.lookalikes.map((l) => `${l.facility.name}, ${l.facility.city} ~ \`${l.record.path}\`: ${l.why}`),
        cap,
      ),
    );
  if (result.plan.warnings.length > 0) out.push('', '### Warnings', '', ...capped(result.plan.warnings, cap));
  return `${out.join('\n')}\n`;
}
