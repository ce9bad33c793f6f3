/**
 * Add a facility that is not in the SAMHSA directories (or not yet).
 *
 *   npm run facility:new -- --name "Serenity House" --street "1200 Main St" \
 *     --city Denver --state CO --zip 80203 --phone 303-555-0142 \
 *     --levels intensive-outpatient --focus substance-use
 *
 * Missing flags are asked for when run in a terminal. See CONTRIBUTING.md.
 */
import { createInterface } from 'node:readline/promises';
import { parseFlags, runCli, todayIso, UsageError } from '../src/lib/staff/cli';
import { DEFAULT_DATA_DIR, displayPath, readFacilityFiles } from '../src/lib/staff/dataset';
import { LIST_FLAGS } from '../src/lib/staff/facility-input';
import {
  buildNewFacility,
  indexExisting,
  writeNewFacility,
  type NewFacilityFlags,
} from '../src/lib/staff/new-facility';
import { promptMissing } from '../src/lib/staff/prompts';
import { recordJson } from '../src/lib/import/records';

const HELP = `Usage: npm run facility:new -- [flags]

Creates data/facilities/<state>/<id>.json for a facility staff add by hand.
In a terminal, missing required flags are asked for; in scripts and CI pass
them all (or use --no-input to never ask).

Required:
  --name TEXT            facility name as on its sign or website
  --street TEXT          first street line, e.g. "1200 Main St"
  --city TEXT            city or town
  --state XX             USPS code, e.g. CO
  --zip 12345            five-digit ZIP (sets the approximate map point)
  --phone NUMBER         main phone, e.g. 303-555-0142
  --levels IDS           levels of care, comma-separated, e.g. intensive-outpatient,outpatient
  --focus IDS            care focus: substance-use, mental-health, co-occurring

Optional:
  --alternate-name TEXT  program or "doing business as" name
  --street2 TEXT         suite, building or floor
  --intake-phone NUMBER  intake line (repeat for several)
  --website URL          official website
  --specialties IDS  --ages IDS  --payment IDS  --languages IDS
  --medications IDS  --therapies IDS          (ids: see CONTRIBUTING.md)
  --telehealth           offers treatment by video or phone
  --status S             active (default), temporarily-closed or closed
  --verified DATE        date you confirmed the details with the facility (YYYY-MM-DD or "today")
  --lat N --lon N        exact map point (default: the ZIP's centre, marked approximate)
  --id SLUG              choose the id (default: name-city-state, as the importer makes it)

Other:
  --dry-run              print the file instead of writing it
  --no-input             never ask questions; fail on missing flags
  --data DIR             facility folder (default ${DEFAULT_DATA_DIR})
  --today YYYY-MM-DD     pretend today is this date (for tests)
`;

const listOptions = Object.fromEntries(
  Object.keys(LIST_FLAGS).map((flag) => [flag, { type: 'string', multiple: true } as const]),
) as Record<keyof typeof LIST_FLAGS, { type: 'string'; multiple: true }>;

runCli(async () => {
  const { values } = parseFlags({
    options: {
      name: { type: 'string' },
      'alternate-name': { type: 'string' },
      street: { type: 'string' },
      street2: { type: 'string' },
      city: { type: 'string' },
      state: { type: 'string' },
      zip: { type: 'string' },
      phone: { type: 'string' },
      'intake-phone': { type: 'string', multiple: true },
      website: { type: 'string' },
      ...listOptions,
      telehealth: { type: 'boolean' },
      status: { type: 'string' },
      verified: { type: 'string' },
      lat: { type: 'string' },
      lon: { type: 'string' },
      id: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'no-input': { type: 'boolean', default: false },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const today = todayIso(values.today);
  let files;
  try {
    files = readFacilityFiles(values.data);
  } catch {
    throw new UsageError(
      `--data: no facility folder at ${values.data}; run from the repository root or pass --data DIR`,
    );
  }
  let flags: NewFacilityFlags = values;
  if (process.stdin.isTTY && process.stdout.isTTY && !values['no-input']) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      flags = await promptMissing(
        flags,
        (q) => rl.question(q),
        (line) => console.log(line),
        today,
      );
    } finally {
      rl.close();
    }
  }
  const facility = buildNewFacility(flags, { existing: indexExisting(files), today });
  if (values['dry-run']) {
    process.stdout.write(recordJson(facility.record));
    for (const note of facility.notes) console.error(note);
    console.error(`(dry run: would write ${displayPath(`${values.data}/${facility.relPath}`)})`);
    return;
  }
  const path = displayPath(writeNewFacility(values.data, facility));
  console.log(`Created ${path}`);
  for (const note of facility.notes) console.log(note);
  console.log(`Next: npm run validate -- ${path}   then open a pull request (see CONTRIBUTING.md).`);
});
