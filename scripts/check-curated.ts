/**
 * Pull-request check: corrected SAMHSA fields must be listed in curatedFields.
 *
 *   npm run check:curated -- --base origin/main [--head HEAD] [--format text|github]
 *
 * Exit 1 when a changed file corrects an imported field without curating it.
 * Skipped when the change also touches the importer or the taxonomy (then the
 * data changes are the code's doing, not hand edits).
 */
import { curatedFindings, formatCuratedFinding } from '../src/lib/staff/curated-check';
import { flagError, parseFlags, RefusedError, runCli } from '../src/lib/staff/cli';
import { DEFAULT_DATA_DIR } from '../src/lib/staff/dataset';
import { changedFacilityFiles, changedPaths, fileAt, resolveRevision } from '../src/lib/staff/git';

const HELP = `Usage: npm run check:curated -- --base REV [--head REV] [--format text|github]

Compares the facility files changed on HEAD's side since REV. For a listing
that came from SAMHSA, every imported field whose value changed must be named
in "curatedFields", or the next import would put the old value back.
`;

const CODE_PATHS = ['src/lib/import/', 'src/lib/taxonomy/', 'scripts/import-samhsa.ts'];

runCli(() => {
  const { values } = parseFlags({
    options: {
      base: { type: 'string' },
      head: { type: 'string', default: 'HEAD' },
      format: { type: 'string', default: 'text' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (!values.base)
    throw flagError('--base', 'is required', 'name the branch the change goes into, e.g. --base origin/main');
  if (values.format !== 'text' && values.format !== 'github') {
    throw flagError('--format', `unknown format "${values.format}"`, 'use text or github');
  }
  const cwd = process.cwd();
  for (const [flag, rev] of [
    ['--base', values.base],
    ['--head', values.head],
  ] as const) {
    try {
      resolveRevision(rev, cwd);
    } catch (error) {
      throw flagError(flag, (error as Error).message.split(' (')[0]!, 'fetch it first, e.g. git fetch origin main');
    }
  }
  const code = changedPaths(values.base, values.head, cwd).filter((p) => CODE_PATHS.some((c) => p.startsWith(c)));
  if (code.length) {
    console.log(
      `Skipped: this change edits the importer or taxonomy (${code.join(', ')}), so data changes are expected.`,
    );
    return;
  }
  const changes = changedFacilityFiles(values.base, values.head, cwd, values.data).filter(
    (c) => c.status === 'modified' || c.status === 'renamed',
  );
  const findings = changes.flatMap((change) => {
    const before = fileAt(values.base!, change.oldPath ?? change.path, cwd);
    const after = fileAt(values.head, change.path, cwd);
    return before === undefined || after === undefined ? [] : curatedFindings(before, after, change.path);
  });
  for (const finding of findings) console.log(formatCuratedFinding(finding, values.format as 'text' | 'github'));
  const summary = `${changes.length} changed facility file(s) checked, ${findings.length} uncurated correction(s)`;
  if (findings.length) throw new RefusedError(summary);
  console.log(summary);
});
