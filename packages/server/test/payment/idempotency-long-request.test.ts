/**
 * An Idempotency-Key stays claimed while its request runs, however long (issue 11, item 5): a
 * refund held at the processor for longer than a claim's lease (the clock moved 2 minutes on; no
 * real wait) is not run a second time by a retry — in the same process or in another one — which
 * gets 409 `idempotency_key_in_use` while it runs and the stored response afterwards; the processor
 * sees one refund. A claim left by a process that died is still released once its lease lapses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { buildDeps } from '../../src/bootstrap.ts';
import { idempotencyKeys } from '../../src/db/schema.ts';
import { requestHash } from '../../src/middleware/idempotency.ts';
import { renewIdempotencyClaims } from '../../src/middleware/idempotency-claims.ts';
import { createLogger } from '../../src/observability/logger.ts';
import type { TestResponse } from '../support/harness.ts';
import { type PaymentWorld, startPaymentWorld } from './world.ts';

let w: PaymentWorld;
beforeAll(async () => {
  w = await startPaymentWorld({ FINLET_PROCESSOR_TIMEOUT_MS: '30000' });
});
afterAll(() => w.close());

const TWO_MINUTES = 120_000;

async function paidPayment(): Promise<string> {
  const s = await w.session();
  const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
  expect(pay.status).toBe('succeeded');
  return pay.id;
}

const refundRequest = (paymentId: string, key: string) => ({
  path: `/v1/payments/${paymentId}/refunds`,
  init: {
    method: 'POST',
    headers: {
      authorization: `Bearer ${w.ctx.partner.secretKey}`,
      'content-type': 'application/json',
      'idempotency-key': key,
    },
    body: JSON.stringify({ amount: 500 }),
  },
});

type App = { request(path: string, init: RequestInit): Response | Promise<Response> };
const refund = (app: App, paymentId: string, key: string) => {
  const { path, init } = refundRequest(paymentId, key);
  return Promise.resolve(app.request(path, init)) as Promise<TestResponse>;
};

const processorRefunds = (paymentId: string) =>
  [...w.processor.state.refunds.values()].filter(
    (r) =>
      r.payment ===
      [...w.processor.state.payments.values()].find((p) => p.payment.reference === paymentId)?.payment.id,
  );

async function expectInUse(res: TestResponse) {
  expect(res.status).toBe(409);
  expect((await res.json()).error).toMatchObject({
    type: 'idempotency_error',
    code: 'idempotency_key_in_use',
  });
}

describe('a request running longer than its claim lease', () => {
  it('runs once: a retry in the same process gets 409 while it runs, then the stored response', async () => {
    const paymentId = await paidPayment();
    const hold = w.holdProcessor('POST', '/v1/refunds');
    const first = refund(w.ctx.app, paymentId, 'refund-slow-0001');
    await hold.arrived;
    w.advance(TWO_MINUTES);
    await expectInUse(await refund(w.ctx.app, paymentId, 'refund-slow-0001'));
    hold.release();
    const done = await first;
    expect(done.status).toBe(201);
    const created = await done.json();
    const replay = await refund(w.ctx.app, paymentId, 'refund-slow-0001');
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await replay.json()).id).toBe(created.id);
    expect(processorRefunds(paymentId)).toHaveLength(1);
    const list = await (await w.ctx.api('GET', `/v1/payments/${paymentId}/refunds`)).json();
    expect(list.data).toHaveLength(1);
  });

  it('runs once: a retry at another server process gets 409 while the running one renews its claim', async () => {
    const other = await buildDeps(w.ctx.deps.config, {
      clock: w.ctx.deps.clock,
      database: w.ctx.deps.database,
      logger: createLogger('silent'),
    });
    try {
      const otherApp = createApp(other);
      const paymentId = await paidPayment();
      const hold = w.holdProcessor('POST', '/v1/refunds');
      const first = refund(w.ctx.app, paymentId, 'refund-slow-0002');
      await hold.arrived;
      for (let i = 0; i < 8; i++) {
        w.advance(TWO_MINUTES / 8);
        await renewIdempotencyClaims(w.ctx.deps); // the running process's heartbeat, as its timer does
      }
      await expectInUse(await refund(otherApp, paymentId, 'refund-slow-0002'));
      hold.release();
      expect((await first).status).toBe(201);
      const replay = await refund(otherApp, paymentId, 'refund-slow-0002');
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(processorRefunds(paymentId)).toHaveLength(1);
    } finally {
      other.screening.close();
    }
  });
});

describe('a claim left by a process that died', () => {
  it('blocks retries until its lease lapses; then a retry runs the request once', async () => {
    const paymentId = await paidPayment();
    const { path, init } = refundRequest(paymentId, 'refund-crashed-0001');
    const now = w.ctx.deps.clock.now();
    await w.ctx.deps.database.db.insert(idempotencyKeys).values({
      partnerId: w.ctx.partner.id,
      key: 'refund-crashed-0001',
      requestHash: requestHash('POST', path, init.body),
      state: 'running',
      lockedUntil: new Date(now.getTime() + 60_000),
      createdAt: now,
    });
    await expectInUse(await refund(w.ctx.app, paymentId, 'refund-crashed-0001'));
    expect(processorRefunds(paymentId)).toHaveLength(0);
    w.advance(61_000);
    const retry = await refund(w.ctx.app, paymentId, 'refund-crashed-0001');
    expect(retry.status).toBe(201);
    expect(processorRefunds(paymentId)).toHaveLength(1);
    const replay = await refund(w.ctx.app, paymentId, 'refund-crashed-0001');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });
});
