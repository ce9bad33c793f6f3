/**
 * One real `astro build` over a data folder of SYNTHETIC bad files (the rest
 * of the corpus runs through the content loader alone, in
 * src/loaders/facility-loader.test.ts). The build must stop while loading
 * content, within seconds, with the validator's lines and no stack trace;
 * a file saved with a byte order mark is not among the problems.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { facilityText } from '../../src/lib/data-file/bad-files';
import { makeTempData } from '../../src/lib/validate/test-fixtures';

const data = makeTempData();
afterAll(() => data.remove());

describe('astro build', () => {
  it('refuses bad data files with one line each, and no stack trace', () => {
    data.write('co/synthetic-recovery-center-denver-co.json', `\uFEFF${facilityText()}`);
    const outside = join(data.root, 'outside.json');
    writeFileSync(outside, facilityText({ id: 'linked', name: 'Synthetic linked', website: 'javascript:alert(1)' }));
    symlinkSync(outside, join(data.dataDir, 'co', 'linked.json'));
    data.write('co/shouted.JSON', facilityText({ id: 'shouted', name: 'Synthetic shouted' }));
    data.write('co/deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`);
    data.write(
      'co/decoy.json',
      facilityText({ id: 'decoy', name: 'Synthetic decoy' }).replace('"id"', '"name": "Other",\n  "id"'),
    );

    const outDir = join(data.root, 'dist');
    mkdirSync(outDir);
    const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, FACILITY_DATA_DIR: data.dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(1);
    const dir = data.dataDir;
    expect(output).toContain(`${dir}/co/linked.json:1: (file): is a symbolic link`);
    expect(output).toContain(`${dir}/co/shouted.JSON:1: (file): has the extension ".JSON"`);
    expect(output).toContain(`${dir}/co/deep.json:1: JSON: nests objects and lists more than 16 deep`);
    expect(output).toContain(`${dir}/co/decoy.json:5: name: appears twice in one object (first on line 3)`);
    expect(output).not.toContain('synthetic-recovery-center-denver-co.json:');
    expect(output).not.toMatch(/RangeError|Maximum call stack|^\s+at /m);
    expect(existsSync(join(outDir, 'facilities'))).toBe(false);
    rmSync(outDir, { recursive: true, force: true });
  });
});
