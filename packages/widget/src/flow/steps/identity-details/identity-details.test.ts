/**
 * `<finlet-identity-details>`: every country to choose, named in the customer's language, none
 * chosen for them without a reason; the address fields follow the country; the phone goes out in
 * E.164; errors are shown at their fields and the first one takes focus.
 */
import { describe, expect, it } from 'vitest';
import {
  collect,
  deep,
  deepAll,
  fakeApi,
  mount,
  settle,
  textOf,
  useLocale,
} from '../../../../test/support/component.ts';
import './identity-details.ts';

async function type(el: Element, id: string, value: string) {
  const input = deep<HTMLInputElement | HTMLSelectElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  await settle(el);
}

describe('<finlet-identity-details>', () => {
  it('lists every ISO 3166 country by its French name and starts with none chosen', async () => {
    await useLocale('fr', 'identity');
    const el = await mount('finlet-identity-details', { api: fakeApi({}), locale: 'fr', country: '' });
    const residence = deep<HTMLSelectElement>(el, '#address-country');
    expect(residence.value).toBe('');
    const names = [...residence.options].map((o) => o.textContent);
    expect(residence.options.length).toBe(250); // the placeholder and 249 countries
    expect(names).toContain('Allemagne');
    expect(names).toContain('Maroc');
    // Sorted the French way: Afrique du Sud before Albanie.
    expect(names.indexOf('Afrique du Sud')).toBeLessThan(names.indexOf('Albanie'));
  });

  it("follows the chosen country's address: state, ZIP and SSN for the US; a postcode only for Germany", async () => {
    await useLocale('en', 'identity');
    const el = await mount('finlet-identity-details', { api: fakeApi({}), locale: 'en', country: 'US' });
    expect(deep<HTMLSelectElement>(el, '#nationality').value).toBe('US');
    expect(textOf(el)).toContain('State');
    expect(textOf(el)).toContain('ZIP code');
    expect(deepAll(el, '#id_number')).toHaveLength(1);
    await type(el, 'address-country', 'DE');
    expect(deepAll(el, '#address-region')).toHaveLength(0);
    expect(deepAll(el, '#id_number')).toHaveLength(0);
    expect(textOf(el)).toContain('Postcode');
    await type(el, 'address-country', 'JP');
    expect(textOf(el)).toContain('Prefecture');
  });

  it('sends the phone as the country dials it, in E.164, and says it was saved', async () => {
    await useLocale('en', 'identity');
    const api = fakeApi({ 'POST /identity/details': {} });
    const el = await mount('finlet-identity-details', { api, locale: 'en-GB', country: 'GB' });
    for (const [id, value] of [
      ['first_name', 'Ada'],
      ['last_name', 'Lovelace'],
      ['date_of_birth', '1990-12-10'],
      ['email', 'ada@example.com'],
      ['phone', '020 7946 0018'],
      ['address-line1', '10 Downing Street'],
      ['address-city', 'London'],
      ['address-postal_code', 'sw1a 2aa'],
    ])
      await type(el, id!, value!);
    const saved = collect(el, 'finlet-identity-saved');
    deep(el, 'button[type=submit]').click();
    await settle(el);
    expect(api.calls[0]?.body).toMatchObject({
      phone: '+442079460018',
      nationality: 'GB',
      address: { country: 'GB', postal_code: 'SW1A 2AA' },
    });
    expect(saved).toHaveLength(1);
  });

  it('marks what is wrong, counts the problems with Intl plurals and focuses the first', async () => {
    await useLocale('pl', 'identity');
    const el = await mount('finlet-identity-details', { api: fakeApi({}), locale: 'pl', country: 'PL' });
    deep(el, 'button[type=submit]').click();
    await settle(el);
    const invalid = deepAll(el, '[aria-invalid=true]');
    expect(invalid.length).toBeGreaterThanOrEqual(5);
    expect(textOf(deep(el, '.summary'))).toMatch(/W formularzu (jest|są) \d+ błęd/);
    expect((el.shadowRoot as ShadowRoot).activeElement).toBe(invalid[0]);
  });
});
