/**
 * Sums the JSON reports of every test runner into the one closing line CI
 * reads: "N passed, N failed". Failed checks (lint, types, build...) count as
 * failures too, so a red check can never hide behind green tests.
 * Usage: tsx scripts/ci/summarize.ts <results-dir> [failed check names...]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/** Vitest's JSON reporter follows Jest's shape. */
export function vitestCounts(report: unknown): Counts {
  const r = report as
    { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number } | undefined;
  return {
    passed: r?.numPassedTests ?? 0,
    failed: r?.numFailedTests ?? 0,
    skipped: (r?.numPendingTests ?? 0) + (r?.numTodoTests ?? 0),
  };
}

/** Playwright's JSON reporter: stats.expected are passes, unexpected and flaky are failures. */
export function playwrightCounts(report: unknown): Counts {
  const s = (
    report as { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } } | undefined
  )?.stats;
  return { passed: s?.expected ?? 0, failed: (s?.unexpected ?? 0) + (s?.flaky ?? 0), skipped: s?.skipped ?? 0 };
}

function main(): void {
  const [dir = 'test-results/summary', ...failedChecks] = process.argv.slice(2);
  const runners: [string, Counts][] = [
    ['vitest', vitestCounts(readJson(join(dir, 'vitest.json')))],
    ['playwright', playwrightCounts(readJson(join(dir, 'playwright.json')))],
  ];
  const total: Counts = { passed: 0, failed: failedChecks.length, skipped: 0 };
  console.log('\n=== summary');
  for (const [name, c] of runners) {
    console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  }
  for (const check of failedChecks) console.log(`failed check: ${check}`);
  const ranTests = total.passed + total.failed - failedChecks.length > 0;
  if (!ranTests) console.log('no tests ran');
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  process.exitCode = total.failed > 0 || !ranTests ? 1 : 0;
}

main();
