/**
 * A card charge lost mid-flight (issue 11, item 2): the real server process (main.ts) sends a charge
 * to the real Sandbox Processor, which records and captures it and then never answers (fault
 * `hang_after`); its signed callback cannot reach Finlet (the callback URL answers 503, as a
 * server that is down does, until the processor gives up); the server is SIGKILLed while the charge
 * hangs. After a restart on the same database the payment must not stay `processing` for ever:
 * housekeeping asks the processor (by Finlet's idempotency key, as no processor id was ever
 * recorded), the payment becomes `succeeded`, and `payment.succeeded` reaches the partner's
 * webhook endpoint exactly once. Runs on the embedded PGlite data directory and on PostgreSQL.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { createProcessor } from '../../../sandbox/src/processor/app.ts';
import { listenOn } from '../../../sandbox/src/serve.ts';
import { buildDeps } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createPartner } from '../../src/partners/create.ts';
import { cardToken } from '../support/card-token.ts';
import { sessionBody } from '../support/harness.ts';
import { type Cleanups, freshDatabaseUrl, processEnv, spawnServer } from '../support/server-process.ts';
import { startReceiver } from '../webhooks/receiver.ts';
import { FUTURE_YEAR } from './world.ts';

const cleanups: Cleanups = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const PROCESSOR_KEY = 'psk_test_charge_crash';
const CALLBACK_SECRET = 'pcs_test_charge_crash';

/** Where the processor's callbacks go: it answers 503 to each, like a Finlet that is down. */
async function deadCallbackUrl() {
  const refused: string[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      refused.push(`${req.method} ${req.url}`);
      res.writeHead(503).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, refused };
}

async function until<T>(what: string, read: () => Promise<T> | T, ok: (v: T) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a card charge lost with the process', () => {
  it('is reconciled with the processor after a restart and its webhook sent exactly once', {
    timeout: 150_000,
  }, async () => {
    const down = await deadCallbackUrl();
    let processorFetch: (r: Request) => Response | Promise<Response> = () =>
      new Response(null, { status: 503 });
    const processorServer = await listenOn(0, '127.0.0.1', (r) => processorFetch(r));
    cleanups.push(() => processorServer.close());
    const processor = createProcessor({
      publicUrl: processorServer.url,
      apiKey: PROCESSOR_KEY,
      callbackSecret: CALLBACK_SECRET,
      frameAncestors: [down.url],
    });
    cleanups.push(() => processor.close());
    processorFetch = (r) => processor.app.fetch(r);

    const receiver = await startReceiver('ok');
    cleanups.push(() => receiver.close());
    const env = processEnv(cleanups, {
      PUBLIC_URL: down.url,
      FINLET_PROCESSOR_URL: processorServer.url,
      FINLET_PROCESSOR_API_KEY: PROCESSOR_KEY,
      FINLET_PROCESSOR_CALLBACK_SECRET: CALLBACK_SECRET,
      FINLET_DISPATCH_INTERVAL_MS: '100',
      FINLET_RATE_LIMIT: '10000',
      FINLET_RATE_BURST: '10000',
    });
    const url = await freshDatabaseUrl(cleanups);
    if (url) env.DATABASE_URL = url;
    const setup = await buildDeps(loadConfig(env), { logger: createLogger('silent') });
    const partner = await createPartner(setup, {
      name: 'Crash Card Shop',
      allowedOrigins: ['https://shop.example'],
      webhookUrl: receiver.url,
    });
    await setup.database.close();

    const first = await spawnServer(env, cleanups);
    const api = (base: string, method: string, path: string, body?: unknown) =>
      fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${partner.secret_key}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const session = (await (await api(first.url, 'POST', '/v1/sessions', sessionBody())).json()) as {
      id: string;
      client_token: string;
    };
    const widget = (base: string, method: string, path: string, body?: unknown, key?: string) =>
      fetch(`${base}/widget/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${session.client_token}`,
          'content-type': 'application/json',
          ...(key ? { 'idempotency-key': key } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const card = { number: '4242424242424242', exp_month: 12, exp_year: FUTURE_YEAR, cvc: '123' };

    // The processor records and captures the charge, then holds the answer; the server dies meanwhile.
    processor.faults.next(1, 'hang_after', { method: 'POST', path: '/v1/payments' });
    const payment_method = { type: 'token', token: await cardToken(processorServer.url, card) };
    const confirm = widget(first.url, 'POST', '/payments', { payment_method }, 'att_crash_0001').catch(
      (e) => e,
    );
    const charge = await until(
      'the charge at the processor',
      () => [...processor.state.payments.values()].map((r) => r.payment),
      (ps) => ps.length === 1,
      20_000,
    );
    expect(charge[0]).toMatchObject({ status: 'succeeded', amount: 1299 });
    const paymentId = charge[0]!.reference;
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    expect(await confirm).toBeInstanceOf(Error);
    // Its callback is lost: every delivery attempt failed while Finlet was down.
    await processor.callbacksIdle();
    expect(down.refused.length).toBeGreaterThan(0);

    const second = await spawnServer(env, cleanups);
    const payment = await until(
      'the payment after the restart',
      async () => (await (await api(second.url, 'GET', `/v1/payments/${paymentId}`)).json()) as any,
      (p) => p.status !== 'processing',
      60_000,
    );
    expect(payment).toMatchObject({ id: paymentId, status: 'succeeded', failure_code: null });
    expect(payment.card).toMatchObject({ last4: '4242' });

    // Exactly one payment.succeeded for it reaches the partner, once.
    const wh = new Webhook(partner.webhook_endpoint!.secret);
    const succeeded = () =>
      receiver.received
        .map((r) => ({ id: r.headers['webhook-id'], event: wh.verify(r.body, r.headers) as any }))
        .filter((e) => e.event.type === 'payment.succeeded' && e.event.data.object.id === paymentId);
    await until('payment.succeeded delivered', succeeded, (e) => e.length > 0, 30_000);
    // Housekeeping runs every 5 s: let two more runs pass to see no second one.
    await new Promise((r) => setTimeout(r, 11_000));
    expect(succeeded()).toHaveLength(1);
    const events = (await (await api(second.url, 'GET', '/v1/events?limit=100')).json()) as any;
    const types = events.data
      .filter((e: any) => e.data.object.id === paymentId)
      .map((e: any) => e.type)
      .sort();
    expect(types).toEqual(['payment.processing', 'payment.succeeded']);

    // Still one charge, and the session moved on: its only flow succeeded, so it completed with the
    // payment (sessions/completion.ts) and a second payment is refused.
    expect(processor.state.payments.size).toBe(1);
    const another = { type: 'token', token: await cardToken(processorServer.url, card) };
    const again = await widget(
      second.url,
      'POST',
      '/payments',
      { payment_method: another },
      'att_crash_0002',
    );
    expect(again.status).toBe(409);
    expect(((await again.json()) as any).error.code).toBe('session_completed');
    const after = (await (await api(second.url, 'GET', `/v1/sessions/${session.id}`)).json()) as any;
    expect(after.status).toBe('completed');
  });
});
