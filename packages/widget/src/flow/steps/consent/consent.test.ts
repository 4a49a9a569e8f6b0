/** `<finlet-consent>`: says who asks for what, with the amount in the customer's locale, and continues. */
import { beforeEach, describe, expect, it } from 'vitest';
import { collect, deep, mount, session, textOf, useLocale } from '../../../../test/support/component.ts';
import './consent.ts';

describe('<finlet-consent>', () => {
  beforeEach(() => useLocale('en'));

  it('names the partner and every flow, the amount formatted by Intl', async () => {
    const el = await mount('finlet-consent', { session: session(), locale: 'en-IE' });
    expect(textOf(el)).toContain('Paper & Pine asks you to:');
    expect(textOf(el)).toContain('Verify your identity');
    expect(textOf(el)).toContain('Pay €24.00 — Field Notebook');
    const done = collect(el, 'finlet-step-complete');
    deep(el, 'button').click();
    expect(done).toHaveLength(1);
  });

  it('speaks German with German number formats', async () => {
    await useLocale('de-DE', 'app');
    const el = await mount('finlet-consent', { session: session(), locale: 'de-DE' });
    expect(deep(el, 'h2').textContent).toBe('Bevor Sie beginnen');
    expect(textOf(el)).toContain('24,00 €');
  });
});
