/**
 * `POST /callbacks/kyc`: the KYC provider's signed result callback — from test mode's sandbox KYC,
 * or at `/callbacks/kyc/pa_…` from a partner's KYC account, checked with that account's secret. The
 * signature (the connector's: the sandbox's `Kyc-Signature` HMAC over timestamp and body with 5
 * minutes tolerance, Onfido's `X-SHA2-Signature` HMAC over the body) is checked before anything is
 * read; forged, stale or malformed callbacks get 400 `invalid_signature` (the code the processor
 * callback answers too) and change nothing. An authentic callback about nothing to apply (another
 * Onfido event) is answered 200; one whose result could not be fetched from the provider gets the
 * provider_* error, so the provider delivers it again. A result about a verification of another partner or
 * mode than the account's is ignored. Duplicates are answered 200 and ignored. A result about a
 * verification whose submit is not recorded yet (still `pending`) gets 409 `invalid_state`, so the
 * provider delivers it again rather than have it dropped.
 */
import { isId } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import type { KycConnector } from '../connectors/kyc/kyc.ts';
import type { AppEnv, Deps } from '../context.ts';
import { isOwnedBy } from '../db/ownership.ts';
import { identityVerifications } from '../db/schema.ts';
import { ApiError, notFound } from '../errors.ts';
import { applyKycResult } from '../identity/outcome.ts';

type Scope = (verification: { partnerId: string; livemode: boolean }) => boolean;

export function kycCallbackRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  async function receive(c: Context<AppEnv>, kyc: KycConnector, mayTouch: Scope) {
    const body = await c.req.text();
    const nowSec = Math.floor(deps.clock.now().getTime() / 1000);
    const header = kyc.signatureHeader ?? 'kyc-signature';
    const result = await kyc.parseCallback(c.req.header(header), body, nowSec);
    if (!result) {
      c.get('log').warn('rejected a KYC callback with a bad or stale signature');
      throw new ApiError('invalid_signature', `The ${header} signature is missing, wrong or stale.`);
    }
    if (result === 'ignored') return c.json({ received: true });
    const [verification] = await deps.database.db
      .select({
        partnerId: identityVerifications.partnerId,
        livemode: identityVerifications.livemode,
        status: identityVerifications.status,
      })
      .from(identityVerifications)
      .where(eq(identityVerifications.id, result.reference));
    if (!verification || !mayTouch(verification)) return c.json({ received: true });
    // Still `pending`: the provider created the check and answered it before the submit recorded
    // it (its answer to the submit was slow or lost, the submit is being retried). Acknowledging
    // would drop the result and leave the verification `processing` for good once the submit
    // lands; refused, the provider delivers it again.
    if (verification.status === 'pending')
      throw new ApiError('invalid_state', 'The verification is not submitted yet; deliver the result again.');
    await applyKycResult(deps, result);
    return c.json({ received: true });
  }

  app.post('/kyc', (c) => receive(c, deps.providers.sandbox.kyc, (v) => !v.livemode));

  app.post('/kyc/:account', async (c) => {
    const id = c.req.param('account');
    const account = isId('provider_account', id) ? await deps.providers.account(id) : undefined;
    if (!account?.kyc) throw notFound('provider account');
    return receive(c, account.kyc, (v) => isOwnedBy(v, account.owner));
  });
  return app;
}
