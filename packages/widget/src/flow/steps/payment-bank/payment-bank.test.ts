/** `<finlet-payment-bank>`: a bank that cannot take the payment sends the customer back with a message. */
import { describe, expect, it } from 'vitest';
import { collect, fakeApi, mount, settle, useLocale } from '../../../../test/support/component.ts';
import { WidgetApiError } from '../../api/widget-api.ts';
import './payment-bank.ts';

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
});
