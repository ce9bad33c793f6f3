/**
 * The stale-listings report: which facilities staff have not confirmed
 * within N days, grouped by state, so verification work can be shared out.
 * Never-verified listings are a separate list, with the SAMHSA edition they
 * came from (or "staff-added"), because they are a backlog, not a lapse.
 */
import { stateName } from '../geo/states';
import { asRecord, displayPath, stringAt, type FacilityFile } from './dataset';

export type ReportFormat = 'markdown' | 'text' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['markdown', 'text', 'json'];

export interface StaleOptions {
  /** A listing is stale when its lastVerified is more than this many days before `today`. */
  days: number;
  /** YYYY-MM-DD. */
  today: string;
  /** Closed facilities need no verifying; include them anyway. */
  includeClosed?: boolean;
  /** Only these USPS codes (uppercase); all states when empty. */
  states?: readonly string[];
}

export interface StaleListing {
  id: string;
  name: string;
  city: string;
  status: string;
  file: string;
  lastVerified: string;
  /** Whole days between lastVerified and today. */
  ageDays: number;
}

export interface NeverVerifiedListing {
  id: string;
  name: string;
  city: string;
  status: string;
  file: string;
  /** Latest SAMHSA directory year the record came from; null for a staff-added facility. */
  samhsaYear: number | null;
}

export interface StateGroup {
  state: string;
  stateName: string;
  stale: StaleListing[];
  neverVerified: NeverVerifiedListing[];
}

export interface StaleReport {
  today: string;
  days: number;
  /** Listings verified before this date are stale. */
  cutoff: string;
  totals: {
    /** Facility files read. */
    files: number;
    /** Facilities checked (files less skipped ones). */
    checked: number;
    stale: number;
    neverVerified: number;
    /** Closed facilities left out (0 with includeClosed). */
    closedSkipped: number;
    /** Files that are not valid JSON or lack an id/state: run `npm run validate`. */
    unreadable: string[];
  };
  /** Only states with something to do, by state code. */
  states: StateGroup[];
}

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Build the report from facility files. Pure: the same input gives the same report. */
export function buildStaleReport(files: readonly FacilityFile[], options: StaleOptions): StaleReport {
  const todayN = dayNumber(options.today);
  const wanted = new Set((options.states ?? []).map((s) => s.toUpperCase()));
  const groups = new Map<string, StateGroup>();
  const totals: StaleReport['totals'] = {
    files: files.length,
    checked: 0,
    stale: 0,
    neverVerified: 0,
    closedSkipped: 0,
    unreadable: [],
  };
  for (const file of files) {
    const record = asRecord(file.json);
    const address = asRecord(record?.address);
    const id = stringAt(record, 'id');
    const state = (stringAt(address, 'state') ?? file.folder).toUpperCase();
    if (!record || !id) {
      totals.unreadable.push(displayPath(file.path));
      continue;
    }
    if (wanted.size > 0 && !wanted.has(state)) continue;
    const status = stringAt(record, 'status') ?? 'active';
    if (status === 'closed' && !options.includeClosed) {
      totals.closedSkipped++;
      continue;
    }
    totals.checked++;
    const group = groups.get(state) ?? { state, stateName: stateName(state) ?? state, stale: [], neverVerified: [] };
    groups.set(state, group);
    const base = {
      id,
      name: stringAt(record, 'name') ?? id,
      city: stringAt(address, 'city') ?? '',
      status,
      file: displayPath(file.path),
    };
    const lastVerified = stringAt(record, 'lastVerified');
    const verifiedN = lastVerified === undefined ? NaN : dayNumber(lastVerified);
    if (lastVerified === undefined || Number.isNaN(verifiedN)) {
      group.neverVerified.push({ ...base, samhsaYear: latestSamhsaYear(record.samhsa) });
      totals.neverVerified++;
    } else if (todayN - verifiedN > options.days) {
      group.stale.push({ ...base, lastVerified, ageDays: todayN - verifiedN });
      totals.stale++;
    }
  }
  const states = [...groups.values()]
    .filter((g) => g.stale.length + g.neverVerified.length > 0)
    .sort((a, b) => (a.state < b.state ? -1 : a.state > b.state ? 1 : 0));
  for (const group of states) {
    // Oldest first: the longest-unchecked listing is the first to call.
    group.stale.sort((a, b) => b.ageDays - a.ageDays || a.id.localeCompare(b.id));
    // Staff-added (no SAMHSA year) first, then oldest SAMHSA edition.
    group.neverVerified.sort((a, b) => (a.samhsaYear ?? 0) - (b.samhsaYear ?? 0) || a.id.localeCompare(b.id));
  }
  return { today: options.today, days: options.days, cutoff: isoOfDay(todayN - options.days), totals, states };
}

function latestSamhsaYear(samhsa: unknown): number | null {
  if (!Array.isArray(samhsa)) return null;
  const years = samhsa.map((s) => asRecord(s)?.year).filter((y): y is number => typeof y === 'number');
  return years.length ? Math.max(...years) : null;
}

/** Facility names are data: keep Markdown characters in them literal. */
const mdText = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`);

const sourceOf = (l: NeverVerifiedListing) => (l.samhsaYear === null ? 'staff-added' : `SAMHSA ${l.samhsaYear}`);
const statusNote = (status: string) => (status === 'active' ? '' : ` [${status}]`);

/** Render a report as Markdown (for an issue or PR comment), plain text, or JSON. */
export function formatStaleReport(report: StaleReport, format: ReportFormat, summaryOnly = false): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const md = format === 'markdown';
  const lines: string[] = [];
  const t = report.totals;
  lines.push(
    md ? `# Listings to verify` : 'LISTINGS TO VERIFY',
    '',
    `As of ${report.today}: ${t.stale} not verified within ${report.days} days (last verified before ${report.cutoff}), ` +
      `${t.neverVerified} never verified, out of ${t.checked} facilities checked` +
      (t.closedSkipped
        ? ` (${t.closedSkipped} closed ${t.closedSkipped === 1 ? 'facility' : 'facilities'} left out).`
        : '.'),
  );
  if (t.unreadable.length) {
    lines.push(
      '',
      `${t.unreadable.length} file(s) could not be read; run \`npm run validate\`: ${t.unreadable.join(', ')}`,
    );
  }
  if (report.states.length === 0) {
    lines.push('', 'Nothing to verify.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('');
  if (md) {
    lines.push('| State | Stale | Never verified |', '| --- | ---: | ---: |');
    for (const g of report.states)
      lines.push(`| ${g.stateName} (${g.state}) | ${g.stale.length} | ${g.neverVerified.length} |`);
    lines.push(`| **Total** | **${t.stale}** | **${t.neverVerified}** |`);
  } else {
    const width = Math.max(...report.states.map((g) => `${g.stateName} (${g.state})`.length), 5);
    lines.push(`${'State'.padEnd(width)}  Stale  Never verified`);
    for (const g of report.states) {
      lines.push(
        `${`${g.stateName} (${g.state})`.padEnd(width)}  ${String(g.stale.length).padStart(5)}  ${String(g.neverVerified.length).padStart(14)}`,
      );
    }
    lines.push(`${'Total'.padEnd(width)}  ${String(t.stale).padStart(5)}  ${String(t.neverVerified).padStart(14)}`);
  }
  if (summaryOnly) return `${lines.join('\n')}\n`;
  for (const g of report.states) {
    lines.push('', md ? `## ${g.stateName} (${g.state})` : `== ${g.stateName} (${g.state})`);
    if (g.stale.length) {
      lines.push(
        '',
        md
          ? `### Not verified within ${report.days} days (${g.stale.length})`
          : `Not verified within ${report.days} days (${g.stale.length}):`,
        '',
      );
      for (const l of g.stale) {
        const where = l.city ? `, ${l.city}` : '';
        lines.push(
          md
            ? `- \`${l.id}\` ${mdText(l.name + where)}${statusNote(l.status)}: last verified ${l.lastVerified} (${l.ageDays} days ago)`
            : `  ${l.id}  ${l.name}${where}${statusNote(l.status)}  last verified ${l.lastVerified} (${l.ageDays} days ago)`,
        );
      }
    }
    if (g.neverVerified.length) {
      lines.push(
        '',
        md ? `### Never verified (${g.neverVerified.length})` : `Never verified (${g.neverVerified.length}):`,
        '',
      );
      for (const l of g.neverVerified) {
        const where = l.city ? `, ${l.city}` : '';
        lines.push(
          md
            ? `- \`${l.id}\` ${mdText(l.name + where)}${statusNote(l.status)}: ${sourceOf(l)}`
            : `  ${l.id}  ${l.name}${where}${statusNote(l.status)}  ${sourceOf(l)}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
