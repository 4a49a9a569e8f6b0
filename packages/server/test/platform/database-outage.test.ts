/**
 * A database that stops answering costs a request a bounded wait and a 503, never a hang. On a
 * throwaway PostgreSQL cluster of its own the real server process (main.ts, configured through the
 * environment) meets a frozen database (SIGSTOP of the postmaster and every backend: connections
 * are accepted by the kernel and nothing ever answers), a stopped one and a table lock held by
 * someone else: API calls answer 503 `database_unavailable` in the error envelope, `/readyz` says
 * not ready at once, and everything works again when the database is back. The statement timeout
 * and the migration lock are checked on the database client itself. The embedded PGlite runs in
 * the server's own thread, so a statement there cannot be timed out (PostgreSQL's timers do not run
 * in it, and the event loop waits for it); what applies there is `/readyz`'s own deadline.
 *
 * Every call has a client-side deadline, so today's hang is a failed assertion naming it.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeps } from '../../src/bootstrap.ts';
import { type Database, MIGRATION_LOCK, openDatabase } from '../../src/db/client.ts';
import { isDatabaseUnavailable } from '../../src/db/unavailable.ts';
import { loadConfig } from '../../src/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createPartner } from '../../src/partners/create.ts';
import { createTestContext, dbKind, sessionBody, type TestContext } from '../support/harness.ts';
import { type Cluster, startCluster } from '../support/postgres-cluster.ts';
import { type Cleanups, processEnv, type ServerProcess, spawnServer } from '../support/server-process.ts';

const cleanups: Cleanups = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** Short timeouts, so the test waits seconds, not the defaults' tens of seconds. */
const TIMEOUTS = {
  DATABASE_CONNECT_TIMEOUT_MS: '1000',
  DATABASE_STATEMENT_TIMEOUT_MS: '1500',
  DATABASE_LOCK_TIMEOUT_MS: '1000',
  DATABASE_QUERY_TIMEOUT_MS: '2500',
  DATABASE_READY_TIMEOUT_MS: '1000',
};
/** The client-side deadlines: generous over the timeouts above (a shared, busy machine). */
const API_DEADLINE_MS = 10_000;
const READY_DEADLINE_MS = 5_000;

interface Answer {
  status: number | string;
  body: any;
}

/** One HTTP call with a deadline: a hang comes back as a status that says so. */
async function call(
  url: string,
  method: string,
  deadlineMs: number,
  opts: { key?: string; body?: unknown } = {},
): Promise<Answer> {
  try {
    const res = await fetch(url, {
      method,
      headers: {
        ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}),
        ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
      signal: AbortSignal.timeout(deadlineMs),
    });
    return { status: res.status, body: await res.json() };
  } catch (e) {
    if ((e as Error).name === 'TimeoutError')
      return { status: `no answer within ${deadlineMs} ms`, body: null };
    throw e;
  }
}

const unavailable = {
  status: 503,
  body: { error: { type: 'api_error', code: 'database_unavailable', request_id: expect.any(String) } },
};

// Each database project runs the half that applies to it (no skipped tests).
const onPostgres = dbKind === 'postgres' ? describe : () => {};
const onPglite = dbKind === 'pglite' ? describe : () => {};

onPostgres('PostgreSQL frozen, stopped or locked', () => {
  let cluster: Cluster;
  let server: ServerProcess;
  let key: string;
  const api = (method: string, p: string, body?: unknown) =>
    call(`${server.url}${p}`, method, API_DEADLINE_MS, { key, body });
  const readyz = () => call(`${server.url}/readyz`, 'GET', READY_DEADLINE_MS);

  beforeAll(async () => {
    cluster = await startCluster();
    cleanups.push(() => cluster.stop());
    const env = processEnv(cleanups, {
      DATABASE_URL: cluster.url,
      // Fewer connections than concurrent calls while frozen: some wait for a free one.
      DATABASE_POOL_SIZE: '3',
      ...TIMEOUTS,
      FINLET_RATE_LIMIT: '10000',
      FINLET_RATE_BURST: '10000',
    });
    const setup = await buildDeps(loadConfig(env), { logger: createLogger('silent') });
    key = (await createPartner(setup, { name: 'Outage Shop', allowedOrigins: ['https://shop.example'] }))
      .secret_key;
    await setup.database.close();
    server = await spawnServer(env, cleanups);
  }, 120_000);

  it('frozen: API calls answer 503 database_unavailable, /readyz not ready; after SIGCONT all works', {
    timeout: 90_000,
  }, async () => {
    // Several pooled connections open, as on a server that has been serving.
    const warm = await Promise.all(
      Array.from({ length: 4 }, () => api('POST', '/v1/sessions', sessionBody())),
    );
    expect(warm.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    const existing = warm[0]!.body.id as string;
    expect((await readyz()).status).toBe(200);

    cluster.freeze();
    try {
      // Idle pooled connections (the query never answers) and new ones (the handshake never does).
      const answers = await Promise.all([
        api('POST', '/v1/sessions', sessionBody()),
        api('GET', `/v1/sessions/${existing}`),
        ...Array.from({ length: 6 }, () => api('POST', '/v1/sessions', sessionBody())),
      ]);
      for (const a of answers) expect(a).toMatchObject(unavailable);
      expect(await readyz()).toMatchObject({
        status: 503,
        body: { status: 'not_ready', database: 'postgres' },
      });
      expect(await call(`${server.url}/healthz`, 'GET', READY_DEADLINE_MS)).toMatchObject({ status: 200 });
      // Still frozen: still a quick 503, not a queue behind the first ones.
      expect(await api('GET', `/v1/sessions/${existing}`)).toMatchObject(unavailable);
    } finally {
      cluster.thaw();
    }

    expect(await api('POST', '/v1/sessions', sessionBody())).toMatchObject({ status: 201 });
    expect(await api('GET', `/v1/sessions/${existing}`)).toMatchObject({
      status: 200,
      body: { id: existing },
    });
    expect(await readyz()).toMatchObject({ status: 200, body: { status: 'ready' } });
  });

  it('stopped: API calls answer 503 database_unavailable at once; after a restart all works', {
    timeout: 90_000,
  }, async () => {
    cluster.halt();
    try {
      expect(await api('POST', '/v1/sessions', sessionBody())).toMatchObject(unavailable);
      expect(await readyz()).toMatchObject({ status: 503, body: { status: 'not_ready' } });
    } finally {
      cluster.start();
    }
    expect(await api('POST', '/v1/sessions', sessionBody())).toMatchObject({ status: 201 });
    expect(await readyz()).toMatchObject({ status: 200 });
  });

  /** Another session on the cluster (someone else's), for the length of `use`. */
  async function elsewhere(use: (other: pg.Client) => Promise<void>) {
    const other = new pg.Client({ connectionString: cluster.url });
    await other.connect();
    try {
      await use(other);
    } finally {
      await other.end();
    }
  }

  it('a table lock held elsewhere: the write gives up after the lock timeout with a 503', {
    timeout: 60_000,
  }, async () => {
    await elsewhere(async (holder) => {
      await holder.query('begin');
      await holder.query('lock table sessions in access exclusive mode');
      expect(await api('POST', '/v1/sessions', sessionBody())).toMatchObject(unavailable);
      await holder.query('rollback');
      expect(await api('POST', '/v1/sessions', sessionBody())).toMatchObject({ status: 201 });
    });
  });

  describe('the database client', () => {
    let database: Database;
    beforeAll(async () => {
      const { databaseTimeouts } = loadConfig(TIMEOUTS);
      database = await openDatabase({ url: cluster.url, timeouts: databaseTimeouts });
    });
    afterAll(() => database.close());

    it('cancels a statement that runs past the statement timeout, and the pool carries on', async () => {
      const error = await database.query('select pg_sleep(5)', []).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: '57014' });
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(await database.query<{ n: number }>('select 1 as n', [])).toEqual([{ n: 1 }]);
    });

    it('gives every connection back when transactions fail on a frozen database, so it serves after', {
      timeout: 60_000,
    }, async () => {
      const small = await openDatabase({
        url: cluster.url,
        poolSize: 2,
        timeouts: loadConfig(TIMEOUTS).databaseTimeouts,
      });
      const transaction = () => small.db.transaction(async (tx) => tx.execute(sql`select 1`));
      try {
        await Promise.all([transaction(), transaction()]); // two open connections
        cluster.freeze();
        try {
          // BEGIN is the statement that meets the frozen server: more failures than connections.
          for (let i = 0; i < 4; i++) {
            const error = await transaction().then(
              () => null,
              (e: unknown) => e,
            );
            expect(isDatabaseUnavailable(error)).toBe(true);
          }
        } finally {
          cluster.thaw();
        }
        await expect(transaction()).resolves.toBeDefined();
        await expect(Promise.all([transaction(), transaction(), transaction()])).resolves.toHaveLength(3);
      } finally {
        // A leaked connection would keep pool.end() waiting for ever: the assertion above is the failure.
        await Promise.race([small.close(), new Promise((r) => setTimeout(r, 5000))]);
      }
    });

    it('migrates without the request timeouts: it waits for another node holding the migration lock', {
      timeout: 30_000,
    }, async () => {
      await elsewhere(async (other) => {
        await other.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        // Held longer than the statement and query timeouts, then released.
        setTimeout(() => void other.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]), 4000);
        await expect(database.migrate()).resolves.toBeUndefined();
      });
    });
  });
});

onPglite('the embedded PGlite held by a transaction', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext({ DATABASE_READY_TIMEOUT_MS: '500' });
  });
  afterAll(() => t.close());

  it('/readyz says not ready within its own deadline instead of waiting for the database', async () => {
    let release!: () => void;
    const held = t.deps.database.db.transaction(() => new Promise<void>((r) => (release = r)));
    try {
      const answer = await Promise.race([
        t
          .api('GET', '/readyz', { key: null })
          .then(async (r) => ({ status: r.status, body: await r.json() })),
        new Promise<Answer>((r) =>
          setTimeout(
            () => r({ status: `no answer within ${READY_DEADLINE_MS} ms`, body: null }),
            READY_DEADLINE_MS,
          ),
        ),
      ]);
      expect(answer).toMatchObject({ status: 503, body: { status: 'not_ready', database: 'pglite' } });
    } finally {
      release();
      await held;
    }
    expect((await t.api('GET', '/readyz', { key: null })).status).toBe(200);
  });
});
