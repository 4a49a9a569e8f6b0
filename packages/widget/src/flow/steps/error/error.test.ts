/** `<finlet-error>`: what went wrong and what to do next, in the customer's words — never the code. */
import { describe, expect, it } from 'vitest';
import { collect, deep, deepAll, mount, textOf, useLocale } from '../../../../test/support/component.ts';
import { failureOf } from '../../failure.ts';
import './error.ts';

describe('<finlet-error>', () => {
  it('explains a rate limit, offers Retry, and never shows the code', async () => {
    await useLocale('en');
    const el = await mount('finlet-error', { failure: failureOf('rate_limited', 429) });
    expect(textOf(el)).toContain('Wait a moment, then try again.');
    expect(textOf(el)).not.toContain('rate_limited');
    const retry = collect(el, 'finlet-retry');
    deep(el, 'button').click();
    expect(retry).toHaveLength(1);
  });

  it('tells the customer to contact the business when the integration is wrong, without Retry', async () => {
    await useLocale('fr');
    const el = await mount('finlet-error', { failure: failureOf('invalid_request', 400) });
    expect(textOf(el)).toContain('Contactez l’entreprise');
    expect(deepAll(el, 'button')).toHaveLength(0);
  });
});
