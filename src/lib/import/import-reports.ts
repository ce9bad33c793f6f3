/**
 * The CSV reports of one import run: everything it did not carry over as-is,
 * and everything a person should look at.
 */
import { basename } from 'node:path';
import type { CodeFinding } from './codes';
import { MERGE_KIND_LABELS, notKept, type MergedRow, type MergedValues } from './merge';
import type { Plan } from './plan';
import type { LocatorPoint } from './read-locator';
import type { Report } from './reports';
import type { SkippedRow, SourceRow } from './source-rows';

export interface LocationProblem {
  row: SourceRow;
  name: string;
  street?: string;
  zip: string;
  problem: string;
  rejected?: { lat: number; lon: number; milesFromZip: number };
}

export interface WebsiteProblem {
  facility: string;
  point: LocatorPoint;
  value: string;
  problem: string;
}

export interface ReportInput {
  skipped: readonly SkippedRow[];
  merged: readonly MergedRow[];
  /** Values of each facility by key, for what merged rows had that the record lacks. */
  valuesByKey: ReadonlyMap<string, MergedValues>;
  /** Facility key of each merged row's facility -> final facility key. */
  finalKey: (groupKey: string) => string;
  rows: readonly SourceRow[];
  locations: readonly LocationProblem[];
  websites: readonly WebsiteProblem[];
  codes: readonly CodeFinding[];
  plan: Plan;
}

const where = (file: string, line: number) => [basename(file), line] as const;

export function importReports(input: ReportInput): Report[] {
  const { plan } = input;
  return [
    {
      name: 'import-skipped.csv',
      header: ['file', 'row', 'directory', 'reason', 'name1', 'street1', 'city', 'state', 'zip'],
      rows: input.skipped.map((s) => [
        ...where(s.file, s.line),
        s.directory,
        s.reason,
        s.cells.name1,
        s.cells.street1,
        s.cells.city,
        s.cells.state,
        s.cells.zip,
      ]),
    },
    {
      name: 'import-merged.csv',
      header: [
        'file',
        'row',
        'directory',
        'kind',
        'into_file',
        'into_row',
        'facility_id',
        'name1',
        'name2',
        'street1',
        'zip',
        'not_kept',
      ],
      rows: input.merged.map((m) => [
        ...where(m.row.file, m.row.line),
        m.row.directory,
        MERGE_KIND_LABELS[m.kind],
        ...where(m.into.file, m.into.line),
        plan.idsByKey.get(input.finalKey(m.key)),
        m.row.cells.name1,
        m.row.cells.name2,
        m.row.cells.street1,
        m.row.zip,
        m.kind === 'exact-duplicate' ? '' : notKept(m.row, input.valuesByKey.get(m.key)!).join('; '),
      ]),
    },
    {
      name: 'import-dropped-phones.csv',
      header: ['file', 'row', 'directory', 'column', 'value', 'reason', 'name1'],
      rows: input.rows.flatMap((r) =>
        r.droppedPhones.map((p) => [...where(r.file, r.line), r.directory, p.column, p.value, p.reason, r.name]),
      ),
    },
    {
      name: 'import-locations.csv',
      header: ['file', 'row', 'problem', 'name1', 'street1', 'zip', 'locator_lat', 'locator_lon', 'miles_from_zip'],
      rows: input.locations.map((l) => [
        ...where(l.row.file, l.row.line),
        l.problem,
        l.name,
        l.street,
        l.zip,
        l.rejected?.lat,
        l.rejected?.lon,
        l.rejected?.milesFromZip,
      ]),
    },
    {
      name: 'import-websites.csv',
      header: ['facility_id', 'problem', 'locator', 'locator_name', 'website'],
      rows: input.websites.map((w) => [
        plan.idsByKey.get(w.facility),
        w.problem,
        `${w.point.directory} ${w.point.year}`,
        [w.point.name1, w.point.name2].filter(Boolean).join(' / '),
        w.value,
      ]),
    },
    {
      name: 'import-lookalikes.csv',
      header: ['new_or_updated', 'on_disk', 'why', 'new_name', 'disk_name', 'new_address', 'disk_address'],
      rows: plan.lookalikes.map((l) => [
        plan.idsByKey.get(l.facility.key),
        l.record.path,
        l.why,
        l.facility.name,
        l.record.parsed.name,
        [l.facility.values.address.street1, l.facility.city, l.facility.zip].filter(Boolean).join(', '),
        [l.record.parsed.address.street1, l.record.parsed.address.city, l.record.parsed.address.zip]
          .filter(Boolean)
          .join(', '),
      ]),
    },
    {
      name: 'import-codes.csv',
      header: ['kind', 'file', 'directory', 'year', 'code', 'rows', 'detail'],
      rows: input.codes.map((c) => [c.kind, c.file, c.directory, c.year, c.code, c.rows, c.detail]),
    },
  ];
}
