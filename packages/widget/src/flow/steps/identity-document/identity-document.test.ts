/** `<finlet-identity-document>`: only the documents the issuing country issues; the choice is sent. */
import { describe, expect, it } from 'vitest';
import { deep, deepAll, fakeApi, mount, settle, useLocale } from '../../../../test/support/component.ts';
import './identity-document.ts';

describe('<finlet-identity-document>', () => {
  it('offers no national ID card for the US, and one for Spain; sends the choice', async () => {
    await useLocale('en', 'identity');
    const api = fakeApi({ 'POST /identity/document': {} });
    const el = await mount('finlet-identity-document', { api, locale: 'en', country: 'US' });
    expect(deepAll(el, 'input[type=radio]').map((r) => (r as HTMLInputElement).value)).toEqual([
      'passport',
      'driving_licence',
    ]);
    const country = deep<HTMLSelectElement>(el, '#country');
    country.value = 'ES';
    country.dispatchEvent(new Event('change'));
    await settle(el);
    const idCard = deep<HTMLInputElement>(el, 'input[value=id_card]');
    idCard.click();
    const expiry = deep<HTMLInputElement>(el, '#expiry');
    expiry.value = '2099-01-01';
    expiry.dispatchEvent(new Event('input'));
    await settle(el);
    deep(el, 'button[type=submit]').click();
    await settle(el);
    expect(api.calls[0]?.body).toEqual({ type: 'id_card', issuing_country: 'ES', expiry_date: '2099-01-01' });
    expect(deepAll(el, 'finlet-identity-capture')).toHaveLength(2);
  });

  it('asks for a country when none is known', async () => {
    await useLocale('en', 'identity');
    const el = await mount('finlet-identity-document', { api: fakeApi({}), locale: 'en', country: '' });
    deep(el, 'button[type=submit]').click();
    await settle(el);
    expect(deep(el, '#country').getAttribute('aria-invalid')).toBe('true');
  });
});
