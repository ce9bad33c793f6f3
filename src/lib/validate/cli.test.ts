/**
 * The command line end to end on SYNTHETIC fixtures: exit codes, the GitHub
 * annotation format and the summary line.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { formatGithub, formatText } from './format';
import { makeTempData, syntheticFacility, type TempData } from './test-fixtures';

const tsx = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const script = fileURLToPath(new URL('../../../scripts/validate.ts', import.meta.url));

let data: TempData;
beforeEach(() => {
  data = makeTempData();
  data.write('co/synthetic-recovery-center-denver-co.json', syntheticFacility());
});
afterEach(() => data.remove());

/** Run scripts/validate.ts as `npm run validate` would, with the temp folder as the repository. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [tsx, script, ...args], { cwd: data.root, encoding: 'utf8' });
  return { code: run.status, lines: run.stdout.trimEnd().split('\n'), stderr: run.stderr };
}

function inProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: data.root });
  return { code, out, err };
}

describe('npm run validate', () => {
  it('exits 0 with a summary when the data is valid', () => {
    const { code, lines } = cli();
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^1 file checked, 0 errors, 0 warnings in \d+\.\ds$/)]);
  }, 30_000);

  it('exits 1 and prints one line per error', () => {
    data.write(
      'co/js-link.json',
      syntheticFacility({ id: 'js-link', name: 'Synthetic link', website: 'javascript:alert(1)' }),
    );
    const { code, lines } = cli();
    expect(code).toBe(1);
    expect(lines).toEqual([
      'data/facilities/co/js-link.json:17: website: "javascript:alert(1)" is not a valid http(s) web address — use a full http:// or https:// address, e.g. "https://example.org"',
      expect.stringMatching(/^2 files checked, 1 error, 0 warnings in/),
    ]);
  }, 30_000);

  it('prints GitHub workflow commands with --format github', () => {
    data.write(
      'co/bad-zip.json',
      syntheticFacility({
        id: 'bad-zip',
        name: 'Synthetic zip',
        address: { city: 'Denver', state: 'CO', zip: '80000' },
      }),
    );
    const { code, out } = inProcess('--format', 'github', 'data/facilities/co/bad-zip.json');
    expect(code).toBe(0); // an unknown ZIP is only a warning
    expect(out[0]).toBe(
      '::warning file=data/facilities/co/bad-zip.json,line=8,title=address.zip::ZIP 80000 is not in the ZIP code list — check it with the USPS ZIP lookup; new and PO-box-only ZIPs can be missing from the list',
    );
    expect(out[1]).toMatch(/^1 file checked, 0 errors, 1 warning in/);
  });

  it('escapes workflow-command properties', () => {
    const line = formatGithub({
      severity: 'error',
      file: 'a,b.json',
      line: 2,
      field: 'x:y',
      problem: '100% wrong',
      fix: 'fix\nit',
    });
    expect(line).toBe('::error file=a%2Cb.json,line=2,title=x%3Ay::100%25 wrong — fix%0Ait');
  });

  it('prints control, invisible and direction characters of bad values as \\u escapes', () => {
    const issue = { severity: 'error', file: 'a.json', line: 1, field: 'na\u0000me', fix: 'x' } as const;
    expect(formatText({ ...issue, problem: 'is "a\u202eb\ud800"' })).toBe(
      'a.json:1: na\\u0000me: is "a\\u202eb\\ud800" — x',
    );
    expect(formatText({ ...issue, field: 'name', problem: 'is "Café 😀"' })).toBe('a.json:1: name: is "Café 😀" — x');
  });

  it('rejects bad usage with exit code 2', () => {
    expect(inProcess('--format', 'xml').code).toBe(2);
    expect(inProcess('--data', 'nowhere').code).toBe(2);
    expect(inProcess('missing.json').code).toBe(2);
  });
});
