/**
 * `<finlet-payment>`: a declined card says what to do next (the code goes to the host in an
 * ERROR event, never onto the screen); pay by bank is a secondary button; success has its check mark.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  collect,
  deep,
  deepAll,
  fakeApi,
  mount,
  session,
  settle,
  textOf,
  useLocale,
} from '../../../../test/support/component.ts';
import { WidgetApiError } from '../../api/widget-api.ts';
import type { StepEvent } from '../../step-events.ts';
import './payment.ts';

const order = {
  amount: 2400,
  currency: 'EUR',
  description: 'Field Notebook',
  methods: ['card', 'bank'],
  card_collection: {
    kind: 'sandbox_tokenizer',
    url: 'https://processor.test/v1/tokens',
    publishable_key: 'ppk_test_widget',
  },
  payment: null,
};

/** The processor's tokenizer, as the browser reaches it: records what the frame sent it. */
function processorTokenizer(
  answer: { status: number; body: unknown } = { status: 201, body: { id: 'tok_widget1' } },
) {
  const sent: { url: string; headers: Headers; body: unknown }[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    sent.push({
      url: String(input),
      headers: new Headers(init?.headers),
      body: JSON.parse(String(init?.body)),
    });
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  return sent;
}

// The tokenizer is a lazy chunk the widget loads on the first payment; on a busy machine the dev
// server takes longer to serve it than the rounds `pay` waits, so it is loaded before.
beforeAll(async () => {
  await import('../payment-card/tokenizers/sandbox.ts');
});

afterEach(() => {
  vi.restoreAllMocks();
});
const card = { number: '4000000000000002', exp_month: 12, exp_year: 2099, cvc: '123', name: 'Ada' };

async function pay(el: Element) {
  const form = deep(el, 'finlet-payment-card');
  form.dispatchEvent(
    Object.assign(new Event('finlet-card-submit', { bubbles: true, composed: true }), { card }),
  );
  await settle(el, 10);
}

describe('<finlet-payment>', () => {
  it('posts the card to the processor’s tokenizer and sends Finlet only the token', async () => {
    await useLocale('en', 'payment');
    const tokenizer = processorTokenizer();
    const api = fakeApi({
      'GET /payment': order,
      'POST /payments': { id: 'pay_1', status: 'succeeded', failure_code: null, next_action: null },
    });
    const el = await mount('finlet-payment', { api, session: session(), locale: 'en' });
    await settle(el);
    await pay(el);
    expect(tokenizer).toHaveLength(1);
    expect(tokenizer[0]!.url).toBe('https://processor.test/v1/tokens');
    expect(tokenizer[0]!.headers.get('authorization')).toBe('Bearer ppk_test_widget');
    expect(tokenizer[0]!.body).toMatchObject({ number: card.number, cvc: card.cvc });
    const confirm = api.calls.find((c) => c.path === '/payments');
    expect(confirm?.body).toEqual({ payment_method: { type: 'token', token: 'tok_widget1' } });
    expect(JSON.stringify(api.calls)).not.toContain(card.number);
  });

  it('shows a card field the tokenizer refuses on the form, and sends Finlet nothing', async () => {
    await useLocale('en', 'payment');
    processorTokenizer({ status: 400, body: { error: { code: 'invalid_cvc', param: 'cvc' } } });
    const api = fakeApi({ 'GET /payment': order });
    const el = await mount('finlet-payment', { api, session: session(), locale: 'en' });
    await settle(el);
    await pay(el);
    expect(textOf(deep(el, '.banner'))).toBe(
      'Check the card number, expiry date and security code, then try again.',
    );
    expect(api.calls.map((c) => c.path)).toEqual(['/payment']);
  });

  it('says plainly when card payments are paused after too many failures', async () => {
    await useLocale('de', 'payment');
    processorTokenizer();
    const api = fakeApi({
      'GET /payment': order,
      'POST /payments': new WidgetApiError('too_many_card_attempts', 429),
    });
    const el = await mount('finlet-payment', { api, session: session(), locale: 'de' });
    await settle(el);
    await pay(el);
    expect(textOf(deep(el, '.banner'))).toContain('Zu viele Kartenzahlungen sind fehlgeschlagen');
  });

  it('explains a declined card in the customer’s words and tells the host the code', async () => {
    await useLocale('en', 'payment');
    processorTokenizer();
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

  it('opens on the bank list, with no card form, when the session takes no card', async () => {
    await useLocale('en', 'payment');
    const el = await mount('finlet-payment', {
      api: fakeApi({
        'GET /payment': { ...order, methods: ['bank'], card_collection: null },
        'GET /payment/institutions': { data: [] },
      }),
      session: session(),
      locale: 'en',
    });
    await settle(el);
    expect(deepAll(el, 'finlet-payment-bank')).toHaveLength(1);
    expect(deepAll(el, 'finlet-payment-card')).toHaveLength(0);
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
