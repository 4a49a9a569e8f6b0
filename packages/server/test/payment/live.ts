/**
 * Live mode for the payment tests: a live key for the payment world's partner, and a second Sandbox
 * Processor on its own port, with its own key and callback secret, that the partner registers as its
 * own `sandbox_processor` cards account (a live-capable connector outside production). A live
 * payment then runs real HTTP through the connector built from that provider account, while the
 * world's first processor stays test mode's.
 */
import { createProcessor, type Processor } from '../../../sandbox/src/processor/app.ts';
import { listenOn } from '../../../sandbox/src/serve.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { sessionBody, type TestResponse } from '../support/harness.ts';
import type { PaymentWorld } from './world.ts';

export const LIVE_PROCESSOR_KEY = 'psk_test_partner_live_account_key';
export const LIVE_CALLBACK_SECRET = 'pcs_test_partner_live_account_secret';
export const LIVE_PUBLISHABLE_KEY = 'ppk_test_partner_live_account';

export interface Live {
  /** The partner's `sk_live_…` key. */
  key: string;
  api(method: string, path: string, body?: unknown): Promise<TestResponse>;
  /** A live session (201 expected); its id and client token. */
  session(over?: Record<string, unknown>): Promise<{ id: string; token: string }>;
}

export interface LiveProcessor {
  processor: Processor;
  url: string;
  /** The provider account as `POST /v1/provider_accounts` answered it. */
  account: Record<string, any>;
  close(): Promise<void>;
}

export async function liveKey(w: PaymentWorld): Promise<Live> {
  const key = await createApiKey(w.ctx.deps.database.db, w.ctx.partner.id, 'live', new Date());
  const api = (method: string, path: string, body?: unknown) =>
    w.ctx.api(method, path, { key, ...(body === undefined ? {} : { body }) });
  return {
    key,
    api,
    async session(over = {}) {
      const res = await api('POST', '/v1/sessions', sessionBody(over));
      if (res.status !== 201) throw new Error(`live session: ${res.status} ${await res.text()}`);
      const s = await res.json();
      return { id: s.id, token: s.client_token };
    },
  };
}

/** Starts the partner's own processor and registers it as its live cards provider account. */
export async function liveProcessor(w: PaymentWorld, live: Live): Promise<LiveProcessor> {
  let fetchProcessor: (r: Request) => Response | Promise<Response> = () =>
    new Response('starting', { status: 503 });
  const server = await listenOn(0, '127.0.0.1', (r) => fetchProcessor(r));
  const processor = createProcessor({
    publicUrl: server.url,
    apiKey: LIVE_PROCESSOR_KEY,
    publishableKey: LIVE_PUBLISHABLE_KEY,
    callbackSecret: LIVE_CALLBACK_SECRET,
    frameAncestors: [w.finletUrl],
  });
  fetchProcessor = (r) => processor.app.fetch(r);
  const res = await live.api('POST', '/v1/provider_accounts', {
    capability: 'cards',
    connector: 'sandbox_processor',
    settings: { api_base_url: server.url, publishable_key: LIVE_PUBLISHABLE_KEY },
    credentials: { api_key: LIVE_PROCESSOR_KEY, callback_secret: LIVE_CALLBACK_SECRET },
  });
  const account = await res.json();
  if (res.status !== 201) throw new Error(`provider account: ${res.status} ${JSON.stringify(account)}`);
  return {
    processor,
    url: server.url,
    account,
    async close() {
      processor.close();
      await server.close();
    },
  };
}

/** The processor's payments made for Finlet payment `paymentId` (its `reference`). */
export const processorPaymentsFor = (p: Processor, paymentId: string) =>
  [...p.state.payments.values()].filter((r) => r.payment.reference === paymentId);
