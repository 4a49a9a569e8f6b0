/** `ApiCall`: busy while a call runs; a failure goes to the shell unless the step handles it. */
import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { collect, mount } from '../../../test/support/component.ts';
import { WidgetApiError } from '../api/widget-api.ts';
import { ApiCall } from './api-call.ts';

class CallHost extends LitElement {
  call = new ApiCall(this);
}
customElements.define('finlet-test-call-host', CallHost);

describe('ApiCall', () => {
  it('is busy during the call and returns its value', async () => {
    const host = await mount<CallHost>('finlet-test-call-host');
    let seenBusy = false;
    const r = await host.call.run(async () => {
      seenBusy = host.call.busy;
      return 42;
    });
    expect(seenBusy).toBe(true);
    expect(host.call.busy).toBe(false);
    expect(r).toEqual({ ok: true, value: 42 });
  });

  it('reports a failure to the shell as one WidgetApiError (network for anything else)', async () => {
    const host = await mount<CallHost>('finlet-test-call-host');
    const failed = collect<Event & { error: WidgetApiError }>(host, 'finlet-step-failed');
    const r = await host.call.run(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(r.ok).toBe(false);
    expect(failed[0]?.error).toMatchObject({ code: 'network', status: 0, retryable: true });
  });

  it('leaves a failure the step handled to the step', async () => {
    const host = await mount<CallHost>('finlet-test-call-host');
    const failed = collect(host, 'finlet-step-failed');
    const r = await host.call.run(
      () => Promise.reject(new WidgetApiError('card_invalid', 400)),
      (error) => error.code === 'card_invalid',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'card_invalid' } });
    expect(failed).toHaveLength(0);
  });
});
