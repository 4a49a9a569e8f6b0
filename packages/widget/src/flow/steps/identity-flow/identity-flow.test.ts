/** `<finlet-identity>`: resumes where the customer left off, and starts the forms in their country. */
import { describe, expect, it } from 'vitest';
import { deep, fakeApi, mount, session, settle, useLocale } from '../../../../test/support/component.ts';
import './identity-flow.ts';

const status = (over: Record<string, unknown>) => ({
  id: null,
  status: null,
  details_submitted: false,
  document: null,
  images: [],
  ...over,
});

describe('<finlet-identity>', () => {
  it("opens the details form in the session's customer country", async () => {
    await useLocale('en', 'identity');
    const api = fakeApi({ 'GET /identity': status({}) });
    const el = await mount('finlet-identity', {
      api,
      session: session({ customer_country: 'NL' }),
      locale: 'en',
    });
    await settle(el, 10);
    expect(deep<HTMLSelectElement>(el, '#address-country').value).toBe('NL');
  });

  it('takes the country from the locale when the session has none, and none from a bare language', async () => {
    await useLocale('en', 'identity');
    const api = fakeApi({ 'GET /identity': status({}) });
    const mx = await mount('finlet-identity', { api, session: session(), locale: 'es-MX' });
    await settle(mx, 10);
    expect(deep<HTMLSelectElement>(mx, '#address-country').value).toBe('MX');
  });

  it('resumes at the document once the details are in', async () => {
    await useLocale('en', 'identity');
    const api = fakeApi({ 'GET /identity': status({ details_submitted: true }) });
    const el = await mount('finlet-identity', { api, session: session(), locale: 'en' });
    await settle(el, 10);
    expect(deep(el, 'finlet-identity-document')).toBeTruthy();
  });
});
