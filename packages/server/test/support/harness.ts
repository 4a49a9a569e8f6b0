/**
 * Builds the real app for a test file: a fresh database (in-memory PGlite, or a new database in
 * the test PostgreSQL cluster, per FINLET_TEST_DB), a manual clock, a partner with a secret key.
 * `api()` sends requests through `app.request`, like a partner's server would over HTTP.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../../src/app.ts';
import { buildDeps } from '../../src/bootstrap.ts';
import { ManualClock } from '../../src/clock.ts';
import type { Deps } from '../../src/context.ts';
import { type Database, openDatabase } from '../../src/db/client.ts';
import type { DatabaseTimeouts } from '../../src/db/timeouts.ts';
import { type Config, loadConfig } from '../../src/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createPartner } from '../../src/partners/create.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PGlite data-directory image (pglite-global-setup.ts). */
    pgliteImage: string;
  }
}

export const dbKind = (process.env.FINLET_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/**
 * Opens a fresh database of the kind under test: on PGlite migrated already (from the image the
 * project's global setup made; `migrate()` finds nothing to do), unless `empty` (a test of the
 * migrations themselves); on PostgreSQL a new empty database, which the server migrates.
 */
export async function openTestDatabase(
  timeouts?: DatabaseTimeouts,
  { empty = false }: { empty?: boolean } = {},
): Promise<Database> {
  if (dbKind === 'pglite') {
    // A project without the global setup (none provided) starts empty and migrates, only slower.
    const file = empty ? undefined : (inject('pgliteImage') as string | undefined);
    return openDatabase({ timeouts, image: file ? new Blob([readFileSync(file)]) : undefined });
  }
  const url = inject('postgresUrl');
  if (!url) throw new Error('no PostgreSQL for the server:postgres project');
  const name = `finlet_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await openDatabase({ url: u.toString(), poolSize: 20, timeouts });
  return {
    ...db,
    async close() {
      await db.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** Test responses parse to `any`: tests assert on shapes. */
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> };

export interface TestContext {
  deps: Deps;
  app: ReturnType<typeof createApp>;
  clock: ManualClock;
  partner: { id: string; secretKey: string };
  logs: string[];
  api(
    method: string,
    path: string,
    opts?: { body?: unknown; key?: string | null; headers?: Record<string, string> },
  ): Promise<TestResponse>;
  newPartner(name?: string, origins?: string[]): Promise<{ id: string; secretKey: string }>;
  close(): Promise<void>;
}

export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://finlet.test',
    FINLET_DATA_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'info',
    FINLET_RATE_LIMIT: '100000',
    FINLET_RATE_BURST: '100000',
    FINLET_AUTH_FAILURE_LIMIT: '100000',
    // The tests' sessions share a few customer references: declines across files are not card testing.
    FINLET_CARD_FAILURES_PER_CUSTOMER: '10000',
    ...env,
  });
  const logs: string[] = [];
  const clock = new ManualClock(new Date());
  const database = await openTestDatabase(config.databaseTimeouts);
  const logger = createLogger('info', { write: (s: string) => void logs.push(s) });
  const deps = await buildDeps(config, { clock, database, logger });
  const app = createApp(deps);
  const newPartner = async (name = 'Test Shop', origins = ['https://shop.example']) => {
    const p = await createPartner(deps, { name, allowedOrigins: origins });
    return { id: p.partner_id, secretKey: p.secret_key };
  };
  const partner = await newPartner();
  return {
    deps,
    app,
    clock,
    partner,
    logs,
    newPartner,
    api(method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      const key = opts.key === undefined ? partner.secretKey : opts.key;
      if (key) headers.authorization = `Bearer ${key}`;
      let body: string | undefined;
      if (opts.body !== undefined) {
        body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
        headers['content-type'] ??= 'application/json';
      }
      return Promise.resolve(app.request(path, { method, headers, body }));
    },
    close: () => database.close(),
  };
}

/** A valid session body for the test partner. */
export const sessionBody = (over: Record<string, unknown> = {}) => ({
  flows: ['payment'],
  customer: { reference: 'cus_123', email: 'ada@example.com' },
  payment: { amount: 1299, currency: 'EUR', description: 'Blue mug' },
  allowed_origins: ['https://shop.example'],
  ...over,
});

/** The types of the recorded events (the webhook outbox) about one object, oldest first. */
export async function eventTypesOf(ctx: TestContext, objectId: string): Promise<string[]> {
  const { data } = await (await ctx.api('GET', '/v1/events?limit=100')).json();
  return (data as { type: string; data: { object: { id: string } } }[])
    .filter((e) => e.data.object.id === objectId)
    .map((e) => e.type)
    .reverse();
}
