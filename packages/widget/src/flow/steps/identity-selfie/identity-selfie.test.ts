/** `<finlet-identity-selfie>`: Continue only once the selfie is there; it starts the checks. */
import { describe, expect, it } from 'vitest';
import { collect, deep, fakeApi, mount, settle, useLocale } from '../../../../test/support/component.ts';
import type { FinletIdentitySelfie } from './identity-selfie.ts';
import './identity-selfie.ts';

describe('<finlet-identity-selfie>', () => {
  it('starts the checks once the selfie is uploaded', async () => {
    await useLocale('en', 'identity');
    const api = fakeApi({ 'POST /identity/submit': {} });
    const el = await mount<FinletIdentitySelfie>('finlet-identity-selfie', { api, status: undefined });
    expect(deep<HTMLButtonElement>(el, '.actions button').disabled).toBe(true);
    const saved = collect(el, 'finlet-identity-saved');
    el.status = {
      id: null,
      status: 'pending',
      details_submitted: true,
      document: null,
      images: ['front', 'selfie'],
    };
    await settle(el);
    deep(el, '.actions button').click();
    await settle(el);
    expect(api.calls.map((c) => c.path)).toEqual(['/identity/submit']);
    expect(saved).toHaveLength(1);
  });
});
