/**
 * Mark listings as verified today (you confirmed them with the facility).
 *
 *   npm run facility:verify -- serenity-house-denver-co [more ids or files…]
 *   npm run facility:verify -- serenity-house-denver-co --date 2026-11-20
 */
import { parseFlags, runCli, todayIso, UsageError } from '../src/lib/staff/cli';
import { DEFAULT_DATA_DIR, displayPath } from '../src/lib/staff/dataset';
import { findFacilityFile, verifyFacility } from '../src/lib/staff/verify';
import { parseVerified } from '../src/lib/staff/facility-input';

const HELP = `Usage: npm run facility:verify -- ID_OR_FILE [ID_OR_FILE…] [options]

Sets "lastVerified" to today in each facility's file: do this after you have
confirmed the listing's details with the facility. It changes one line.

Options:
  --date YYYY-MM-DD   the day you confirmed it, if not today
  --data DIR          facility folder (default ${DEFAULT_DATA_DIR})
  --today YYYY-MM-DD  pretend today is this date (for tests)
`;

runCli(() => {
  const { values, positionals } = parseFlags({
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (positionals.length === 0) {
    throw new UsageError(
      'give the id of the facility you verified, e.g. npm run facility:verify -- serenity-house-denver-co',
    );
  }
  const today = todayIso(values.today);
  const date = values.date === undefined ? today : parseVerified(values.date, today, '--date');
  // Find every file first, so one bad id changes nothing.
  const paths = positionals.map((idOrPath) => findFacilityFile(values.data, idOrPath));
  for (const path of paths) {
    const result = verifyFacility(path, date);
    const shown = displayPath(path);
    console.log(
      result.previous === date
        ? `${shown}: already verified ${date}`
        : `${shown}: lastVerified ${result.previous ?? '(never)'} → ${date}`,
    );
    for (const note of result.notes) console.log(`  ${note}`);
  }
});
