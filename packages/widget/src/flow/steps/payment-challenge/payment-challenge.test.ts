/**
 * `<finlet-payment-challenge>`: the bank's page in a dialog over the step; Escape cancels. A
 * processor whose challenge is a page of its own site (Adyen's redirect) goes straight to the
 * window screen, and the return page's message from that window finishes the step.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collect, deep, mount, useLocale } from '../../../../test/support/component.ts';
import './payment-challenge.ts';
import { challengePresentation } from './presentation.ts';

afterEach(() => vi.unstubAllGlobals());

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

  it('opens a processor’s full-page challenge in a window, never a frame, and finishes on the return page’s message', async () => {
    await useLocale('en', 'payment');
    // A same-origin window stands in for the popup (Finlet's return page is on the frame's origin).
    const returnPage = document.createElement('iframe');
    document.documentElement.append(returnPage);
    const popup = returnPage.contentWindow!;
    const opened: string[] = [];
    vi.stubGlobal('open', (url: string) => {
      opened.push(url);
      return popup;
    });
    const el = await mount('finlet-payment-challenge', {
      url: 'http://127.0.0.1:9/threeDS/redirect?psp=A1',
      presentation: challengePresentation({
        kind: 'adyen_cse',
        client_key: 'test_X',
        public_key: '10001|AB',
      }),
    });
    expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
    expect(deep(el, '#challenge-window-intro').textContent).toBe(
      'Your bank confirms this payment on its own page. Open it in a new window to continue.',
    );
    const button = deep<HTMLButtonElement>(el, 'button[data-open-window]');
    expect(el.shadowRoot!.activeElement).toBe(button);
    button.click();
    expect(opened).toEqual(['http://127.0.0.1:9/threeDS/redirect?psp=A1']);

    const done = collect(el, 'finlet-challenge-done');
    // Posted from the popup's own realm, as the return page's script posts to its opener.
    (popup as unknown as { eval(code: string): void }).eval(
      "parent.postMessage({ ns: 'finlet-3ds', v: 1 }, parent.location.origin)",
    );
    await vi.waitFor(() => expect(done).toHaveLength(1));
    el.remove();
    returnPage.remove();
  });

  it('keeps the sandbox processor’s challenge in the modal’s frame', async () => {
    await useLocale('en', 'payment');
    const el = await mount('finlet-payment-challenge', {
      url: 'http://127.0.0.1:9/3ds/pi_1',
      presentation: challengePresentation({
        kind: 'sandbox_tokenizer',
        url: 'http://127.0.0.1:9/v1/tokens',
        publishable_key: 'ppk_x',
      }),
    });
    expect(el.shadowRoot!.querySelector('iframe')?.getAttribute('src')).toBe('http://127.0.0.1:9/3ds/pi_1');
    expect(el.shadowRoot!.querySelector('button[data-open-window]')).toBeNull();
    el.remove();
  });
});
