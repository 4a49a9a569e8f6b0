/**
 * `<finlet-payment>`: a declined card says what to do next (the code goes to the host in an
 * ERROR event, never onto the screen); pay by bank is a secondary button; success has its check mark.
 */
import { describe, expect, it } from 'vitest';
import {
  collect,
  deep,
  fakeApi,
  mount,
  session,
  settle,
  textOf,
  useLocale,
} from '../../../../test/support/component.ts';
import type { StepEvent } from '../../step-events.ts';
import './payment.ts';

const order = {
  amount: 2400,
  currency: 'EUR',
  description: 'Field Notebook',
  methods: ['card', 'bank'],
  payment: null,
};
const card = { number: '4000000000000002', exp_month: 12, exp_year: 2099, cvc: '123', name: 'Ada' };

async function pay(el: Element) {
  const form = deep(el, 'finlet-payment-card');
  form.dispatchEvent(
    Object.assign(new Event('finlet-card-submit', { bubbles: true, composed: true }), { card }),
  );
  await settle(el, 10);
}

describe('<finlet-payment>', () => {
  it('explains a declined card in the customer’s words and tells the host the code', async () => {
    await useLocale('en', 'payment');
    const api = fakeApi({
      'GET /payment': order,
      'POST /payments': { id: 'pay_1', status: 'failed', failure_code: 'card_declined', next_action: null },
    });
    const el = await mount('finlet-payment', { api, session: session(), locale: 'en' });
    await settle(el);
    const events = collect<StepEvent>(el, 'finlet-step-event');
    await pay(el);
    const banner = textOf(deep(el, '.banner'));
    expect(banner).toBe('Your card was declined. Try another card or payment method.');
    expect(banner).not.toContain('card_declined');
    expect(events.map((e) => [e.name, e.metadata.code])).toContainEqual(['ERROR', 'card_declined']);
    expect(api.calls.find((c) => c.path === '/payments')?.headers['idempotency-key']).toMatch(/^att_/);
  });

  it('offers pay by bank as a secondary button, not a second primary one', async () => {
    await useLocale('en', 'payment');
    const el = await mount('finlet-payment', {
      api: fakeApi({ 'GET /payment': order }),
      session: session(),
      locale: 'en',
    });
    await settle(el);
    const bank = deep(el, '.other-method button');
    const pay = deep(el, 'button.pay');
    expect(bank.className).toContain('secondary');
    expect(getComputedStyle(bank).backgroundColor).not.toBe(getComputedStyle(pay).backgroundColor);
  });

  it('shows a succeeded payment with a check mark and its reference', async () => {
    await useLocale('ja', 'payment');
    const api = fakeApi({
      'GET /payment': {
        ...order,
        payment: { id: 'pay_ok', status: 'succeeded', failure_code: null, next_action: null },
      },
    });
    const el = await mount('finlet-payment', { api, session: session(), locale: 'ja' });
    await settle(el);
    expect(deep(el, 'h2').textContent).toBe('お支払いが完了しました');
    expect(getComputedStyle(deep(el, '.mark.success'), '::after').content).not.toBe('none');
    expect(deep(el, '.reference').textContent).toBe('pay_ok');
  });
});
