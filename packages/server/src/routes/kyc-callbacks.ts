/**
 * `POST /callbacks/kyc`: the KYC provider's signed result callback. The signature (HMAC over
 * timestamp and body, 5 minutes tolerance) is checked before anything is read; forged, stale or
 * malformed callbacks get 400 `invalid_signature` (the code the processor callback answers too) and
 * change nothing. Duplicates are answered 200 and ignored.
 */
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { applyKycResult } from '../identity/outcome.ts';

export function kycCallbackRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.post('/kyc', async (c) => {
    const body = await c.req.text();
    const nowSec = Math.floor(deps.clock.now().getTime() / 1000);
    const result = deps.kyc.parseCallback(c.req.header('kyc-signature'), body, nowSec);
    if (!result) {
      c.get('log').warn('rejected a KYC callback with a bad or stale signature');
      throw new ApiError('invalid_signature', 'The Kyc-Signature is missing, wrong or stale.');
    }
    await applyKycResult(deps, result);
    return c.json({ received: true });
  });
  return app;
}
