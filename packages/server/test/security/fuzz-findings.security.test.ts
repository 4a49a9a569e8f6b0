/**
 * What the OpenAPI fuzz (openapi-fuzz.security.test.ts) found, each kept as a plain case: answers
 * the document did not describe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentWorld, startPaymentWorld } from '../payment/world.ts';
import { sessionBody } from '../support/harness.ts';

let w: PaymentWorld;
beforeAll(async () => {
  w = await startPaymentWorld();
});
afterAll(() => w.close());

describe('found by the OpenAPI fuzz', () => {
  it('refuses a customer e-mail that the document’s format: email refuses (it was stored and served)', async () => {
    for (const email of ['a@b-.example', '+@a-.AA', 'a..b@example.com', 'ada@example']) {
      const res = await w.ctx.api('POST', '/v1/sessions', {
        body: sessionBody({ customer: { reference: 'cus_1', email } }),
      });
      const body = await res.json();
      expect([email, res.status, body.error?.param]).toEqual([email, 400, 'customer.email']);
    }
    const ok = await w.ctx.api('POST', '/v1/sessions', {
      body: sessionBody({ customer: { reference: 'cus_1', email: "o'neil+shop@mail.example.co.uk" } }),
    });
    expect(ok.status).toBe(201);
  });

  it('answers a widget attempt key reused with another card 409 payment_in_progress, not 502', async () => {
    const s = await w.session();
    // A 3-D Secure payment waits for the customer, so the next attempts are refused.
    expect((await w.confirm(s.token, { number: '4000002760003184' })).status).toBe(200);
    const key = 'attempt-reused-1';
    const first = await w.confirm(s.token, { number: '4242424242424242' }, key);
    expect((await first.json()).error.code).toBe('payment_in_progress');
    // The browser tokenises a card with the processor now, so Finlet sees only another token: an
    // attempt that made no payment is not a reuse, and the session's payment in flight refuses it.
    const other = await w.confirm(s.token, { number: '5555555555554444' }, key);
    const body = await other.json();
    expect([other.status, body.error?.code]).toEqual([409, 'payment_in_progress']);
  });
});
