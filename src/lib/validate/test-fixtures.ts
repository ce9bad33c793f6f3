/**
 * SYNTHETIC test fixtures for the validator tests: made-up facilities, not
 * real listings. Each test writes them to its own temporary data folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A complete, valid, fictional facility in Denver, Colorado. Its map point is
 * nudged a few metres by its id, as real facilities each have their own: two
 * fixtures share a point only when a test says so.
 */
export function syntheticFacility(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = typeof overrides.id === 'string' ? overrides.id : 'synthetic-recovery-center-denver-co';
  const nudge = ([...id].reduce((n, c) => n + c.charCodeAt(0), 0) % 97) / 10_000;
  return {
    $schema: '../../../public/schemas/facility.schema.json',
    id: 'synthetic-recovery-center-denver-co',
    name: 'Synthetic Recovery Center (test fixture)',
    address: { street1: '1200 Example Street', city: 'Denver', state: 'CO', zip: '80203' },
    location: { lat: Math.round((39.7312 + nudge) * 1e4) / 1e4, lon: -104.9826, precision: 'exact' },
    phone: '303-555-0142',
    website: 'https://synthetic-recovery.org',
    careFocus: ['substance-use'],
    levelsOfCare: ['outpatient', 'intensive-outpatient'],
    telehealth: true,
    lastVerified: '2026-01-15',
    ...overrides,
  };
}

export interface TempData {
  /** Temporary repository root. */
  root: string;
  /** `<root>/data/facilities`. */
  dataDir: string;
  /** Write a facility (object, serialised with 2-space indent) or raw text at `<state>/<name>.json`. */
  write(relPath: string, content: Record<string, unknown> | string): string;
  remove(): void;
}

export function makeTempData(): TempData {
  const root = mkdtempSync(join(tmpdir(), 'validate-test-'));
  const dataDir = join(root, 'data', 'facilities');
  mkdirSync(dataDir, { recursive: true });
  return {
    root,
    dataDir,
    write(relPath, content) {
      const file = join(dataDir, relPath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
      return file;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
