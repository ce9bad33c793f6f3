import { defineConfig } from 'vitest/config';

/** Every Vitest project: pure-TypeScript unit tests, and Astro component tests. */
export default defineConfig({
  test: {
    projects: ['tests/vitest.unit.config.ts', 'tests/vitest.components.config.ts'],
  },
});
