/**
 * The package entry is safe to import where there is no DOM (server-side rendering, Node tests):
 * no `window`/`document` is touched at import time, and the event classes work on their own.
 */
import { describe, expect, it } from 'vitest';

describe('the ES module entry', () => {
  it('imports in Node without a DOM and exposes open, defineFinletWidget and the events', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const widget = await import('../src/loader/index.ts');
    expect(typeof widget.open).toBe('function');
    expect(typeof widget.defineFinletWidget).toBe('function');

    const success = new widget.FinletSuccessEvent({
      session_id: 'ses_1',
      result_token: 'eyJ.x.y',
      summary: { flows: { identity: { status: 'unavailable' } } },
    });
    expect(success.type).toBe('finlet-success');
    expect(success.bubbles && success.composed).toBe(true);
    expect(success.result_token).toBe('eyJ.x.y');

    const exit = new widget.FinletExitEvent({ status: 'expired' });
    expect([exit.type, exit.status, exit.composed]).toEqual(['finlet-exit', 'expired', true]);
    const activity = new widget.FinletEventEvent({
      name: 'STEP_VIEW',
      at: 'now',
      metadata: { step: 'consent' },
    });
    expect([activity.type, activity.name, activity.metadata.step]).toEqual([
      'finlet-event',
      'STEP_VIEW',
      'consent',
    ]);
  });
});
