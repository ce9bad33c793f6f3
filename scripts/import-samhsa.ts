/**
 * npm run import:samhsa -- [options] [directory files...]
 *
 * Builds data/facilities/ from the SAMHSA national directories. See README.md,
 * "Data: import and curation". The work happens in src/lib/import/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ImportBugError, ImportInputError } from '../src/lib/import/errors';
import { resolveInputs } from '../src/lib/import/inputs';
import { runImport } from '../src/lib/import/run-import';
import { accountingLines, changeSummary } from '../src/lib/import/summary';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: npm run import:samhsa -- [options] [directory files...]

Reads the SAMHSA national directories and writes data/facilities/<state>/<id>.json.
Without file arguments it reads every directory workbook in the source folder: a
file named with "directory", SA, SU or MH and the year, such as SAMHSA's own
National_Directory_SA_Facilities_2022.xlsx or national-directory-mh-2024.xlsx.

Options:
  --source DIR     folder with the SAMHSA files (default: ../shared/data/samhsa)
  --format FORM    xlsx (default) or csv: which form to read from the source folder
  --out DIR        facilities folder (default: data/facilities)
  --reports DIR    folder for CSV reports (default: reports)
  --today DATE     date for new review flags, YYYY-MM-DD (default: today, UTC)
  --summary FILE   also write the change summary as Markdown to FILE
  --dry-run        report what would change; write no facility files
  --force          write even if far fewer rows are read, or records matched, than
                   the data on disk has (more than 25% fewer is refused otherwise)
  --accept-column-changes
                   import although a directory lacks an expected column or has an
                   unknown one (a missing column reads as empty)
  -h, --help       show this help`;

function fail(message: string, code: number): never {
  process.stderr.write(`import:samhsa: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        source: { type: 'string', default: resolve(ROOT, '../shared/data/samhsa') },
        format: { type: 'string', default: 'xlsx' },
        out: { type: 'string', default: resolve(ROOT, 'data/facilities') },
        reports: { type: 'string', default: resolve(ROOT, 'reports') },
        today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
        summary: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'accept-column-changes': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message}\n\n${HELP}`, 2);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (values.format !== 'xlsx' && values.format !== 'csv')
    fail(`--format must be xlsx or csv, not "${values.format}"`, 2);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today) || Number.isNaN(Date.parse(values.today))) {
    fail(`--today must be a date written YYYY-MM-DD, not "${values.today}"`, 2);
  }

  const started = performance.now();
  const inputs = await resolveInputs({ source: values.source, files: positionals, format: values.format });
  if (inputs.locatorFiles.length === 0) {
    process.stderr.write(
      `import:samhsa: warning: no locator-*.csv in ${values.source}; every map point will be a ZIP centroid\n`,
    );
  }
  const result = await runImport({
    ...inputs,
    outDir: resolve(values.out),
    reportsDir: resolve(values.reports),
    today: values.today,
    dryRun: values['dry-run'],
    force: values.force,
    acceptColumnChanges: values['accept-column-changes'],
  });
  const summary = changeSummary(result);
  process.stdout.write(`${accountingLines(result).join('\n')}\n\n${summary}`);
  if (values.summary) {
    const file = resolve(values.summary);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, summary);
    process.stdout.write(`\nChange summary written to ${values.summary}\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\nDone in ${seconds} s${values['dry-run'] ? ' (dry run: no facility files written)' : ''}.\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ImportInputError) fail(err.message, 1);
  if (err instanceof ImportBugError) fail(`importer bug: ${err.message}`, 3);
  throw err;
});
