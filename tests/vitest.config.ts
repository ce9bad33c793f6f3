import { defineConfig } from 'vitest/config';

// Unit tests live beside the logic (src/**, scripts/**); tests/e2e is Playwright's.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'tests/e2e/**'],
    testTimeout: 60_000,
  },
});
