import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4329);
/** Must match the BASE_PATH the site under test was built with. */
const BASE_PATH = process.env.BASE_PATH ?? '/';

/**
 * End-to-end tests run against the built site (`npm run build` first), served
 * by `astro preview`, in Debian's Chromium: no browser download is possible here.
 */
export default defineConfig({
  testDir: './e2e',
  // Playwright empties this folder on start, so it must not hold the run summary.
  outputDir: '../test-results/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    trace: 'off',
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
