/** `<finlet-unavailable>`: says the flow is not there yet and lets the customer continue. */
import { describe, expect, it } from 'vitest';
import { collect, deep, mount, textOf, useLocale } from '../../../../test/support/component.ts';
import './unavailable.ts';

describe('<finlet-unavailable>', () => {
  it('names the flow and continues', async () => {
    await useLocale('he');
    const el = await mount('finlet-unavailable', { flow: 'payment' });
    expect(deep(el, 'h2').textContent).toBe('תשלום');
    expect(textOf(el)).toContain('אפשר להמשיך בלעדיו');
    const done = collect(el, 'finlet-step-complete');
    deep(el, 'button').click();
    expect(done).toHaveLength(1);
  });
});
