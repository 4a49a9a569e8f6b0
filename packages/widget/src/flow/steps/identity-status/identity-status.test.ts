/** `<finlet-identity-status>`: waits while the checks run, then shows the outcome with its mark. */
import { describe, expect, it } from 'vitest';
import { deep, fakeApi, mount, settle, useLocale } from '../../../../test/support/component.ts';
import './identity-status.ts';

describe('<finlet-identity-status>', () => {
  it('shows a verified identity with a check mark', async () => {
    await useLocale('es', 'identity');
    const api = fakeApi({
      'GET /identity': { status: 'approved', details_submitted: true, document: null, images: [] },
    });
    const el = await mount('finlet-identity-status', { api });
    await settle(el);
    expect(deep(el, 'h2').textContent).toBe('Identidad verificada');
    expect(deep(el, '.mark').className).toContain('success');
  });

  it('shows a declined identity with a cross', async () => {
    await useLocale('en', 'identity');
    const api = fakeApi({
      'GET /identity': { status: 'declined', details_submitted: true, document: null, images: [] },
    });
    const el = await mount('finlet-identity-status', { api });
    await settle(el);
    expect(deep(el, '.mark').className).toContain('declined');
  });
});
