/**
 * Regenerate the field reference in CONTRIBUTING.md from the zod schema.
 *
 *   npm run docs:fields            rewrite the section
 *   npm run docs:fields -- --check exit 1 if the committed section is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFlags, RefusedError, runCli } from '../src/lib/staff/cli';
import { regenerateFieldDocs } from '../src/lib/staff/field-docs';

export const CONTRIBUTING = fileURLToPath(new URL('../CONTRIBUTING.md', import.meta.url));

runCli(async () => {
  const { values } = parseFlags({
    options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('Usage: npm run docs:fields [-- --check]');
    return;
  }
  const current = readFileSync(CONTRIBUTING, 'utf8');
  const next = await regenerateFieldDocs(current, CONTRIBUTING);
  if (values.check) {
    if (next !== current) {
      throw new RefusedError('the field reference in CONTRIBUTING.md is out of date; run `npm run docs:fields`');
    }
    console.log('CONTRIBUTING.md field reference is up to date.');
    return;
  }
  if (next === current) {
    console.log('CONTRIBUTING.md field reference is already up to date.');
  } else {
    writeFileSync(CONTRIBUTING, next);
    console.log('Updated the field reference in CONTRIBUTING.md.');
  }
});
