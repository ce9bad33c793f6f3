/**
 * The build's path into the data: the `facilities` content loader, run with a
 * stand-in for Astro's loader context over the SYNTHETIC bad-file corpus. A
 * real `astro build` with bad files is tested once, in
 * tests/unit/build-refuses-bad-data.test.ts; running 100 builds would take an hour.
 */
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BAD_FILES, facilityText } from '../lib/data-file/bad-files';
import { writeBadFile } from '../lib/data-file/write-bad-file';
import { Facility } from '../lib/schema';
import { formatText } from '../lib/validate/format';
import { makeTempData, type TempData } from '../lib/validate/test-fixtures';
import { validateDataset } from '../lib/validate/validate-dataset';
import { facilityLoader } from './facility-loader';

let data: TempData;
beforeEach(() => {
  data = makeTempData();
});
afterEach(() => data.remove());

interface Stored {
  id: string;
  data: unknown;
  filePath?: string;
}

/** Just enough of Astro's LoaderContext: a store, a logger, the schema parse, and optionally a watcher. */
function runLoader(options: { watch?: boolean } = {}) {
  const stored = new Map<string, Stored>();
  const logged: string[] = [];
  const context = {
    collection: 'facilities',
    config: { root: pathToFileURL(`${data.root}/`) },
    store: {
      clear: () => stored.clear(),
      set: (entry: Stored) => (stored.set(entry.id, entry), true),
    },
    logger: {
      info: (m: string) => logged.push(m),
      warn: (m: string) => logged.push(m),
      error: (m: string) => logged.push(m),
    },
    parseData: async ({ data: value }: { data: unknown }) => Facility.parse(value),
    generateDigest: (value: unknown) => String(JSON.stringify(value).length),
    watcher: options.watch ? { add: () => undefined, on: () => undefined } : undefined,
  } as unknown as LoaderContext;
  const done = facilityLoader({ base: 'data/facilities' }).load(context);
  return { done, stored, logged };
}

describe('facilityLoader', () => {
  it('publishes every valid file under its file name, including one saved with a byte order mark', async () => {
    data.write('co/synthetic-recovery-center-denver-co.json', `\uFEFF${facilityText()}`);
    data.write(
      'co/synthetic-second-site-denver-co.json',
      facilityText({
        id: 'synthetic-second-site-denver-co',
        name: 'Synthetic Second Site',
        address: { street1: '99 Other Road', city: 'Denver', state: 'CO', zip: '80205' },
        phone: '303-555-0199',
        website: 'https://second-site.org',
      }),
    );
    const { done, stored } = runLoader();
    await done;
    expect([...stored.keys()].sort()).toEqual([
      'synthetic-recovery-center-denver-co',
      'synthetic-second-site-denver-co',
    ]);
    expect(stored.get('synthetic-recovery-center-denver-co')).toMatchObject({
      filePath: 'data/facilities/co/synthetic-recovery-center-denver-co.json',
      data: { name: 'Synthetic Recovery Center (test fixture)', status: 'active' },
    });
  });

  it('in `astro dev`, logs the problems and serves the valid files instead of stopping', async () => {
    data.write('co/synthetic-recovery-center-denver-co.json', facilityText());
    data.write('co/broken.json', '{');
    const { done, stored, logged } = runLoader({ watch: true });
    await done;
    expect([...stored.keys()]).toEqual(['synthetic-recovery-center-denver-co']);
    expect(logged.join('\n')).toMatch(/data\/facilities\/co\/broken\.json:1: JSON: /);
  });
});

describe.each(BAD_FILES.map((bad) => [bad.kind, bad] as const))('the build refuses a bad file: %s', (_kind, bad) => {
  it("stops with the validator's line for it, no stack trace, and publishes nothing", async () => {
    writeBadFile(data, bad);
    const expected = validateDataset({ dataDir: data.dataDir, rootDir: data.root }).issues.find(
      (i) => i.severity === 'error' && i.field === bad.expect.field && bad.expect.problem.test(i.problem),
    );
    expect(expected, 'the validator must find the problem first').toBeDefined();
    const { done, stored } = runLoader();
    const error = await done.then(
      () => undefined,
      (err: unknown) => err as Error,
    );
    expect(error, 'the loader must throw an error Astro prints as a user error').toBeInstanceOf(AstroError);
    expect(error!.message).toContain(formatText(expected!));
    expect(error!.stack).toBe('');
    expect(stored.size).toBe(0);
  });
});
