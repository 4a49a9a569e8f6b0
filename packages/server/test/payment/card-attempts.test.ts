/**
 * The card-testing guard over the real processor: failed card payments are limited per session and
 * per customer reference within a window (429 `too_many_card_attempts`, before the processor is
 * asked to charge), a success does not count, another customer is not affected, and the window ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentWorld, startPaymentWorld } from './world.ts';

const DECLINED = '4000000000000002';
const GOOD = '4242424242424242';

let w: PaymentWorld;
beforeAll(async () => {
  w = await startPaymentWorld({
    FINLET_CARD_FAILURES_PER_SESSION: '3',
    FINLET_CARD_FAILURES_PER_CUSTOMER: '5',
    FINLET_CARD_FAILURES_WINDOW_SECONDS: '3600',
  });
});
afterAll(() => w.close());

const sessionOf = (reference: string) => w.session({ customer: { reference } });

async function pay(token: string, number: string) {
  const res = await w.confirm(token, { number });
  return { status: res.status, body: await res.json() };
}

describe('card-testing guard', () => {
  it('refuses the attempt after the session’s limit of failed card payments, without charging', async () => {
    const s = await sessionOf('cus_guard_session');
    for (let i = 0; i < 3; i++) expect((await pay(s.token, DECLINED)).body.status).toBe('failed');
    const charges = w.processor.state.payments.size;
    const refused = await pay(s.token, GOOD);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_card_attempts');
    expect(w.processor.state.payments.size).toBe(charges);
  });

  it('counts failures across the sessions of one customer reference; a success does not count', async () => {
    const customer = 'cus_guard_customer';
    for (let i = 0; i < 2; i++) {
      const s = await sessionOf(customer);
      for (let j = 0; j < 2; j++) expect((await pay(s.token, DECLINED)).body.status).toBe('failed');
    }
    // Four failures, then a success: were successes counted, the next attempt would be the sixth.
    expect((await pay((await sessionOf(customer)).token, GOOD)).body.status).toBe('succeeded');
    expect((await pay((await sessionOf(customer)).token, DECLINED)).body.status).toBe('failed');
    // Five failures now: a fresh session of the same customer is refused before the processor.
    const charges = w.processor.state.payments.size;
    const refused = await pay((await sessionOf(customer)).token, GOOD);
    expect([refused.status, refused.body.error?.code]).toEqual([429, 'too_many_card_attempts']);
    expect(w.processor.state.payments.size).toBe(charges);
    // Another customer of the same partner pays as usual.
    expect((await pay((await sessionOf('cus_guard_other')).token, GOOD)).body.status).toBe('succeeded');
    // Once the window has passed, the customer may try again.
    w.advance(3601_000);
    expect((await pay((await sessionOf(customer)).token, GOOD)).body.status).toBe('succeeded');
  });
});
