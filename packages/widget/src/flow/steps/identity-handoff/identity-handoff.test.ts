/** `<finlet-identity-handoff>`: a QR code and the link for the phone, with its expiry in local time. */
import { describe, expect, it } from 'vitest';
import { deep, fakeApi, mount, settle, textOf, useLocale } from '../../../../test/support/component.ts';
import './identity-handoff.ts';

describe('<finlet-identity-handoff>', () => {
  it('shows the link as a QR code and as text', async () => {
    await useLocale('en', 'identity');
    const url = 'https://finlet.example/flow/?session=ses_1&handoff=identity#token=x';
    const api = fakeApi({
      'POST /identity/handoff': { url, expires_at: '2099-01-01T10:00:00Z' },
      'GET /identity': { status: null, details_submitted: true, document: null, images: [] },
    });
    const el = await mount('finlet-identity-handoff', { api, locale: 'en' });
    await settle(el);
    expect(deep<HTMLImageElement>(el, 'img.qr').src).toMatch(/^data:image\/gif;base64,/);
    expect(deep<HTMLInputElement>(el, '#handoff-link').value).toBe(url);
    expect(textOf(el)).toMatch(/The link works until \d/);
    el.remove();
  });
});
