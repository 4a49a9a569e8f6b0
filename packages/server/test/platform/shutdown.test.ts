/**
 * Graceful shutdown on SIGTERM: the server stops accepting connections, finishes the request that
 * is half-way through and the webhook delivery in flight, closes the database and exits 0.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeps } from '../../src/bootstrap.ts';
import { webhookDeliveries } from '../../src/db/schema.ts';
import { loadConfig } from '../../src/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createPartner } from '../../src/partners/create.ts';
import { sessionBody } from '../support/harness.ts';
import { type Cleanups, freshDatabaseUrl, processEnv, spawnServer } from '../support/server-process.ts';

const cleanups: Cleanups = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A webhook receiver that takes `delayMs` to answer 204, and says when a request arrives. */
async function slowReceiver(delayMs: number) {
  let arrived!: () => void;
  const arrival = new Promise<void>((r) => {
    arrived = r;
  });
  const answered: string[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    arrived();
    setTimeout(() => {
      res.writeHead(204).end();
      answered.push(String(req.headers['webhook-id']));
    }, delayMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, arrival, answered };
}

describe('graceful shutdown', () => {
  it('finishes the in-flight request and delivery on SIGTERM, refuses new connections, exits 0', {
    timeout: 120_000,
  }, async () => {
    const env = processEnv(cleanups);
    const url = await freshDatabaseUrl(cleanups);
    if (url) env.DATABASE_URL = url;

    const receiver = await slowReceiver(1500);
    const setup = await buildDeps(loadConfig(env), { logger: createLogger('silent') });
    const partner = await createPartner(setup, {
      name: 'Term Shop',
      allowedOrigins: ['https://shop.example'],
      webhookUrl: receiver.url,
    });
    await setup.database.close();

    const server = await spawnServer(env, cleanups);
    const auth = { authorization: `Bearer ${partner.secret_key}`, 'content-type': 'application/json' };
    const s = (await (
      await fetch(`${server.url}/v1/sessions`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify(sessionBody()),
      })
    ).json()) as { id: string };
    await fetch(`${server.url}/v1/sessions/${s.id}/cancel`, { method: 'POST', headers: auth });
    await receiver.arrival; // the delivery of session.canceled is now in flight

    // A request whose body is only half sent when the signal arrives. It asks to continue, so its
    // first bytes go out once the server has read its headers and holds it as a request in progress
    // (a fixed wait stood in for that, and for the signal's handling below, and raced under load).
    const body = JSON.stringify(sessionBody());
    const req = http.request(`${server.url}/v1/sessions`, {
      method: 'POST',
      headers: { ...auth, 'content-length': Buffer.byteLength(body), expect: '100-continue' },
    });
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('error', reject);
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
    });
    inFlight.catch(() => {}); // awaited below; an early failure must not go unhandled meanwhile
    const continued = new Promise<void>((resolve, reject) => {
      req.once('continue', resolve);
      req.once('error', reject);
    });
    req.flushHeaders();
    await continued;
    req.write(body.slice(0, 20));

    const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
    server.child.kill('SIGTERM');
    // New connections are refused once the server has handled the signal (each try on a new one).
    const connectionRefused = () =>
      new Promise<boolean>((resolve) => {
        const probe = http.get(`${server.url}/healthz`, { agent: false }, (res) => {
          res.resume();
          resolve(false);
        });
        probe.on('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
      });
    let refused = false;
    for (const deadline = Date.now() + 15_000; !refused && Date.now() < deadline; ) {
      refused = await connectionRefused();
      if (!refused) await new Promise((r) => setTimeout(r, 50));
    }
    req.end(body.slice(20));

    expect(refused).toBe(true);
    const finished = await inFlight;
    expect(finished.status).toBe(201);
    expect(JSON.parse(finished.body).id).toMatch(/^ses_/);
    expect(await exited).toBe(0);
    expect(receiver.answered).toHaveLength(1);
    expect(server.output()).toContain('Finlet server stopped');

    // The delivery that was in flight was recorded as delivered before the database closed.
    const after = await buildDeps(loadConfig(env), { logger: createLogger('silent') });
    try {
      const rows = await after.database.db
        .select({ status: webhookDeliveries.status })
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.partnerId, partner.partner_id));
      expect(rows).toEqual([{ status: 'succeeded' }]);
    } finally {
      await after.database.close();
    }
  });
});
