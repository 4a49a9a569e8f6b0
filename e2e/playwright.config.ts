/**
 * Playwright for the e2e suite: the system Chromium, one stack process (`support/stack-main.ts`,
 * started by `webServer` on test ports with a fresh data directory) shared by all tests, and
 * screenshots of every screen under `e2e/test-results/`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './support/chromium.ts';
import { CONTROL_PORT, PORT_OFFSET } from './support/ports.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
/** Files that queue faults at a sandbox provider every test shares. */
const EXCLUSIVE = /pay-by-bank-pending\.spec\.ts$/;

export default defineConfig({
  testDir: './tests',
  outputDir: PORT_OFFSET ? `./test-results-${PORT_OFFSET}` : './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 2,
  fullyParallel: false,
  reporter: [['list'], ['html', { open: 'never', outputFolder: './playwright-report' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1100, height: 820 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  // A file that changes a sandbox shared by every test (a bank answering with faults) runs alone,
  // after the others: with two workers, another file's payment at that bank failed in between.
  projects: [
    { name: 'shared', testIgnore: EXCLUSIVE },
    { name: 'exclusive', testMatch: EXCLUSIVE, dependencies: ['shared'] },
  ],
  webServer: {
    command: 'node --import tsx support/stack-main.ts',
    cwd: here,
    url: `http://127.0.0.1:${CONTROL_PORT}/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
