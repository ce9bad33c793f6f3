import { defineConfig } from 'vitest/config';

// Unit tests live beside the logic (src/**, scripts/**); tests/e2e is Playwright's.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    name: 'unit',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Component tests need Astro's compiler: see vitest.components.config.ts.
    exclude: ['node_modules/**', 'dist/**', 'tests/e2e/**', 'src/components/**'],
    testTimeout: 60_000,
  },
});
