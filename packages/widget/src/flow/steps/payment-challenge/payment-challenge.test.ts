/** `<finlet-payment-challenge>`: the bank's page in a dialog over the step; Escape cancels. */
import { describe, expect, it } from 'vitest';
import { collect, deep, mount, useLocale } from '../../../../test/support/component.ts';
import './payment-challenge.ts';

describe('<finlet-payment-challenge>', () => {
  it('frames the challenge in a labelled modal dialog and cancels on Escape', async () => {
    await useLocale('pt', 'payment');
    const el = await mount('finlet-payment-challenge', { url: 'http://127.0.0.1:9/challenge' });
    const dialog = deep(el, '[role=dialog]');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(deep(el, '#challenge-title').textContent).toBe('Confirme com o seu banco');
    const canceled = collect(el, 'finlet-challenge-cancel');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(canceled).toHaveLength(1);
    el.remove();
  });
});
