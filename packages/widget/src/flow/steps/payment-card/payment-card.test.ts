/** `<finlet-payment-card>`: checks the card before anything is sent, in the customer's language. */
import { describe, expect, it } from 'vitest';
import { collect, deep, mount, settle, textOf, useLocale } from '../../../../test/support/component.ts';
import './payment-card.ts';

describe('<finlet-payment-card>', () => {
  it('refuses a wrong number and a short CVC with Italian messages, and sends nothing', async () => {
    await useLocale('it', 'payment');
    const el = await mount('finlet-payment-card', { amountLabel: '24,00 €' });
    const sent = collect(el, 'finlet-card-submit');
    deep<HTMLInputElement>(el, '#number').value = '4242 4242 4242 4241';
    deep<HTMLInputElement>(el, '#cvc').value = '12';
    deep<HTMLFormElement>(el, 'form').requestSubmit();
    await settle(el);
    expect(sent).toHaveLength(0);
    expect(textOf(el)).toContain('Inserisci un numero di carta valido.');
    expect(textOf(el)).toContain('Inserisci il codice di sicurezza di 3 cifre.');
    expect(deep(el, 'button.pay').textContent?.trim()).toBe('Paga 24,00 €');
  });
});
