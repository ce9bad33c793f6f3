/**
 * The data change log from git history.
 *
 *   npm run report:changes -- --since v1.2.0
 *   npm run report:changes -- --since origin/main --until HEAD --format text
 */
import { describeChange, formatChanges } from '../src/lib/staff/changes';
import { flagError, parseFlags, runCli } from '../src/lib/staff/cli';
import { DEFAULT_DATA_DIR } from '../src/lib/staff/dataset';
import { changedFacilityFiles, fileAt, resolveRevision } from '../src/lib/staff/git';
import { REPORT_FORMATS, type ReportFormat } from '../src/lib/staff/stale';

const HELP = `Usage: npm run report:changes -- --since REV [--until REV] [--format markdown|text|json]

Lists the facility files added, changed (with the fields that changed), moved
and removed from REV (a tag, branch or commit) to --until (default HEAD).
`;

runCli(() => {
  const { values } = parseFlags({
    options: {
      since: { type: 'string' },
      until: { type: 'string', default: 'HEAD' },
      format: { type: 'string', default: 'markdown' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (!values.since) throw flagError('--since', 'is required', 'give a tag, branch or commit, e.g. --since v1.0.0');
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    throw flagError('--format', `unknown format "${values.format}"`, `use one of ${REPORT_FORMATS.join(', ')}`);
  }
  const cwd = process.cwd();
  for (const [flag, rev] of [
    ['--since', values.since],
    ['--until', values.until],
  ] as const) {
    try {
      resolveRevision(rev, cwd);
    } catch (error) {
      throw flagError(flag, (error as Error).message.split(' (')[0]!, 'use a branch, tag or commit that exists here');
    }
  }
  const entries = changedFacilityFiles(values.since, values.until, cwd, values.data).map((change) =>
    describeChange(
      change,
      change.status === 'added' ? undefined : fileAt(values.since!, change.oldPath ?? change.path, cwd),
      change.status === 'removed' ? undefined : fileAt(values.until, change.path, cwd),
    ),
  );
  process.stdout.write(formatChanges(entries, `${values.since}...${values.until}`, format));
});
