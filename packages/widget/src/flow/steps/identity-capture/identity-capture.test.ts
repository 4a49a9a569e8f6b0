/** `<finlet-identity-capture>`: a HEIC photo gets its own message; a PNG is downscaled to JPEG and uploaded. */
import { describe, expect, it } from 'vitest';
import {
  collect,
  deep,
  fakeApi,
  mount,
  settle,
  textOf,
  useLocale,
} from '../../../../test/support/component.ts';
import './identity-capture.ts';

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function choose(el: Element, file: File) {
  const input = deep<HTMLInputElement>(el, 'input[type=file]');
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

describe('<finlet-identity-capture>', () => {
  it('explains that HEIC is not supported, in Turkish', async () => {
    await useLocale('tr', 'identity');
    const el = await mount('finlet-identity-capture', { api: fakeApi({}), side: 'front', label: 'Ön yüz' });
    choose(el, new File(['x'], 'IMG_1.HEIC', { type: 'image/heic' }));
    await settle(el, 10);
    expect(textOf(deep(el, '[role=alert]'))).toContain('HEIC fotoğraflar desteklenmiyor');
  });

  it('uploads a PNG as a JPEG and reports the side', async () => {
    await useLocale('en', 'identity');
    const api = fakeApi({ 'POST /identity/images': {} });
    const el = await mount('finlet-identity-capture', { api, side: 'selfie', label: 'Take a selfie' });
    const uploaded = collect<CustomEvent<string>>(el, 'finlet-image-uploaded');
    choose(el, new File([PNG], 'me.png', { type: 'image/png' }));
    await expect.poll(() => uploaded.length, { timeout: 5000 }).toBe(1);
    expect(uploaded[0]?.detail).toBe('selfie');
    expect(api.calls[0]?.body).toMatchObject({ side: 'selfie', content_type: 'image/jpeg' });
    await settle(el);
    expect(textOf(el)).toContain('Take a selfie: done');
  });
});
