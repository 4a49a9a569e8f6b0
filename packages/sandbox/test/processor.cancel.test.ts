/**
 * `POST /v1/payments/:id/cancel` over real HTTP: a merchant cancels a payment awaiting 3-D Secure,
 * repeating it is harmless, a challenge answered afterwards captures nothing and its page says the
 * payment was canceled, and a payment that already ended is not cancelable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProcessorUnderTest, startProcessor, submitChallenge } from './support/processor.ts';

let p: ProcessorUnderTest;
beforeAll(async () => {
  p = await startProcessor();
});
afterAll(() => p.close());

async function challenged() {
  const res = await p.charge('4000002760003184');
  const body = res.body as { id: string; status: string; next_action: { url: string } };
  expect(body.status).toBe('requires_action');
  return body;
}

describe('POST /v1/payments/:id/cancel', () => {
  it('cancels a payment awaiting its challenge, idempotently, and posts payment.canceled', async () => {
    const payment = await challenged();
    const first = await p.api('POST', `/v1/payments/${payment.id}/cancel`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: payment.id, status: 'canceled', next_action: null });
    const again = await p.api('POST', `/v1/payments/${payment.id}/cancel`, {}, { 'idempotency-key': 'k1' });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('canceled');
    await p.processor.callbacksIdle();
    const types = p.callbacks.received
      .map((r) => JSON.parse(r.body) as { type: string; data: { object: { id: string } } })
      .filter((e) => e.data.object.id === payment.id)
      .map((e) => e.type);
    expect(types).toEqual(['payment.requires_action', 'payment.canceled']);
  });

  it('a challenge passed after the cancel captures nothing; the page says it was canceled', async () => {
    const payment = await challenged();
    await p.api('POST', `/v1/payments/${payment.id}/cancel`);
    const res = await submitChallenge(payment.next_action.url, { action: 'complete', code: '123456' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('This payment was canceled by the merchant. Nothing was charged.');
    const page = await fetch(payment.next_action.url);
    expect(page.status).toBe(409);
    expect(await page.text()).toContain('canceled by the merchant');
    const after = await p.api('GET', `/v1/payments/${payment.id}`);
    expect(after.body).toMatchObject({ status: 'canceled', amount_captured: 0 });
  });

  it('refuses a payment that already ended (409 payment_not_cancelable) and leaves it as it was', async () => {
    const payment = await challenged();
    await submitChallenge(payment.next_action.url, { action: 'complete', code: '123456' });
    const res = await p.api('POST', `/v1/payments/${payment.id}/cancel`);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'payment_not_cancelable' } });
    expect((await p.api('GET', `/v1/payments/${payment.id}`)).body.status).toBe('succeeded');
  });

  it('answers 404 for an unknown payment and 400 for a body with fields', async () => {
    expect((await p.api('POST', '/v1/payments/pi_unknown/cancel')).status).toBe(404);
    const payment = await challenged();
    const res = await p.api('POST', `/v1/payments/${payment.id}/cancel`, { amount: 1 });
    expect(res.status).toBe(400);
    expect((await p.api('GET', `/v1/payments/${payment.id}`)).body.status).toBe('requires_action');
  });
});
