/**
 * `<finlet-payment-bank>`: a bank that cannot take the payment sends the customer back with a
 * message, and the end of a bank payment is reported once however the bank's window ends.
 */
import type { PaymentInstitution, WidgetPayment } from '@finlet/shared';
import { describe, expect, it, vi } from 'vitest';
import { collect, deep, fakeApi, mount, settle, useLocale } from '../../../../test/support/component.ts';
import { WidgetApiError } from '../../api/widget-api.ts';
import type { FinletPaymentBank } from './payment-bank.ts';
import './payment-bank.ts';

const bank: PaymentInstitution = {
  id: 'bank_eu',
  name: 'Sandbox Bank EU',
  country: 'NL',
  logo_url: 'data:,',
  health: 'healthy',
  linked: false,
};

const payment = (status: WidgetPayment['status'], failure_code: string | null = null) =>
  ({
    id: 'pay_1',
    status,
    amount: 2400,
    currency: 'EUR',
    card: null,
    failure_code,
    next_action: null,
  }) as WidgetPayment;

describe('<finlet-payment-bank>', () => {
  it('explains an unavailable bank in Dutch, with the code for the host only', async () => {
    await useLocale('nl', 'payment');
    const failed = collect<CustomEvent<{ message: string; code: string }>>(document, 'finlet-bank-failed');
    const api = fakeApi({ 'GET /payment/institutions': new WidgetApiError('provider_unavailable', 503) });
    const el = await mount('finlet-payment-bank', { api, amountLabel: '€ 24,00' });
    await settle(el);
    expect(failed[0]?.detail.code).toBe('provider_unavailable');
    expect(failed[0]?.detail.message).toBe(
      'Een dienst die we nodig hebben reageert nu niet. Probeer het over een paar minuten opnieuw.',
    );
  });
  it('reports a denied payment once when the window closes and the callback message arrives late', async () => {
    // The bank's window posts its result and closes; the step can notice the closed window first
    // and the message after. Both start following the payment: only one may report its end, or the
    // host hears the failure twice.
    await useLocale('en', 'payment');
    const failed = collect<CustomEvent<{ code: string }>>(document, 'finlet-bank-failed');
    const popup = { closed: false, close() {}, location: { href: '' } };
    const realOpen = window.open;
    window.open = (() => popup) as unknown as typeof window.open;
    const fake = fakeApi({
      'GET /payment/institutions': { data: [bank] },
      'POST /payments/bank': {
        payment: payment('requires_action'),
        attempt: 'att_1',
        authorization_url: '/bank',
      },
      'GET /payments/pay_1': payment('failed', 'authorization_denied'),
    });
    // The bank's answer takes a moment, as over the network.
    const api = {
      ...fake,
      request: async (...a: Parameters<typeof fake.request>) => {
        await new Promise((r) => setTimeout(r, 150));
        return fake.request(...a);
      },
    } as typeof fake;
    try {
      const el = await mount<FinletPaymentBank>('finlet-payment-bank', { api, amountLabel: '€24.00' });
      await new Promise((r) => setTimeout(r, 300));
      await settle(el);
      deep(el, 'button[data-institution="bank_eu"]').click();
      await vi.waitFor(() => expect(el.view).toBe('authorising'));
      popup.closed = true;
      await vi.waitFor(() => expect(el.view).toBe('processing'), { timeout: 2000 });
      postMessage({ type: 'finlet:oauth', attempt: 'att_1' }, location.origin);
      await new Promise((r) => setTimeout(r, 800));
      expect(failed.map((e) => e.detail.code)).toEqual(['authorization_denied']);
    } finally {
      window.open = realOpen;
    }
  });
});
