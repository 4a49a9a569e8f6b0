/**
 * Every public test card through Finlet end to end (widget confirm → processor over HTTP → signed
 * callback → events and the session's flow state): successes, declines, frictionless and
 * challenged 3-D Secure (passed, failed, canceled), and card-field errors (the processor's
 * tokenizer refuses those in the browser, before Finlet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTestCards } from '../../../sandbox/src/processor/cards.ts';
import { eventually, type PaymentWorld, paymentEventTypes, startPaymentWorld } from './world.ts';

let w: PaymentWorld;
beforeAll(async () => {
  w = await startPaymentWorld();
});
afterAll(() => w.close());

const cards = [...loadTestCards().values()];

const eventTypes = (paymentId: string) => paymentEventTypes(w.ctx, paymentId);

describe('card collection', () => {
  it("tells the frame to post the card to the processor's own tokenizer with the publishable key", async () => {
    const s = await w.session();
    const state = await (await w.widget(s.token, 'GET', '/payment')).json();
    expect(state.card_collection).toEqual({
      kind: 'sandbox_tokenizer',
      url: `${w.processorUrl}/v1/tokens`,
      publishable_key: 'ppk_test_sandbox',
    });
  });
});

describe('test cards', () => {
  it.each(cards.filter((c) => c.behaviour.kind !== 'challenge').map((c) => [c.number, c.behaviour] as const))(
    'card %s ends as the card says',
    async (number, behaviour) => {
      const s = await w.session();
      const res = await w.confirm(s.token, { number });
      expect(res.status).toBe(200);
      const pay = await res.json();
      expect(pay.card.last4).toBe(number.slice(-4));
      if (behaviour.kind === 'succeed') {
        expect(pay.status).toBe('succeeded');
        expect(pay.failure_code).toBeNull();
      } else if (behaviour.kind === 'decline') {
        expect(pay.status).toBe('failed');
        expect(pay.failure_code).toBe(behaviour.code);
      }
      const session = await (await w.ctx.api('GET', `/v1/sessions/${s.id}`)).json();
      expect(session.flow_states.payment.status).toBe(pay.status);
      expect(session.flow_states.payment.result.payment_id).toBe(pay.id);
      const types = await eventually(
        () => eventTypes(pay.id),
        (t) => t.length >= 2,
      );
      expect(types.sort()).toEqual(['payment.processing', `payment.${pay.status}`].sort());
    },
  );

  it.each(cards.filter((c) => c.behaviour.kind === 'challenge').map((c) => [c.number, c.behaviour] as const))(
    'card %s asks for 3-D Secure; the right code gives the card outcome',
    async (number, behaviour) => {
      if (behaviour.kind !== 'challenge') throw new Error('filtered');
      const s = await w.session();
      const pay = await (await w.confirm(s.token, { number })).json();
      expect(pay.status).toBe('requires_action');
      expect(pay.next_action.url.startsWith(w.processorUrl)).toBe(true);
      const location = await w.challenge(pay.next_action.url, { code: '123456' });
      expect(location.startsWith(`${w.finletUrl}/payments/3ds-return?session=${s.id}&payment=`)).toBe(true);
      const after = await (await w.widget(s.token, 'GET', `/payments/${pay.id}`)).json();
      const expected = behaviour.after.kind === 'succeed' ? 'succeeded' : 'failed';
      expect(after.status).toBe(expected);
      if (behaviour.after.kind === 'decline') expect(after.failure_code).toBe(behaviour.after.code);
      const types = await eventually(
        () => eventTypes(pay.id),
        (t) => t.length >= 3,
      );
      expect(types.sort()).toEqual(
        ['payment.processing', 'payment.requires_action', `payment.${expected}`].sort(),
      );
    },
  );

  it.each([
    [{ code: '000000' }, 'authentication_failed'],
    ['cancel', 'authentication_canceled'],
  ] as const)(
    'a 3-D Secure answer %j fails the payment with %s, and another card then succeeds',
    async (answer, code) => {
      const s = await w.session();
      const pay = await (await w.confirm(s.token, { number: '4000002760003184' })).json();
      await w.challenge(pay.next_action.url, answer);
      const after = await (await w.widget(s.token, 'GET', `/payments/${pay.id}`)).json();
      expect(after).toMatchObject({ status: 'failed', failure_code: code, next_action: null });
      const second = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
      expect(second.status).toBe('succeeded');
      const state = await (await w.widget(s.token, 'GET', '/payment')).json();
      expect(state.payment.id).toBe(second.id);
    },
  );

  it('the callback alone settles a 3-D Secure payment (no read from the frame)', async () => {
    const s = await w.session();
    const pay = await (await w.confirm(s.token, { number: '4000002760003184' })).json();
    await w.challenge(pay.next_action.url, { code: '123456' });
    const settled = await eventually(
      async () => (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json(),
      (p) => p.status === 'succeeded',
    );
    expect(settled.status).toBe('succeeded');
  });

  it.each([
    [{ number: '4242424242424241' }, 'invalid_number', 'number'],
    [{ number: '4242424242424242', cvc: '12345' }, 'invalid_cvc', 'cvc'],
    [{ number: '378282246310005', cvc: '123' }, 'invalid_cvc', 'cvc'],
  ])(
    'a bad card field %j is refused by the processor’s tokenizer (%s, param %s): Finlet never hears of it and nothing is charged',
    async (card, code, param) => {
      const s = await w.session();
      const before = w.processor.state.payments.size;
      const res = await w.confirm(s.token, card);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({ code, param });
      expect(w.processor.state.payments.size).toBe(before);
      expect((await (await w.widget(s.token, 'GET', '/payment')).json()).payment).toBeNull();
    },
  );

  it('the amount comes from the session, whatever the browser sends', async () => {
    const s = await w.session({ payment: { amount: 5000, currency: 'JPY', description: 'Tea' } });
    const res = await w.widget(
      s.token,
      'POST',
      '/payments',
      { payment_method: { type: 'token', token: 'tok_000000000000000000000000' }, amount: 1 },
      'att_amount_1',
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('unknown_parameter');
    const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(pay).toMatchObject({ amount: 5000, currency: 'JPY', status: 'succeeded' });
    const charged = [...w.processor.state.payments.values()].find((r) => r.payment.reference === pay.id);
    expect(charged?.payment.amount).toBe(5000);
  });
});

describe('abandoning a challenge', () => {
  it('closing the 3-D Secure modal cancels it at the processor; the challenge can no longer pass', async () => {
    const s = await w.session();
    const pay = await (await w.confirm(s.token, { number: '4000002760003184' })).json();
    const res = await w.widget(s.token, 'POST', `/payments/${pay.id}/cancel`);
    expect(await res.json()).toMatchObject({ status: 'failed', failure_code: 'authentication_canceled' });
    await w.challenge(pay.next_action.url, { code: '123456' });
    const after = await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json();
    expect(after.status).toBe('failed');
    const next = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(next.status).toBe('succeeded');
  });
});
