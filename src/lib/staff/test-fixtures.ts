/**
 * SYNTHETIC test fixtures for the staff commands: invented facilities with
 * invented names, written to throw-away temp folders. None of this is real
 * facility data; phone numbers use the 555-01xx range reserved for fiction
 * where libphonenumber accepts it, and names say "Synthetic".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordJson, SCHEMA_REF, type RawRecord } from '../import/records';

/** A complete, valid synthetic facility; override any field. */
export function syntheticFacility(overrides: Partial<RawRecord> & { id: string }): RawRecord {
  return {
    $schema: SCHEMA_REF,
    name: 'Synthetic Fixture Clinic',
    address: { street1: '100 Fixture Ave', city: 'Denver', state: 'CO', zip: '80203' },
    location: { lat: 39.7313, lon: -104.9811, precision: 'zip-centroid' },
    phone: '303-555-0100',
    careFocus: ['substance-use'],
    levelsOfCare: ['intensive-outpatient'],
    telehealth: false,
    ...overrides,
  };
}

/** A temp folder holding `facilities/<state>/<id>.json` for each record; remove it with `cleanup()`. */
export function fixtureDataDir(records: readonly RawRecord[]): { root: string; dataDir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'staff-fixture-'));
  const dataDir = join(root, 'facilities');
  mkdirSync(dataDir, { recursive: true });
  for (const record of records) {
    const state = (record.address as { state: string }).state.toLowerCase();
    mkdirSync(join(dataDir, state), { recursive: true });
    writeFileSync(join(dataDir, state, `${record.id}.json`), recordJson(record));
  }
  return { root, dataDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Three synthetic Colorado/Utah facilities used across the staff tests. */
export const SYNTHETIC_RECORDS: readonly RawRecord[] = [
  syntheticFacility({
    id: 'synthetic-fixture-clinic-denver-co',
    samhsa: [{ directory: 'su', year: 2024, codes: ['SA', 'OIT'] }],
  }),
  syntheticFacility({
    id: 'synthetic-evening-iop-denver-co',
    name: 'Synthetic Evening IOP',
    address: { street1: '200 Example Blvd', city: 'Denver', state: 'CO', zip: '80203' },
    phone: '303-555-0101',
    lastVerified: '2026-01-15',
  }),
  syntheticFacility({
    id: 'synthetic-valley-center-salt-lake-city-ut',
    name: 'Synthetic Valley Center',
    address: { street1: '300 Sample St', city: 'Salt Lake City', state: 'UT', zip: '84101' },
    location: { lat: 40.7559, lon: -111.8967, precision: 'zip-centroid' },
    phone: '801-555-0102',
    samhsa: [{ directory: 'mh', year: 2023, codes: ['MH', 'OP'] }],
  }),
];

/** Repository root, for running scripts in tests. */
export const REPO_ROOT = new URL('../../..', import.meta.url).pathname;

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run `npx tsx scripts/<script> …args`, stdin closed (not a TTY), from the
 * repository root or `cwd`. Outside the repository npx cannot see the
 * project's tsx, so there the same binary is called by its path.
 */
export function runScript(script: string, args: readonly string[], options: { cwd?: string } = {}): ScriptResult {
  const cwd = options.cwd ?? REPO_ROOT;
  const tsx = cwd === REPO_ROOT ? ['npx', 'tsx'] : [join(REPO_ROOT, 'node_modules', '.bin', 'tsx')];
  const result = spawnSync(tsx[0]!, [...tsx.slice(1), join(REPO_ROOT, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  // npm may warn about the local npm config; only the script's own output matters.
  const stderr = result.stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n');
  return { status: result.status, stdout: result.stdout, stderr };
}

/** Every file under a folder, relative, sorted: to prove a failed command wrote nothing. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map(String).sort();
}
