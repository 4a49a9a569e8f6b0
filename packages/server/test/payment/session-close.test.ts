/**
 * Closing a session while a card payment waits for 3-D Secure (issue 5): the partner's cancel and
 * the expiry sweep cancel the payment (with `payment.canceled`) in the session's transaction and
 * cancel it at the processor, so a challenge passed afterwards captures nothing (checked on the
 * processor over HTTP). With the processor down the payment is still canceled and the processor
 * cancel is retried by the housekeeping sweep; a challenge passed before the retry lands is
 * recorded honestly as `succeeded`. Real Finlet and Sandbox Processor over HTTP, both databases.
 */
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, systemClock } from '../../src/clock.ts';
import { payments } from '../../src/db/schema.ts';
import { retryProcessorCancels } from '../../src/payments/session-close.ts';
import { sweepExpiredSessions } from '../../src/sessions/lifecycle.ts';
import { eventually, type PaymentWorld, startPaymentWorld } from './world.ts';

const CHALLENGE_CARD = '4000002760003184';
let w: PaymentWorld;
beforeAll(async () => {
  w = await startPaymentWorld();
});
afterAll(() => w.close());
afterEach(() => {
  w.ctx.deps.clock = systemClock;
});

async function waitingForChallenge() {
  const s = await w.session();
  const pay = await (await w.confirm(s.token, { number: CHALLENGE_CARD })).json();
  expect(pay.status).toBe('requires_action');
  return { s, pay: pay as { id: string; next_action: { url: string } } };
}

/** The processor's own view of the payment, over its HTTP API. */
async function atProcessor(paymentId: string) {
  const [row] = await w.ctx.deps.database.db.select().from(payments).where(eq(payments.id, paymentId));
  const res = await fetch(`${w.processorUrl}/v1/payments/${row!.processorPaymentId}`, {
    headers: { authorization: 'Bearer psk_test_payments_world' },
  });
  return (await res.json()) as { status: string; amount_captured: number };
}

async function eventsOf(id: string) {
  const { data } = await (await w.ctx.api('GET', '/v1/events?limit=100')).json();
  return (data as { type: string; data: { object: { id: string } & Record<string, unknown> } }[])
    .filter((e) => e.data.object.id === id)
    .reverse();
}

async function row(id: string) {
  return (await w.ctx.deps.database.db.select().from(payments).where(eq(payments.id, id)))[0]!;
}

/** The next `count` cancel calls at the processor answer 503 (the connector tries 3 times). */
const processorCancelDown = (count = 3) =>
  w.processor.faults.next(count, 'status=503', { method: 'POST', path: '/v1/payments/pi_' });

describe('session cancel with a payment waiting for 3-D Secure', () => {
  it('cancels the payment with its event, at the processor too; a later challenge captures nothing', async () => {
    const { s, pay } = await waitingForChallenge();
    const res = await w.ctx.api('POST', `/v1/sessions/${s.id}/cancel`);
    expect(res.status).toBe(200);
    const session = await res.json();
    expect(session.status).toBe('canceled');
    expect(session.flow_states.payment).toMatchObject({ status: 'canceled', result: { payment_id: pay.id } });

    const payment = await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json();
    expect(payment).toMatchObject({
      status: 'canceled',
      failure_code: 'session_canceled',
      next_action: null,
    });
    const events = await eventsOf(pay.id);
    expect(events.map((e) => e.type)).toContain('payment.canceled');
    expect(events.find((e) => e.type === 'payment.canceled')!.data.object.status).toBe('canceled');
    expect(await atProcessor(pay.id)).toMatchObject({ status: 'canceled' });
    expect((await row(pay.id)).nextCheckAt).toBeNull();

    const location = await w.challenge(pay.next_action.url, { code: '123456' });
    expect(location).toBe(''); // no redirect: the page says the payment was canceled
    const page = await fetch(pay.next_action.url);
    expect(await page.text()).toContain('canceled by the merchant');
    expect(await atProcessor(pay.id)).toMatchObject({ status: 'canceled', amount_captured: 0 });
    await w.processor.callbacksIdle();
    expect((await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json()).status).toBe('canceled');
  });

  it('the expiry sweep does the same (session_expired)', async () => {
    const { s, pay } = await waitingForChallenge();
    w.ctx.deps.clock = new ManualClock(new Date(Date.now() + 31 * 60_000));
    expect(await sweepExpiredSessions(w.ctx.deps)).toBeGreaterThanOrEqual(1);
    const session = await (await w.ctx.api('GET', `/v1/sessions/${s.id}`)).json();
    expect(session.status).toBe('expired');
    const payment = await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json();
    expect(payment).toMatchObject({ status: 'canceled', failure_code: 'session_expired' });
    expect((await eventsOf(pay.id)).map((e) => e.type)).toContain('payment.canceled');
    expect(await atProcessor(pay.id)).toMatchObject({ status: 'canceled' });
    await w.challenge(pay.next_action.url, { code: '123456' });
    expect(await atProcessor(pay.id)).toMatchObject({ status: 'canceled', amount_captured: 0 });
  });

  it('with the processor down the payment is still canceled; the sweep retries the processor cancel', async () => {
    const { s, pay } = await waitingForChallenge();
    processorCancelDown();
    const res = await w.ctx.api('POST', `/v1/sessions/${s.id}/cancel`);
    expect(res.status).toBe(200);
    expect((await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json()).status).toBe('canceled');
    expect(await atProcessor(pay.id)).toMatchObject({ status: 'requires_action' });
    const owed = await row(pay.id);
    expect(owed).toMatchObject({ status: 'canceled', checkAttempts: 1 });
    expect(owed.nextCheckAt!.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: nothing is called.
    expect(await retryProcessorCancels(w.ctx.deps)).toBe(0);
    expect(await atProcessor(pay.id)).toMatchObject({ status: 'requires_action' });
    // Due, and the processor is back: the retry lands and nothing more is owed.
    w.ctx.deps.clock = new ManualClock(new Date(owed.nextCheckAt!.getTime() + 1));
    expect(await retryProcessorCancels(w.ctx.deps)).toBe(1);
    expect(await atProcessor(pay.id)).toMatchObject({ status: 'canceled' });
    expect((await row(pay.id)).nextCheckAt).toBeNull();
    await w.challenge(pay.next_action.url, { code: '123456' });
    expect(await atProcessor(pay.id)).toMatchObject({ status: 'canceled', amount_captured: 0 });
    expect((await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json()).status).toBe('canceled');
  });

  it('captured before the retried cancel landed: recorded succeeded with payment.succeeded', async () => {
    const { s, pay } = await waitingForChallenge();
    processorCancelDown();
    await w.ctx.api('POST', `/v1/sessions/${s.id}/cancel`);
    await w.challenge(pay.next_action.url, { code: '123456' });
    expect(await atProcessor(pay.id)).toMatchObject({ status: 'succeeded' });
    // The processor's signed callback tells Finlet at once; the sweep would find it too.
    const after = await eventually(
      async () => (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json(),
      (p) => p.status === 'succeeded',
    );
    expect(after).toMatchObject({ status: 'succeeded', failure_code: null });
    expect((await row(pay.id)).nextCheckAt).toBeNull();
    const types = (await eventsOf(pay.id)).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['payment.canceled', 'payment.succeeded']);
    // The partner can refund it (the session is closed, the money is not).
    const refund = await w.ctx.api('POST', `/v1/payments/${pay.id}/refunds`, { body: {} });
    expect(refund.status).toBe(201);
    expect((await refund.json()).status).toBe('succeeded');
  });

  it('a payment already failed at the processor stays canceled and owes nothing', async () => {
    const { s, pay } = await waitingForChallenge();
    processorCancelDown();
    await w.ctx.api('POST', `/v1/sessions/${s.id}/cancel`);
    await w.challenge(pay.next_action.url, { code: '000000' });
    w.ctx.deps.clock = new ManualClock(new Date(Date.now() + 60_000));
    await retryProcessorCancels(w.ctx.deps);
    expect((await row(pay.id)).nextCheckAt).toBeNull();
    expect((await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json()).status).toBe('canceled');
  });
});
