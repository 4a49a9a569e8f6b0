/**
 * Card payments whose charge outcome Finlet does not know (issue 11, item 2), in process against
 * the real Sandbox Processor over HTTP: the charge's answer and its callback are both lost, the
 * charge never reached the processor, the processor is down while Finlet asks. The payment stays
 * `processing` and blocks a second one until the processor says what happened — asked by
 * housekeeping (`reconcileCardPayments`) or by the widget's read, by Finlet's idempotency key —
 * and only a charge the processor never received is ever declared failed. Every status read and
 * callback after that is a no-op.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signProcessorPayload } from '../../../sandbox/src/processor/signature.ts';
import { payments } from '../../src/db/schema.ts';
import { reconcileCardPayments } from '../../src/payments/card-reconcile.ts';
import { CALLBACK_SECRET, type PaymentWorld, paymentEventTypes, startPaymentWorld } from './world.ts';

let w: PaymentWorld;
beforeAll(async () => {
  w = await startPaymentWorld();
});
afterAll(() => w.close());

const chargesOf = (paymentId: string) =>
  [...w.processor.state.payments.values()].filter((r) => r.payment.reference === paymentId);

const partnerView = async (id: string) => (await w.ctx.api('GET', `/v1/payments/${id}`)).json();

/** A confirm whose charge the processor records while its answer and callback never arrive. */
async function lostCharge(number = '4242424242424242') {
  const s = await w.session();
  w.dropCallbacks = true;
  w.processor.faults.next(3, 'hang_after', { method: 'POST', path: '/v1/payments' });
  const pay = await (await w.confirm(s.token, { number })).json();
  await w.processor.callbacksIdle();
  w.dropCallbacks = false;
  return { s, pay };
}

/** Runs housekeeping's card check once, after moving the clock past the payment's next check. */
async function housekeeping(ms = 10_000) {
  w.advance(ms);
  return reconcileCardPayments(w.ctx.deps);
}

describe('a charge whose answer and callback were lost', () => {
  it('stays processing and blocks a second payment, then housekeeping asks the processor: succeeded, once', async () => {
    const { s, pay } = await lostCharge();
    expect(pay.status).toBe('processing');
    expect(chargesOf(pay.id)).toHaveLength(1);
    expect(chargesOf(pay.id)[0]!.payment.status).toBe('succeeded');
    const again = await w.confirm(s.token, { number: '4242424242424242' });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('payment_in_progress');

    expect(await housekeeping()).toBeGreaterThanOrEqual(1);
    expect(await partnerView(pay.id)).toMatchObject({ status: 'succeeded', failure_code: null });
    const session = await (await w.ctx.api('GET', `/v1/sessions/${s.id}`)).json();
    expect(session.flow_states.payment).toMatchObject({
      status: 'succeeded',
      result: { payment_id: pay.id },
    });
    expect(await paymentEventTypes(w.ctx, pay.id)).toEqual(['payment.processing', 'payment.succeeded']);

    // Later checks, reads and the processor's callback (twice) change nothing and send nothing.
    await housekeeping(3_600_000);
    await w.widget(s.token, 'GET', `/payments/${pay.id}`);
    const charge = chargesOf(pay.id)[0]!.payment;
    const body = JSON.stringify({
      id: `evt_${randomUUID()}`,
      type: 'payment.succeeded',
      created: Math.floor(Date.now() / 1000),
      data: { object: charge },
    });
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${w.finletUrl}/callbacks/processor`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'processor-signature': signProcessorPayload(CALLBACK_SECRET, body),
        },
        body,
      });
      expect(res.status).toBe(200);
    }
    expect(await paymentEventTypes(w.ctx, pay.id)).toEqual(['payment.processing', 'payment.succeeded']);
    const [row] = await w.ctx.deps.database.db.select().from(payments).where(eq(payments.id, pay.id));
    expect(row).toMatchObject({ processorPaymentId: charge.id, nextCheckAt: null });
    expect(chargesOf(pay.id)).toHaveLength(1);
  });

  it("the widget's read asks the processor by Finlet's key and shows the outcome", async () => {
    const { s, pay } = await lostCharge('4000000000000002');
    expect(pay.status).toBe('processing');
    const read = await (await w.widget(s.token, 'GET', `/payments/${pay.id}`)).json();
    expect(read).toMatchObject({ id: pay.id, status: 'failed', failure_code: 'card_declined' });
    expect(await paymentEventTypes(w.ctx, pay.id)).toEqual(['payment.processing', 'payment.failed']);
    const next = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(next.status).toBe('succeeded');
  });

  it('a frictionless 3-D Secure charge lost the same way is reconciled succeeded', async () => {
    const { pay } = await lostCharge('4000000000003055');
    expect(pay.status).toBe('processing');
    await housekeeping();
    expect(await partnerView(pay.id)).toMatchObject({ status: 'succeeded' });
  });

  it('a processor that refuses to answer when asked only delays the check (backoff), then it is reconciled', async () => {
    const { pay } = await lostCharge();
    // 429 on every try (not 5xx: the connector's circuit breaker would then refuse the next calls).
    w.processor.faults.next(3, 'rate_limit=0', { method: 'GET', path: '/v1/payments' });
    expect(await housekeeping()).toBe(0);
    const [row] = await w.ctx.deps.database.db.select().from(payments).where(eq(payments.id, pay.id));
    expect(row!.status).toBe('processing');
    expect(row!.checkAttempts).toBe(1);
    expect(row!.nextCheckAt!.getTime()).toBeGreaterThan(w.ctx.deps.clock.now().getTime());
    await housekeeping(60_000);
    expect(await partnerView(pay.id)).toMatchObject({ status: 'succeeded' });
  });
});

describe('a charge whose first try was made and whose retries were refused', () => {
  it('is not failed (503 on a retry does not undo the charge): it stays processing and is reconciled', async () => {
    const s = await w.session();
    w.dropCallbacks = true;
    w.processor.faults.next(1, 'hang_after', { method: 'POST', path: '/v1/payments' });
    w.processor.faults.next(2, 'status=503', { method: 'POST', path: '/v1/payments' });
    const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    await w.processor.callbacksIdle();
    w.dropCallbacks = false;
    expect(chargesOf(pay.id)).toHaveLength(1);
    expect(pay).toMatchObject({ status: 'processing', failure_code: null });
    await housekeeping();
    expect(await partnerView(pay.id)).toMatchObject({ status: 'succeeded' });
    expect(await paymentEventTypes(w.ctx, pay.id)).toEqual(['payment.processing', 'payment.succeeded']);
  });
});

describe('a charge that never reached the processor', () => {
  it('stays processing while it could still arrive, then fails processing_error; the next attempt pays', async () => {
    const s = await w.session();
    w.processor.faults.next(3, 'status=500', { method: 'POST', path: '/v1/payments' });
    const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(pay.status).toBe('processing');
    expect(chargesOf(pay.id)).toHaveLength(0);
    // The processor knows no charge for it yet, but the request might still land: not failed yet.
    await housekeeping(5_000);
    expect(await partnerView(pay.id)).toMatchObject({ status: 'processing' });
    expect((await w.confirm(s.token, { number: '4242424242424242' })).status).toBe(409);
    // Past the deadline no attempt of that charge can still reach the processor.
    await housekeeping(w.ctx.deps.providers.sandbox.processor.chargeWindowMs * 2);
    expect(await partnerView(pay.id)).toMatchObject({ status: 'failed', failure_code: 'processing_error' });
    expect(await paymentEventTypes(w.ctx, pay.id)).toEqual(['payment.processing', 'payment.failed']);
    const next = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(next.status).toBe('succeeded');
    expect(chargesOf(pay.id)).toHaveLength(0);
  });
});
