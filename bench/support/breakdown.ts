/**
 * Where a request's time goes: runs the pieces of `POST /v1/sessions` and `GET /widget/v1/session`
 * one by one, 50 at a time and in process (no HTTP), on PostgreSQL, and prints ops/s for each —
 * token signing and verification, the session INSERT through Drizzle, the whole app via
 * `app.request` — and the CPU time of this process per op (user + system, all threads), which is
 * the steadier figure on a shared machine. A diagnostic for bottlenecks, not part of `pnpm bench`.
 * Run: `npx tsx bench/support/breakdown.ts`.
 */
import { randomBytes } from 'node:crypto';
import { newId } from '@finlet/shared';
import { createApp } from '../../packages/server/src/app.ts';
import { buildDeps } from '../../packages/server/src/bootstrap.ts';
import { sessions } from '../../packages/server/src/db/schema.ts';
import { loadConfig } from '../../packages/server/src/env.ts';
import { createPartner } from '../../packages/server/src/partners/create.ts';
import { insertSession } from '../../packages/server/src/sessions/insert-batch.ts';
import { runBench, withScope } from './cleanup.ts';
import { freshDatabase, postgresServer, tempDir } from './databases.ts';
import { int, ms, percentile, table } from './report.ts';
import { benchProviders, sessionBody } from './server.ts';

const CONCURRENCY = 50;
const OPS = Number(process.env.BREAKDOWN_OPS ?? 3000);

/** BREAKDOWN_ONLY=text runs only the pieces whose name contains it (to profile one alone). */
const ONLY = process.env.BREAKDOWN_ONLY;

async function measure(name: string, op: (i: number) => Promise<unknown>) {
  if (ONLY && !name.includes(ONLY)) return null;
  for (let i = 0; i < 200; i++) await op(i); // warm-up
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < OPS) {
        const i = next++;
        const t = performance.now();
        await op(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const cpuUs = (used.user + used.system) / OPS;
  return [name, int(OPS / seconds), ms(percentile(latencies, 50)), ms(percentile(latencies, 99)), int(cpuUs)];
}

runBench(() =>
  withScope(async (scope) => {
    const pgServer = await postgresServer(scope);
    const url = await freshDatabase(scope, pgServer.url);
    const config = loadConfig({
      NODE_ENV: 'production',
      ...benchProviders,
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      FINLET_DATA_DIR: tempDir(scope, 'finlet-breakdown-'),
      FINLET_DATA_KEY: randomBytes(32).toString('base64'),
      FINLET_RATE_LIMIT: '10000000',
      FINLET_RATE_BURST: '10000000',
    });
    const deps = await buildDeps(config);
    scope.defer(() => deps.database.close());
    const app = createApp(deps);
    const partner = await createPartner(deps, { name: 'Bench', allowedOrigins: ['https://shop.example'] });
    const expiresAt = new Date(Date.now() + 1_800_000);
    const token = await deps.tokens.issueClientToken('ses_x', expiresAt, false);
    const apiHeaders = { authorization: `Bearer ${partner.secret_key}`, 'content-type': 'application/json' };
    const created = (await (
      await app.request('/v1/sessions', { method: 'POST', headers: apiHeaders, body: sessionBody })
    ).json()) as { id: string; client_token: string };
    const widgetHeaders = { authorization: `Bearer ${created.client_token}` };
    const row = {
      partnerId: partner.partner_id,
      livemode: false,
      status: 'open' as const,
      flows: ['payment'],
      flowStates: { payment: { status: 'pending', result: null } },
      customer: { reference: 'cus_1' },
      payment: { amount: 1299, currency: 'EUR', description: 'Blue mug' },
      allowedOrigins: ['https://shop.example'],
      metadata: {},
      createdAt: new Date(),
      expiresAt,
    };
    const pool = (
      deps.database.db as unknown as { $client: { query(t: string, p?: unknown[]): Promise<unknown> } }
    ).$client;
    const rows = [
      await measure("pg pool.query 'select 1' (the server's pool)", () => pool.query('select 1')),
      await measure('pg pool.query raw INSERT into sessions', () =>
        pool.query(
          `insert into sessions (id, partner_id, livemode, status, flows, flow_states, customer, allowed_origins,
             metadata, created_at, expires_at) values ($1, $2, false, 'open', '["payment"]', '{}', '{}', '[]', '{}', now(), $3)`,
          [newId('session'), partner.partner_id, expiresAt.toISOString()],
        ),
      ),
      await measure('tokens.issueClientToken (EdDSA sign)', () =>
        deps.tokens.issueClientToken('ses_x', expiresAt, false),
      ),
      await measure('tokens.verifyClientToken (EdDSA verify)', () => deps.tokens.verifyClientToken(token)),
      await measure('Drizzle INSERT … RETURNING into sessions', () =>
        deps.database.db
          .insert(sessions)
          .values({ ...row, id: newId('session') })
          .returning(),
      ),
      await measure('grouped session INSERT … RETURNING (sessions/insert-batch.ts)', () =>
        insertSession(deps.database, {
          ...row,
          id: newId('session'),
          linkId: null,
          redirectUri: null,
          locale: null,
          appearance: null,
        }),
      ),
      await measure('Drizzle query.sessions.findFirst by id', () =>
        deps.database.db.query.sessions.findFirst({ where: (s, { eq }) => eq(s.id, created.id) }),
      ),
      await measure('app.request POST /v1/sessions', async () => {
        const res = await app.request('/v1/sessions', {
          method: 'POST',
          headers: apiHeaders,
          body: sessionBody,
        });
        if (res.status !== 201) throw new Error(`status ${res.status}`);
        await res.arrayBuffer();
      }),
      await measure('app.request GET /widget/v1/session', async () => {
        const res = await app.request('/widget/v1/session', { headers: widgetHeaders });
        if (res.status !== 200) throw new Error(`status ${res.status}`);
        await res.arrayBuffer();
      }),
    ];
    table(
      `Per-piece throughput, ${CONCURRENCY} concurrent, ${OPS} ops, PostgreSQL pool ${config.DATABASE_POOL_SIZE}`,
      ['piece', 'ops/s', 'p50', 'p99', 'CPU µs/op'],
      rows.filter((r) => r !== null),
    );
  }),
);
