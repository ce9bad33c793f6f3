/**
 * List facilities staff have not verified recently, grouped by state.
 *
 *   npm run report:stale -- --days 365
 *   npm run report:stale -- --days 180 --state CO --format text
 *   npm run report:stale -- --days 365 --format json --out reports/stale.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isStateCode } from '../src/lib/geo/states';
import { flagError, parseFlags, runCli, todayIso } from '../src/lib/staff/cli';
import { DEFAULT_DATA_DIR, readFacilityFiles } from '../src/lib/staff/dataset';
import { buildStaleReport, formatStaleReport, REPORT_FORMATS, type ReportFormat } from '../src/lib/staff/stale';

const HELP = `Usage: npm run report:stale -- --days N [options]

Lists facilities whose lastVerified date is more than N days before today,
and facilities never verified (with the SAMHSA edition they came from),
grouped by state with counts. Closed facilities are left out.

Options:
  --days N            how recent a verification must be (required), e.g. 365
  --format F          markdown (default), text or json
  --state XX          only this state; repeat or comma-separate for several
  --summary           counts per state only, no listings
  --include-closed    include facilities whose status is "closed"
  --today YYYY-MM-DD  pretend today is this date (for tests)
  --out FILE          write the report to FILE instead of the terminal
  --data DIR          facility folder (default ${DEFAULT_DATA_DIR})
`;

runCli(() => {
  const { values } = parseFlags({
    options: {
      days: { type: 'string' },
      format: { type: 'string', default: 'markdown' },
      state: { type: 'string', multiple: true, default: [] },
      summary: { type: 'boolean', default: false },
      'include-closed': { type: 'boolean', default: false },
      today: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (values.days === undefined) throw flagError('--days', 'is required', 'add e.g. --days 365');
  if (!/^\d+$/.test(values.days)) {
    throw flagError('--days', `"${values.days}" is not a whole number of days`, 'write e.g. --days 365');
  }
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    throw flagError('--format', `unknown format "${values.format}"`, `use one of ${REPORT_FORMATS.join(', ')}`);
  }
  const states = values.state
    .flatMap((s) => s.split(','))
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  for (const state of states) {
    if (!isStateCode(state)) throw flagError('--state', `unknown state "${state}"`, 'use a USPS code such as CO');
  }
  let files;
  try {
    files = readFacilityFiles(values.data);
  } catch {
    throw flagError(
      '--data',
      `no facility folder at ${values.data}`,
      'run from the repository root or pass --data DIR',
    );
  }
  const report = buildStaleReport(files, {
    days: Number(values.days),
    today: todayIso(values.today),
    includeClosed: values['include-closed'],
    states,
  });
  const text = formatStaleReport(report, format, values.summary);
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, text);
    console.error(`Wrote ${values.out}: ${report.totals.stale} stale, ${report.totals.neverVerified} never verified.`);
  } else {
    process.stdout.write(text);
  }
});
