/**
 * At-least-once across a crash: the real server process (main.ts) builds a backlog of 50 events for
 * a receiver that is down (it accepts connections but never answers, so the server holds leased
 * claims on some deliveries while the rest wait), is killed with SIGKILL, and after a restart
 * delivers every event once the receiver answers again — the unclaimed ones at once, the dead
 * node's claims when their lease lapses. Runs on the embedded PGlite data directory and on PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeps } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createPartner } from '../../src/partners/create.ts';
import { dbKind, sessionBody } from '../support/harness.ts';
import { freshDatabaseUrl, spawnServer } from '../support/server-process.ts';
import { startReceiver } from './receiver.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'finlet-crash-'));
const cleanups: (() => Promise<void> | void)[] = [() => rmSync(dataDir, { recursive: true, force: true })];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('crash recovery', () => {
  it('delivers a backlog left by a SIGKILLed server after it restarts', { timeout: 150_000 }, async () => {
    const env: Record<string, string> = {
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      FINLET_DATA_DIR: dataDir,
      FINLET_DATA_KEY: randomBytes(32).toString('base64'),
      FINLET_WEBHOOK_TIMEOUT_MS: '10000',
      FINLET_WEBHOOK_CONCURRENCY: '8',
      FINLET_DISPATCH_INTERVAL_MS: '100',
      LOG_LEVEL: 'info',
      FINLET_RATE_LIMIT: '10000',
      FINLET_RATE_BURST: '10000',
    };
    if (dbKind === 'postgres') env.DATABASE_URL = (await freshDatabaseUrl(cleanups))!;

    // The partner, with an endpoint at a receiver that hangs.
    const receiver = await startReceiver('hang');
    cleanups.push(() => receiver.close());
    const deps = await buildDeps(loadConfig(env), { logger: createLogger('silent') });
    const partner = await createPartner(deps, {
      name: 'Crash Shop',
      allowedOrigins: ['https://shop.example'],
      webhookUrl: receiver.url,
    });
    await deps.database.close();

    const t0 = performance.now();
    const first = await spawnServer(env, cleanups);
    const t1 = performance.now();
    const call = async (method: string, p: string, body?: unknown) => {
      const res = await fetch(`${first.url}${p}`, {
        method,
        headers: { authorization: `Bearer ${partner.secret_key}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ id: string }>;
    };
    const N = 50;
    const eventIds = new Set<string>();
    for (let i = 0; i < N; i++) {
      const s = await call('POST', '/v1/sessions', sessionBody({ customer: { reference: `cus_${i}` } }));
      await call('POST', `/v1/sessions/${s.id}/cancel`);
    }
    const events = (await call('GET', '/v1/events?limit=100')) as unknown as { data: { id: string }[] };
    for (const e of events.data) eventIds.add(e.id);
    expect(eventIds.size).toBe(N);
    const t2 = performance.now();
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const hung = receiver.received.length;
    expect(hung).toBeGreaterThan(0);
    expect(hung).toBeLessThan(N);
    receiver.mode = 'ok';

    await spawnServer(env, cleanups);
    const t3 = performance.now();
    const deadline = Date.now() + 90_000;
    const delivered = () => new Set(receiver.received.slice(hung).map((r) => r.headers['webhook-id']));
    while (delivered().size < N && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(delivered()).toEqual(eventIds);
    const ms = (a: number, b: number) => Math.round(b - a);
    console.log(
      `crash recovery (${dbKind}): start ${ms(t0, t1)} ms, backlog ${ms(t1, t2)} ms, restart ${ms(t2, t3)} ms, ` +
        `all ${N} delivered ${ms(t3, performance.now())} ms after restart (${hung} claims held by the killed node)`,
    );
    const wh = new Webhook(partner.webhook_endpoint!.secret);
    for (const r of receiver.received.slice(hung))
      expect(wh.verify(r.body, r.headers)).toMatchObject({ type: 'session.canceled' });
  });
});
