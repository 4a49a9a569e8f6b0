/**
 * A UK bank payment whose submission times out on every retry, although the bank took it (the
 * sandbox's `hang_after` fault runs the handler, then never answers): the payment must stay
 * `processing` — never `failed`, never a second payment — and a later read repeats the submission
 * with the same idempotency key, learns the bank's payment id and settles it. Runs on both databases.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThroughBank } from '../../../sandbox/src/bank-common/login-driver.ts';
import { bankPaymentAttempts, payments } from '../../src/db/schema.ts';
import { type LinkWorld, startLinkWorld, widget } from '../link/support.ts';
import { paymentEventTypes } from './world.ts';

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld({ env: { FINLET_BANK_TIMEOUT_MS: '300' } });
});
afterAll(async () => world?.close());

const SUBMIT = '/open-banking/v4.0/pisp/domestic-payments';

/** Queues a fault at the sandbox bank through its admin endpoint, over HTTP like any operator. */
async function injectFault(spec: string, count: number, method: string, path: string) {
  const res = await fetch(`${world.uk.url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ spec, count, method, path }),
  });
  expect(res.status).toBe(201);
}

const eventTypes = async (paymentId: string) => (await paymentEventTypes(world.ctx, paymentId)).sort();

describe('UK submission timeout after all retries', () => {
  it('stays processing, then the repeated submission (same idempotency key) settles it once', async () => {
    const created = await world.ctx.api('POST', '/v1/sessions', {
      body: {
        flows: ['payment'],
        customer: { reference: 'cus_pbb_timeout' },
        payment: { amount: 1600, currency: 'GBP', description: 'Sandbox order' },
        allowed_origins: ['https://shop.example'],
      },
    });
    const s = (await created.json()) as { id: string; client_token: string };
    const w = widget(world.ctx, s.client_token);
    const start = await world.ctx.app.request('/widget/v1/payments/bank', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${s.client_token}`,
        'content-type': 'application/json',
        'idempotency-key': `att_${crypto.randomUUID()}`,
      },
      body: JSON.stringify({ method: 'bank', institution: 'sandbox-bank-uk' }),
    });
    expect(start.status).toBe(200);
    const started = (await start.json()) as { payment: { id: string }; authorization_url: string };
    const paymentId = started.payment.id;

    // Every attempt (the first and its 4 retries) reaches the bank, which records it and never answers.
    await injectFault('hang_after', 5, 'POST', SUBMIT);
    const outcome = await loginThroughBank(started.authorization_url, {
      username: 'user_good',
      password: 'pass_good',
    });
    if (outcome.kind !== 'redirect') throw new Error('stopped at the bank');
    const callback = await world.ctx.app.request(`${outcome.url.pathname}${outcome.url.search}`);
    expect(callback.status).toBeLessThan(500);

    const [afterTimeout] = await world.ctx.deps.database.db
      .select()
      .from(payments)
      .where(eq(payments.id, paymentId));
    expect(afterTimeout).toMatchObject({ status: 'processing', failureCode: null, processorPaymentId: null });
    const [attempt] = await world.ctx.deps.database.db
      .select()
      .from(bankPaymentAttempts)
      .where(eq(bankPaymentAttempts.paymentId, paymentId));
    // The user's token is kept for the repeat, encrypted.
    expect(attempt!.submitTokenEnc).toMatch(/\S/);
    expect(attempt!.submitTokenEnc).not.toMatch(/^ey/);
    expect(await eventTypes(paymentId)).toEqual(['payment.processing', 'payment.requires_action']);
    const flow = (await (await world.ctx.api('GET', `/v1/sessions/${s.id}`)).json()).flow_states.payment;
    expect(flow?.status).not.toBe('failed');

    // While the bank's breaker is open (5 timeouts), a read leaves it processing: still not failed.
    const early = await (await w('GET', `/payments/${paymentId}`)).json();
    expect(early.status).toBe('processing');

    world.uk.bank.faults.control.releaseHangs();
    world.ctx.clock.advance(31_000);
    let payment = early;
    for (let i = 0; i < 4 && payment.status === 'processing'; i++)
      payment = await (await w('GET', `/payments/${paymentId}`)).json();
    expect(payment).toMatchObject({ status: 'succeeded', failure_code: null });

    const [settled] = await world.ctx.deps.database.db
      .select()
      .from(payments)
      .where(eq(payments.id, paymentId));
    expect(settled!.processorPaymentId).toMatch(/^sbuk-pay-/);
    const [cleared] = await world.ctx.deps.database.db
      .select()
      .from(bankPaymentAttempts)
      .where(eq(bankPaymentAttempts.paymentId, paymentId));
    expect(cleared!.submitTokenEnc).toBeNull();
    expect(await eventTypes(paymentId)).toEqual([
      'payment.processing',
      'payment.requires_action',
      'payment.succeeded',
    ]);
    const state = (await (await world.ctx.api('GET', `/v1/sessions/${s.id}`)).json()).flow_states.payment;
    expect(state).toMatchObject({ status: 'succeeded', result: { payment_id: paymentId } });
  });

  it('a submission the bank answers with a refusal still fails the payment at once', async () => {
    const created = await world.ctx.api('POST', '/v1/sessions', {
      body: {
        flows: ['payment'],
        customer: { reference: 'cus_pbb_refused' },
        payment: { amount: 1700, currency: 'GBP', description: 'Sandbox order' },
        allowed_origins: ['https://shop.example'],
      },
    });
    const s = (await created.json()) as { client_token: string };
    world.ctx.clock.advance(31_000);
    const start = await world.ctx.app.request('/widget/v1/payments/bank', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${s.client_token}`,
        'content-type': 'application/json',
        'idempotency-key': `att_${crypto.randomUUID()}`,
      },
      body: JSON.stringify({ method: 'bank', institution: 'sandbox-bank-uk' }),
    });
    const started = (await start.json()) as { payment: { id: string }; authorization_url: string };
    await injectFault('status=400', 1, 'POST', SUBMIT);
    const outcome = await loginThroughBank(started.authorization_url, {
      username: 'user_good',
      password: 'pass_good',
    });
    if (outcome.kind !== 'redirect') throw new Error('stopped at the bank');
    await world.ctx.app.request(`${outcome.url.pathname}${outcome.url.search}`);
    const payment = await (
      await widget(world.ctx, s.client_token)('GET', `/payments/${started.payment.id}`)
    ).json();
    expect(payment).toMatchObject({ status: 'failed', failure_code: 'provider_error' });
  });
});
