/**
 * Platform bench (issue 2): the real server on PGlite (on disk) and on PostgreSQL, loaded with
 * autocannon on `POST /v1/sessions` (flat out and at a fixed 500 req/s) and on the widget's
 * `GET /widget/v1/session`; against two baselines measured in the same run — a bare Hono JSON route
 * and raw single-row INSERTs through the driver. On PostgreSQL the server is also run as
 * FINLET_WORKERS=<cores> processes — the production setting (README) — and the throughput goal
 * applies to that run; the single process is shown beside it (it is CPU-bound on one core while the
 * load generator and PostgreSQL share the others). Prints figures, ratios and goals; asserts nothing.
 * Run alone: `npx tsx bench/platform.ts` (BENCH_SECONDS, BENCH_DB=pglite|postgres to narrow it).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';
import type { PartnerCreated } from '../packages/server/src/partners/create.ts';
import { runBench, type Scope, withScope } from './support/cleanup.ts';
import { freshDatabase, postgresServer } from './support/databases.ts';
import { type LoadResult, type LoadSpec, runLoad } from './support/load.ts';
import { type InsertRate, type RawQuery, rawInsertRate, rawTableDdl } from './support/raw-inserts.ts';
import { goals, int, ms, pct, table } from './support/report.ts';
import { sessionBody, startBenchCluster, startBenchServer } from './support/server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = 50;
const FIXED_RATE = 500;
/** A steady-state INSERT rate needs less time than an HTTP run to settle. */
const RAW_SECONDS = Math.min(SECONDS, 5);

type Kind = 'pglite' | 'postgres';

/** The slice of the PGlite client the baseline uses (PGlite itself is a dependency of the server only). */
interface EmbeddedClient {
  exec(sql: string): Promise<unknown>;
  query(sql: string, params: unknown[]): Promise<unknown>;
}

interface DbRun {
  kind: Kind;
  label: string;
  createMax: LoadResult;
  createFixed: LoadResult;
  widgetMax: LoadResult;
  raw: InsertRate;
  /** PostgreSQL only: the same runs against `FINLET_WORKERS` = cores processes (cluster.ts). */
  cluster?: { workers: number; createMax: LoadResult; createFixed: LoadResult; widgetMax: LoadResult };
}

const load = (scope: Scope, url: string, over: Partial<LoadSpec> = {}) =>
  runLoad(scope, {
    url,
    method: 'GET',
    headers: {},
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmupSeconds: WARMUP,
    ...over,
  });

async function bareHono(): Promise<{ max: LoadResult; fixed: LoadResult }> {
  return withScope(async (scope) => {
    const app = new Hono();
    app.get('/', (c) => c.json({ ok: true }));
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    scope.defer(() => new Promise((r) => server.close(r)));
    const address = server.address() as { port: number };
    const url = `http://127.0.0.1:${address.port}/`;
    const max = await load(scope, url);
    const fixed = await load(scope, url, { overallRate: FIXED_RATE, warmupSeconds: 0 });
    return { max, fixed };
  });
}

async function checkedJson(res: Response, status: number): Promise<Record<string, unknown>> {
  const body = (await res.json()) as Record<string, unknown>;
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

async function serverRuns(scope: Scope, server: { url: string }, partner: PartnerCreated) {
  const create: Partial<LoadSpec> = {
    method: 'POST',
    headers: { authorization: `Bearer ${partner.secret_key}`, 'content-type': 'application/json' },
    body: sessionBody,
  };
  // One session by hand first: proves the body is valid and gives the widget its client token.
  const created = await checkedJson(
    await fetch(`${server.url}/v1/sessions`, { method: 'POST', headers: create.headers, body: sessionBody }),
    201,
  );
  const widget = { authorization: `Bearer ${String(created.client_token)}` };
  await checkedJson(await fetch(`${server.url}/widget/v1/session`, { headers: widget }), 200);

  const createMax = await load(scope, `${server.url}/v1/sessions`, create);
  const createFixed = await load(scope, `${server.url}/v1/sessions`, {
    ...create,
    overallRate: FIXED_RATE,
    warmupSeconds: 0,
  });
  const widgetMax = await load(scope, `${server.url}/widget/v1/session`, { headers: widget });
  return { createMax, createFixed, widgetMax };
}

async function pgliteRun(): Promise<DbRun> {
  return withScope(async (scope) => {
    const bench = await startBenchServer(scope, {});
    const runs = await serverRuns(scope, bench.server, bench.partner);
    // The same PGlite instance the server uses (it is single-connection: there is no other way in).
    const client = (bench.server.deps.database.db as unknown as { $client: EmbeddedClient }).$client;
    for (const ddl of rawTableDdl) await client.exec(ddl);
    const query: RawQuery = (text, params) => client.query(text, params);
    const raw = await rawInsertRate(query, bench.partner.partner_id, {
      concurrency: CONNECTIONS,
      seconds: RAW_SECONDS,
    });
    return { kind: 'pglite', label: 'PGlite (on disk, in process)', ...runs, raw };
  });
}

async function postgresRun(): Promise<DbRun> {
  return withScope(async (scope) => {
    const pgServer = await postgresServer(scope);
    const url = await freshDatabase(scope, pgServer.url);
    const bench = await startBenchServer(scope, { databaseUrl: url });
    const runs = await serverRuns(scope, bench.server, bench.partner);
    await bench.server.close(); // each configuration and the baseline run alone
    const workers = availableParallelism();
    // Its own database: the cluster has its own data key, so it cannot read the first run's keys.
    const clusterUrl = await freshDatabase(scope, pgServer.url);
    const cluster = await startBenchCluster(scope, { databaseUrl: clusterUrl, workers });
    const clusterRuns = await serverRuns(scope, cluster, cluster.partner);
    await cluster.stop();
    const pool = new pg.Pool({ connectionString: url, max: bench.server.deps.config.DATABASE_POOL_SIZE });
    // pool.end() resolves before every socket is closed; the database drop may cut the rest.
    pool.on('error', () => {});
    scope.defer(() => pool.end());
    for (const ddl of rawTableDdl) await pool.query(ddl);
    const raw = await rawInsertRate((text, params) => pool.query(text, params), bench.partner.partner_id, {
      concurrency: CONNECTIONS,
      seconds: RAW_SECONDS,
    });
    const poolSize = bench.server.deps.config.DATABASE_POOL_SIZE;
    return {
      kind: 'postgres',
      label: `PostgreSQL (${pgServer.origin}, pool ${poolSize} per process)`,
      ...runs,
      raw,
      cluster: { workers, ...clusterRuns },
    };
  });
}

const row = (name: string, r: LoadResult) => [
  name,
  int(r.rps),
  ms(r.p50),
  ms(r.p99),
  ms(r.max),
  r.errors,
  r.non2xx,
];
const LOAD_HEADER = ['scenario', 'req/s', 'p50', 'p99', 'max', 'errors', 'non-2xx'];

export async function runPlatformBench(kinds: Kind[] = ['pglite', 'postgres']): Promise<void> {
  console.log('## Platform (HTTP API)');
  console.log(
    `autocannon in a child process, ${CONNECTIONS} connections, ${SECONDS} s per run (+${WARMUP} s warm-up), ` +
      `all on 127.0.0.1. Shared 2-core machine: figures are noisy, compare ratios within one run.`,
  );
  const hono = await bareHono();
  table('Baseline: bare Hono JSON route on @hono/node-server', LOAD_HEADER, [
    row('GET / max throughput', hono.max),
    row(`GET / at ${FIXED_RATE} req/s`, hono.fixed),
  ]);

  const results: DbRun[] = [];
  for (const kind of kinds) {
    const r = kind === 'pglite' ? await pgliteRun() : await postgresRun();
    results.push(r);
    table(`Server on ${r.label}`, LOAD_HEADER, [
      row('POST /v1/sessions max throughput', r.createMax),
      row(`POST /v1/sessions at ${FIXED_RATE} req/s`, r.createFixed),
      row('GET /widget/v1/session max throughput', r.widgetMax),
    ]);
    if (r.cluster) {
      table(`Server on ${r.label}, FINLET_WORKERS=${r.cluster.workers} (one per core)`, LOAD_HEADER, [
        row('POST /v1/sessions max throughput', r.cluster.createMax),
        row(`POST /v1/sessions at ${FIXED_RATE} req/s`, r.cluster.createFixed),
        row('GET /widget/v1/session max throughput', r.cluster.widgetMax),
      ]);
    }
    table(
      `Baseline: raw single-row INSERT on ${r.label}`,
      ['scenario', 'inserts/s', 'p50', 'p99', 'errors'],
      [[`concurrency ${CONNECTIONS}`, int(r.raw.perSecond), ms(r.raw.p50), ms(r.raw.p99), r.raw.errors]],
    );
  }

  const list = results.flatMap((r) => {
    const name = r.kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
    const loads = [r.createMax, r.createFixed, r.widgetMax];
    if (r.cluster) loads.push(r.cluster.createMax, r.cluster.createFixed, r.cluster.widgetMax);
    const clean = loads.every((l) => l.errors + l.non2xx === 0);
    const goal = r.kind === 'postgres';
    const lines = [
      {
        name: `${name}: session create p99 at ${FIXED_RATE} req/s, 1 process`,
        measured: ms(r.createFixed.p99),
        target: '< 50 ms',
        met: goal ? r.createFixed.p99 < 50 : null,
      },
      {
        name: `${name}: session create ÷ raw INSERT, 1 process`,
        measured: pct(r.createMax.rps / r.raw.perSecond),
        target: r.cluster ? '(ratio)' : '≥ 50 %',
        met: goal && !r.cluster ? r.createMax.rps / r.raw.perSecond >= 0.5 : null,
      },
    ];
    if (r.cluster) {
      const ratio = r.cluster.createMax.rps / r.raw.perSecond;
      lines.push(
        {
          name: `${name}: session create p99 at ${FIXED_RATE} req/s, ${r.cluster.workers} workers`,
          measured: ms(r.cluster.createFixed.p99),
          target: '< 50 ms',
          met: goal ? r.cluster.createFixed.p99 < 50 : null,
        },
        {
          name: `${name}: session create ÷ raw INSERT, ${r.cluster.workers} workers`,
          measured: pct(ratio),
          target: '≥ 50 %',
          met: goal ? ratio >= 0.5 : null,
        },
      );
    }
    // Issue 16: the widget's read does less than a create, so it must be the cheaper of the two.
    const readRatio = r.widgetMax.rps / r.createMax.rps;
    lines.push({
      name: `${name}: widget read ÷ session create, 1 process`,
      measured: `${readRatio.toFixed(2)}×`,
      target: '≥ 1.5×',
      met: readRatio >= 1.5,
    });
    if (r.cluster) {
      const clusterReadRatio = r.cluster.widgetMax.rps / r.cluster.createMax.rps;
      lines.push({
        name: `${name}: widget read ÷ session create, ${r.cluster.workers} workers`,
        measured: `${clusterReadRatio.toFixed(2)}×`,
        target: '≥ 1.5×',
        met: clusterReadRatio >= 1.5,
      });
    }
    lines.push(
      {
        name: `${name}: session create ÷ bare Hono, 1 process`,
        measured: pct(r.createMax.rps / hono.max.rps),
        target: '(ratio)',
        met: null,
      },
      {
        name: `${name}: widget read ÷ bare Hono, 1 process`,
        measured: pct(r.widgetMax.rps / hono.max.rps),
        target: '(ratio)',
        met: null,
      },
      { name: `${name}: no errors, all 2xx`, measured: clean ? 'yes' : 'no', target: 'yes', met: clean },
    );
    return lines;
  });
  goals(
    'Platform goals (PostgreSQL; on PGlite only the widget read ratio is a goal, the rest is for reference)',
    list,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.env.BENCH_DB as Kind | undefined;
  runBench(() => runPlatformBench(only ? [only] : undefined));
}
