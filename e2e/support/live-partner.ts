/**
 * Live mode for the e2e stack: the scripted Adyen (`packages/server/test/support/adyen-fake.ts`,
 * every request and answer checked against Adyen's official Checkout v71 document) as a real HTTP
 * service beside the sandbox, and a partner set up the way an operator and a partner would go live:
 * the partner and its live key made as `finlet partners create` and `finlet api-keys create --mode
 * live` make them, then, through the public API with that `sk_live_` key, an `adyen` cards account
 * (the fake's base URL and its client encryption public key, so the widget's real client-side
 * encryption is what the fake decrypts) and a `berlin_group` pay-by-bank account with its payee.
 * Specs get a live client token from `POST /v1/sessions` with the live key.
 */
import { createApiKey } from '../../packages/server/src/auth/api-keys.ts';
import { createPartner } from '../../packages/server/src/partners/create.ts';
import {
  type AdyenFake,
  FAKE_HMAC_KEY,
  startAdyenFake,
} from '../../packages/server/test/support/adyen-fake.ts';
import type { Stack } from '../../scripts/stack.ts';

export const LIVE_MERCHANT = 'LiveShopECOM';
const ADYEN_API_KEY = 'AQE_e2e_live_partner_adyen_key';

export interface LivePartner {
  partner_id: string;
  /** The partner's `sk_live_…` key. */
  secret_key: string;
  /** The `adyen` cards provider account (`pa_…`). */
  cards_account: string;
}

async function post(finlet: string, key: string, path: string, body: unknown) {
  const res = await fetch(`${finlet}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as { id: string };
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(answer)}`);
  return answer;
}

export async function startLivePartner(
  stack: Stack,
  shopOrigin: string,
): Promise<{ partner: LivePartner; adyen: AdyenFake }> {
  const adyen = await startAdyenFake();
  const { deps } = stack.server;
  const created = await createPartner(deps, { name: 'Live Shop', allowedOrigins: [shopOrigin] });
  const secret_key = await createApiKey(deps.database.db, created.partner_id, 'live', deps.clock.now());
  const finlet = stack.urls.finlet;
  const cards = await post(finlet, secret_key, '/v1/provider_accounts', {
    capability: 'cards',
    connector: 'adyen',
    settings: {
      api_base_url: adyen.url,
      merchant_account: LIVE_MERCHANT,
      client_key: 'test_E2ELIVESHOPCLIENTKEY',
      public_key: adyen.publicKey,
    },
    credentials: { api_key: ADYEN_API_KEY, hmac_key: FAKE_HMAC_KEY },
  });
  await post(finlet, secret_key, '/v1/provider_accounts', {
    capability: 'pay_by_bank',
    connector: 'berlin_group',
    settings: { institutions: ['sandbox-bank-eu'] },
    payee: { name: 'Live Shop GmbH', iban: 'DE44 5001 0517 5407 3249 31' },
  });
  return { partner: { partner_id: created.partner_id, secret_key, cards_account: cards.id }, adyen };
}
