/**
 * Refunds over real HTTP: partial and full, never more than captured (also under concurrency),
 * only for succeeded payments, idempotent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProcessorUnderTest, startProcessor } from './support/processor.ts';

let p: ProcessorUnderTest;
beforeAll(async () => {
  p = await startProcessor();
});
afterAll(() => p.close());

const refund = (payment: unknown, amount?: number, key: string = crypto.randomUUID()) =>
  p.api(
    'POST',
    '/v1/refunds',
    { payment, ...(amount === undefined ? {} : { amount }) },
    { 'idempotency-key': key },
  );

describe('POST /v1/refunds', () => {
  it('refunds partially, then the rest, then refuses more', async () => {
    const payment = (await p.charge('4242424242424242', { amount: 1000 })).body;
    const first = await refund(payment.id, 300);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      object: 'refund',
      payment: payment.id,
      amount: 300,
      status: 'succeeded',
    });
    expect(String(first.body.id)).toMatch(/^re_/);
    const rest = await refund(payment.id);
    expect(rest.body).toMatchObject({ amount: 700 });
    const more = await refund(payment.id, 1);
    expect(more.status).toBe(400);
    expect(more.body).toMatchObject({ error: { code: 'amount_too_large', param: 'amount' } });
    const after = await p.api('GET', `/v1/payments/${payment.id}`);
    expect(after.body).toMatchObject({ amount_captured: 1000, amount_refunded: 1000 });
    const fetched = await p.api('GET', `/v1/refunds/${first.body.id}`);
    expect(fetched.body).toEqual(first.body);
  });

  it('rejects a refund larger than captured', async () => {
    const payment = (await p.charge('4242424242424242', { amount: 500 })).body;
    const res = await refund(payment.id, 501);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'amount_too_large' } });
  });

  it('never refunds more than captured under 20 concurrent refunds', async () => {
    const payment = (await p.charge('4242424242424242', { amount: 1000 })).body;
    const answers = await Promise.all(Array.from({ length: 20 }, () => refund(payment.id, 150)));
    const ok = answers.filter((a) => a.status === 201);
    expect(ok).toHaveLength(6);
    expect(answers.filter((a) => a.status === 400)).toHaveLength(14);
    const after = await p.api('GET', `/v1/payments/${payment.id}`);
    expect(after.body.amount_refunded).toBe(900);
  });

  it('replays a refund for the same Idempotency-Key instead of refunding twice', async () => {
    const payment = (await p.charge('4242424242424242', { amount: 1000 })).body;
    const a = await refund(payment.id, 400, 'refund-key');
    const b = await refund(payment.id, 400, 'refund-key');
    expect(b.body).toEqual(a.body);
    expect((await p.api('GET', `/v1/payments/${payment.id}`)).body.amount_refunded).toBe(400);
  });

  it('refuses to refund a failed payment or an unknown one', async () => {
    const failed = (await p.charge('4000000000000002')).body;
    expect((await refund(failed.id, 100)).body).toMatchObject({ error: { code: 'payment_not_refundable' } });
    const unknown = await refund('pi_doesnotexist', 100);
    expect(unknown.status).toBe(404);
  });

  it('requires an Idempotency-Key', async () => {
    const payment = (await p.charge('4242424242424242')).body;
    const res = await p.api('POST', '/v1/refunds', { payment: payment.id, amount: 1 });
    expect(res.body).toMatchObject({ error: { code: 'missing_idempotency_key' } });
  });
});
