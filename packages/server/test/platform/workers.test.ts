/**
 * Several server processes on one port (FINLET_WORKERS, PostgreSQL only): both workers serve, a
 * worker that dies is replaced while the others keep answering, SIGTERM stops every worker
 * gracefully and the primary exits 0; `/metrics` on any worker counts every worker's requests. And servers starting at once against one fresh database
 * migrate it once (advisory lock) instead of failing on each other's CREATE TABLE.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeps } from '../../src/bootstrap.ts';
import { openDatabase } from '../../src/db/client.ts';
import { loadConfig } from '../../src/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createPartner } from '../../src/partners/create.ts';
import { dbKind, sessionBody } from '../support/harness.ts';
import {
  type Cleanups,
  freshDatabaseUrl,
  processEnv,
  type ServerProcess,
  spawnServer,
} from '../support/server-process.ts';

const cleanups: Cleanups = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const listeningPids = (server: ServerProcess) =>
  [...server.output().matchAll(/"pid":(\d+)[^\n]*Finlet server listening/g)].map((m) => Number(m[1]));

async function until(what: string, check: () => boolean, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A server of two workers on a fresh database, once both listen. */
async function twoWorkers() {
  const env = processEnv(cleanups, {
    FINLET_WORKERS: '2',
    DATABASE_URL: (await freshDatabaseUrl(cleanups))!,
  });
  const server = await spawnServer(env, cleanups);
  await until('two workers', () => new Set(listeningPids(server)).size === 2);
  return { env, server };
}

// Each database project runs the half that applies to it (no skipped tests).
const onPostgres = dbKind === 'postgres' ? describe : () => {};
const onPglite = dbKind === 'pglite' ? describe : () => {};

onPostgres('FINLET_WORKERS on PostgreSQL', () => {
  it('serves from every worker, replaces a dead one, and stops them all on SIGTERM', {
    timeout: 120_000,
  }, async () => {
    // The primary migrates the fresh database and creates the first keys before any worker starts.
    const { env, server } = await twoWorkers();
    const [first, second] = listeningPids(server);
    expect(first).not.toBe(server.child.pid);

    const setup = await buildDeps(loadConfig(env), { logger: createLogger('silent') });
    const partner = await createPartner(setup, {
      name: 'Workers Shop',
      allowedOrigins: ['https://shop.example'],
    });
    await setup.database.close();
    const create = () =>
      fetch(`${server.url}/v1/sessions`, {
        method: 'POST',
        // A new connection each: the primary hands connections (not requests) to workers.
        headers: {
          authorization: `Bearer ${partner.secret_key}`,
          'content-type': 'application/json',
          connection: 'close',
        },
        body: JSON.stringify(sessionBody()),
      });
    const statuses = await Promise.all(Array.from({ length: 20 }, async () => (await create()).status));
    expect(statuses).toEqual(Array(20).fill(201));

    // A worker dies: the other keeps answering and the primary starts a replacement.
    process.kill(first!, 'SIGKILL');
    await until('the primary to notice', () => server.output().includes('worker exited: starting a new one'));
    expect((await create()).status).toBe(201);
    await until('a replacement worker', () => listeningPids(server).length === 3);
    const replacement = listeningPids(server)[2];
    expect([first, second]).not.toContain(replacement);
    expect((await create()).status).toBe(201);

    const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(server.output().match(/Finlet server stopped/g)).toHaveLength(2);
    for (const pid of [second, replacement]) expect(() => process.kill(pid!, 0)).toThrow();
  });

  it("answers /metrics from any worker with the sums over every worker's requests", {
    timeout: 120_000,
  }, async () => {
    const { server } = await twoWorkers();
    // A new connection each, so the primary spreads them over both workers (round robin).
    const get = (path: string) => fetch(`${server.url}${path}`, { headers: { connection: 'close' } });
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async () => (await get('/healthz')).status),
    );
    expect(statuses).toEqual(Array(20).fill(200));

    const healthz = /finlet_http_requests_total\{method="GET",route="\/healthz",status="200"\} (\d+)/;
    // Two scrapes on fresh connections: whichever worker answers, it reports all 20.
    for (let i = 0; i < 2; i++) {
      const scrape = await get('/metrics');
      expect(scrape.status).toBe(200);
      const text = await scrape.text();
      expect(Number(text.match(healthz)?.[1])).toBe(20);
      // The queue depth is one table's, not counted once per worker.
      expect(text).toMatch(/finlet_webhook_queue_depth 0\n/);
    }
    server.child.kill('SIGTERM');
  });

  it('migrates a fresh database once when several servers start at the same moment', {
    timeout: 60_000,
  }, async () => {
    const url = (await freshDatabaseUrl(cleanups))!;
    const databases = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ url, poolSize: 2 })));
    try {
      await Promise.all(databases.map((d) => d.migrate()));
      for (const d of databases) expect(await d.ready()).toBe(true);
    } finally {
      await Promise.all(databases.map((d) => d.close()));
    }
  });
});

onPglite('FINLET_WORKERS on PGlite', () => {
  it('refuses to start several workers on the embedded database, naming the variable', {
    timeout: 60_000,
  }, async () => {
    const failed = spawnServer({ FINLET_WORKERS: '2', PORT: '0', DATABASE_URL: '' }, cleanups);
    await expect(failed).rejects.toThrow(/exited with 78[\s\S]*FINLET_WORKERS/);
  });
});
