/**
 * A partner verifying identities live through its own Onfido account (a scripted Onfido,
 * support/onfido-fake.ts): its live key, its `onfido` provider account, live verifications walked
 * through the widget API, and Onfido's webhook delivered over HTTP to an account's callback URL.
 */
import { createApiKey } from '../../src/auth/api-keys.ts';
import type { TestResponse } from '../support/harness.ts';
import type { OnfidoFake } from '../support/onfido-fake.ts';
import type { IdentityWorld } from './support.ts';

export interface OnfidoPartner {
  /** The provider account as `POST /v1/provider_accounts` answered it. */
  account: Record<string, unknown> & { id: string };
  live(method: string, path: string, body?: unknown): Promise<TestResponse>;
  /** A live verification submitted to Onfido: its id and Onfido's check id. */
  verification(reference: string): Promise<{ id: string; checkId: string }>;
  /** The verification as the partner's live key reads it. */
  read(id: string): Promise<any>;
}

export async function onfidoPartner(
  w: IdentityWorld,
  partnerId: string,
  onfido: OnfidoFake,
): Promise<OnfidoPartner> {
  const key = await createApiKey(w.deps.database.db, partnerId, 'live', new Date());
  const live = (method: string, path: string, body?: unknown) =>
    w.api(method, path, { key, ...(body === undefined ? {} : { body }) });
  const created = await live('POST', '/v1/provider_accounts', {
    capability: 'kyc',
    connector: 'onfido',
    settings: { api_base_url: onfido.url },
    credentials: { api_token: onfido.apiToken, webhook_token: onfido.webhookToken },
  });
  const account = await created.json();
  if (created.status !== 201)
    throw new Error(`provider account ${created.status} ${JSON.stringify(account)}`);
  return {
    account,
    live,
    async verification(reference) {
      const session = await live('POST', '/v1/sessions', {
        flows: ['identity'],
        customer: { reference, email: 'ada@example.com' },
        allowed_origins: ['https://shop.example'],
      });
      if (session.status !== 201) throw new Error(`session ${session.status}`);
      const id = await w.verify((await session.json()).client_token);
      const check = [...onfido.checks.values()].find((c) => c.tags.includes(`finlet:${id}`));
      if (!check) throw new Error(`no Onfido check for ${id}`);
      return { id, checkId: check.id };
    },
    read: async (id) => (await live('GET', `/v1/identity_verifications/${id}`)).json(),
  };
}

/** Onfido delivering a webhook: over HTTP to an account's callback URL, with its signature header. */
export const deliverWebhook = (w: IdentityWorld, accountId: string, body: string, signature: string) =>
  fetch(`${w.finletUrl}/callbacks/kyc/${accountId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sha2-signature': signature },
    body,
  });
