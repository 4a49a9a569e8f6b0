/**
 * A live identity verification over real HTTP goes through the partner's own KYC provider account
 * (a second Sandbox KYC with its own key and callback secret, registered as `sandbox_kyc`): the
 * check is submitted there, its signed result comes back to the account's own callback URL and is
 * checked with the account's secret; test mode's sandbox KYC sees nothing of it.
 */
import { createKyc, type Kyc } from '@finlet/sandbox/kyc/app.ts';
import { listenOn, type RunningServer } from '@finlet/sandbox/serve.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { createIdentityWorld, type IdentityWorld } from './support.ts';

const PARTNER_KYC_KEY = 'ksk_test_partner_live_account';
const PARTNER_KYC_SECRET = 'kcs_test_partner_live_account';

let w: IdentityWorld;
let partnerKyc: Kyc;
let partnerKycServer: RunningServer;
let liveKey: string;
beforeAll(async () => {
  w = await createIdentityWorld();
  partnerKyc = createKyc({ apiKey: PARTNER_KYC_KEY, callbackSecret: PARTNER_KYC_SECRET, delayMs: 10 });
  partnerKycServer = await listenOn(0, '127.0.0.1', (r) => partnerKyc.app.fetch(r));
  liveKey = await createApiKey(w.deps.database.db, w.partner.id, 'live', new Date());
});
afterAll(async () => {
  partnerKyc?.close();
  await partnerKycServer?.close();
  await w?.close();
});

const live = (method: string, path: string, body?: unknown) =>
  w.api(method, path, { key: liveKey, ...(body === undefined ? {} : { body }) });

const identitySession = {
  flows: ['identity'],
  customer: { reference: 'cus_live_ada', email: 'ada@example.com' },
  allowed_origins: ['https://shop.example'],
};

describe('live identity verification', () => {
  it("verifies through the partner's own KYC account and its signed callback", async () => {
    const refused = await live('POST', '/v1/sessions', identitySession);
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatchObject({ code: 'provider_not_configured', param: 'flows' });

    const account = await live('POST', '/v1/provider_accounts', {
      capability: 'kyc',
      connector: 'sandbox_kyc',
      settings: { api_base_url: partnerKycServer.url },
      credentials: { api_key: PARTNER_KYC_KEY, callback_secret: PARTNER_KYC_SECRET },
    });
    expect(account.status).toBe(201);
    const created = await live('POST', '/v1/sessions', identitySession);
    expect(created.status).toBe(201);
    const session = await created.json();
    expect(session.livemode).toBe(true);

    const id = await w.verify(session.client_token);
    let v: any;
    for (let i = 0; i < 100; i++) {
      await partnerKyc.callbacksIdle();
      v = await (await live('GET', `/v1/identity_verifications/${id}`)).json();
      if (v.status !== 'processing') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(v).toMatchObject({ livemode: true, status: 'approved' });
    const atPartner = [...partnerKyc.checks.values()].filter((c) => c.reference === id);
    expect(atPartner).toHaveLength(1);
    expect([...w.kyc.checks.values()].filter((c) => c.reference === id)).toHaveLength(0);
    // The test key does not see the live verification.
    expect((await w.api('GET', `/v1/identity_verifications/${id}`)).status).toBe(404);
  });
});
