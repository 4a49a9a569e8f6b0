/**
 * Test projects. Server tests that touch the database run twice: once on PGlite (the embedded
 * default) and once on a real PostgreSQL 15 that the global setup starts (or DATABASE_URL names).
 */
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { icuCatalogues } from './packages/widget/vite.icu-catalogues.ts';

const dbTests = ['packages/server/test/**/*.test.ts'];
const notDb = ['packages/server/test/unit/**', '**/node_modules/**'];
/** Several server processes on one database: PGlite serves one process, so these have nothing to run there. */
const postgresOnly = ['packages/server/test/platform/multi-node.test.ts'];
/**
 * The database projects' files share their worker's module cache (`isolate: false`): each file
 * imports the whole server, and importing it once per worker instead of once per file took the
 * PGlite project from 9 min 30 s to 6 min 20 s. Every file opens, and closes, its own database and
 * app (support/harness.ts); nothing in the server keeps per-test state at module level.
 */
const sharedModules = { isolate: false } as const;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'shared', include: ['packages/shared/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'server:unit', include: ['packages/server/test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'server:pglite',
          include: dbTests,
          exclude: [...notDb, ...postgresOnly],
          env: { FINLET_TEST_DB: 'pglite' },
          globalSetup: ['packages/server/test/support/pglite-global-setup.ts'],
          ...sharedModules,
        },
      },
      {
        extends: true,
        test: {
          name: 'server:postgres',
          include: dbTests,
          exclude: notDb,
          env: { FINLET_TEST_DB: 'postgres' },
          globalSetup: ['packages/server/test/support/postgres-global-setup.ts'],
          ...sharedModules,
        },
      },
      { extends: true, test: { name: 'sandbox', include: ['packages/sandbox/test/**/*.test.ts'] } },
      {
        extends: true,
        // The flow's message catalogues are compiled as the flow build compiles them.
        plugins: [icuCatalogues()],
        test: { name: 'widget', include: ['packages/widget/test/**/*.test.ts'] },
      },
      {
        extends: true,
        plugins: [icuCatalogues()],
        // Each step's component test beside it, in real Chromium (the system's, as in e2e).
        test: {
          name: 'widget:browser',
          include: ['packages/widget/src/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      { extends: true, test: { name: 'dashboard', include: ['packages/dashboard/test/**/*.test.ts'] } },
      {
        extends: true,
        // The SDK against the real app on PGlite, over HTTP.
        test: {
          name: 'node',
          include: ['packages/node/test/**/*.test.ts'],
          env: { FINLET_TEST_DB: 'pglite' },
          globalSetup: ['packages/server/test/support/pglite-global-setup.ts'],
        },
      },
      { extends: true, test: { name: 'demo', include: ['demo/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'scripts', include: ['scripts/test/**/*.test.ts'] } },
    ],
  },
});
