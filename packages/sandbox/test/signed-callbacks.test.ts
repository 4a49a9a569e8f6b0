/**
 * The signed-callback sender's waits between retries (src/signed-callbacks.ts): a sandbox provider
 * runs for as long as the stack does, retrying callbacks to receivers that fail, so a wait that ends
 * must leave nothing behind on the sender; close() still ends every wait at once.
 */
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { SignedCallbackSender } from '../src/signed-callbacks.ts';

/** The sender's own abort signal, which every wait listens to. */
const signalOf = (sender: SignedCallbackSender) =>
  (sender as unknown as { abort: AbortController }).abort.signal;

describe('SignedCallbackSender waits', () => {
  it('leave no listener behind once they end (a provider retries for as long as it runs)', async () => {
    const sender = new SignedCallbackSender('x-signature', () => 'sig');
    for (let i = 0; i < 25; i++) await sender.sleep(1);
    expect(getEventListeners(signalOf(sender), 'abort')).toHaveLength(0);
    sender.close();
  });

  it('all end when the sender closes', async () => {
    const sender = new SignedCallbackSender('x-signature', () => 'sig');
    const waits = Promise.all([sender.sleep(60_000), sender.sleep(60_000)]);
    sender.close();
    await expect(waits).resolves.toEqual([undefined, undefined]);
    expect(sender.closed).toBe(true);
  });
});
