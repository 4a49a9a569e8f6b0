/**
 * A KYC result that arrives before Finlet has recorded the submit (the provider created the check
 * and called back, but its answer to the submit came late or was lost and the submit was retried):
 * the verification is still `pending`, so the result cannot be applied yet — it must be refused
 * (409, the provider delivers it again), not acknowledged and dropped, which left the verification
 * `processing` for good.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityWorld, type IdentityWorld } from './support.ts';

let w: IdentityWorld;
beforeAll(async () => {
  // The submit's first attempt gives up after 300 ms and is retried with the same idempotency key.
  w = await createIdentityWorld({ FINLET_KYC_TIMEOUT_MS: '300' });
});
afterAll(() => w.close());

describe('a KYC result before the submit is recorded', () => {
  it('is delivered again and decides the verification', async () => {
    const s = await w.newSession('cus_early');
    // The provider creates the check (and calls back 10 ms later) but never answers this request.
    w.kyc.faults.next(1, 'hang_after', { method: 'POST', path: '/v1/checks' });
    const id = await w.verify(s.token);
    expect((await w.settled(id)).status).toBe('approved');
    w.kyc.faults.releaseHangs();
  });
});
