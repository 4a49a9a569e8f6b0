/**
 * Test world of the identity flow: the Sandbox KYC on an ephemeral port, the Finlet app listening on
 * a real port (the provider's signed callback must reach it over HTTP), a session with the identity
 * flow and helpers to walk the widget API like the frame does.
 */
import { createKyc, type Kyc } from '@finlet/sandbox/kyc/app.ts';
import { listenOn, type RunningServer } from '@finlet/sandbox/serve.ts';
import type { createApp } from '../../src/app.ts';
import { createTestContext, type TestContext, type TestResponse } from '../support/harness.ts';

export const KYC_KEY = 'ksk_test_identity';
export const KYC_SECRET = 'kcs_test_identity';
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');

export interface IdentityWorld extends TestContext {
  kyc: Kyc;
  finletUrl: string;
  widget(token: string, method: string, path: string, body?: unknown): Promise<TestResponse>;
  newSession(reference?: string): Promise<{ id: string; token: string }>;
  /** Details → document → images → submit; returns the verification id. */
  verify(token: string, over?: DetailsOverride & { expiry?: string }): Promise<string>;
  /** Waits until the verification leaves `processing`. */
  settled(id: string): Promise<any>;
}

/**
 * `more` starts other providers once Finlet's URL is known (they call back or redirect to it) and
 * returns Finlet's settings for them.
 */
export async function createIdentityWorld(
  env: Record<string, string> = {},
  more: (finletUrl: string) => Promise<Record<string, string>> = async () => ({}),
): Promise<IdentityWorld> {
  const kyc = createKyc({ apiKey: KYC_KEY, callbackSecret: KYC_SECRET, delayMs: 10 });
  const kycServer = await listenOn(0, '127.0.0.1', (r) => kyc.app.fetch(r));
  let app: ReturnType<typeof createApp> | undefined;
  const finlet: RunningServer = await listenOn(0, '127.0.0.1', (r) => app!.fetch(r));
  const ctx = await createTestContext({
    PUBLIC_URL: finlet.url,
    FINLET_KYC_URL: kycServer.url,
    FINLET_KYC_API_KEY: KYC_KEY,
    FINLET_KYC_CALLBACK_SECRET: KYC_SECRET,
    ...(await more(finlet.url)),
    ...env,
  });
  app = ctx.app;
  const widget: IdentityWidgetCall = (token, method, path, body) =>
    ctx.api(method, `/widget/v1/identity${path}`, { key: token, ...(body === undefined ? {} : { body }) });
  const world: IdentityWorld = {
    ...ctx,
    kyc,
    finletUrl: finlet.url,
    widget,
    async newSession(reference = 'cus_ada') {
      const res = await ctx.api('POST', '/v1/sessions', {
        body: {
          flows: ['identity'],
          customer: { reference, email: 'ada@example.com' },
          allowed_origins: ['https://shop.example'],
        },
      });
      const s = await res.json();
      if (res.status !== 201) throw new Error(JSON.stringify(s));
      return { id: s.id, token: s.client_token };
    },
    verify: (token, over = {}) => walkVerification(widget, token, over),
    async settled(id) {
      // The KYC provider calls back over HTTP: on a busy machine that can take seconds.
      for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
        await kyc.callbacksIdle();
        const v = await (await ctx.api('GET', `/v1/identity_verifications/${id}`)).json();
        if (v.status !== 'processing') return v;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('verification stayed processing');
    },
    async close() {
      kyc.close();
      await kycServer.close();
      await finlet.close();
      ctx.deps.screening.close();
      await ctx.close();
    },
  };
  return world;
}

/** A widget identity call: `path` under /widget/v1/identity, authorised by the session's client token. */
export type IdentityWidgetCall = (
  token: string,
  method: string,
  path: string,
  body?: unknown,
) => Promise<TestResponse>;

/**
 * Walks the identity steps like the frame does — details → document → images → submit — and
 * returns the verification id; `widget` reaches Finlet in-process or over HTTP.
 */
export async function walkVerification(
  widget: IdentityWidgetCall,
  token: string,
  over: DetailsOverride & { expiry?: string } = {},
): Promise<string> {
  const details = await widget(token, 'POST', '/details', details_(over));
  if (details.status !== 200)
    throw new Error(`details ${details.status} ${JSON.stringify(await details.json())}`);
  const doc = await widget(token, 'POST', '/document', {
    type: 'passport',
    issuing_country: 'GB',
    expiry_date: over.expiry ?? '2099-01-01',
  });
  if (doc.status !== 200) throw new Error(`document ${doc.status}`);
  for (const side of ['front', 'selfie'])
    if (
      (await widget(token, 'POST', '/images', { side, content_type: 'image/jpeg', data: JPEG })).status !==
      200
    )
      throw new Error(`image ${side}`);
  const sub = await widget(token, 'POST', '/submit', {});
  const body = await sub.json();
  if (sub.status !== 200) throw new Error(`submit ${sub.status} ${JSON.stringify(body)}`);
  return body.id as string;
}

/** One row of OFAC's legacy `sdn.csv`: an individual with a date of birth (`09 Dec 1956`). */
export const sdnRow = (id: number, name: string, dob: string) =>
  `${id},"${name}","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB ${dob}."\r\n`;

export interface DetailsOverride {
  last_name?: string;
  first_name?: string;
  dob?: string;
  email?: string;
  phone?: string;
  line1?: string;
  id_number?: string;
}

export function details_(over: DetailsOverride = {}) {
  return {
    first_name: over.first_name ?? 'Ada',
    last_name: over.last_name ?? 'Lovelace',
    date_of_birth: over.dob ?? '1990-12-10',
    nationality: 'US',
    email: over.email ?? 'ada@example.com',
    phone: over.phone ?? '+14155550100',
    address: {
      line1: over.line1 ?? '1 Main St',
      city: 'Springfield',
      region: 'IL',
      postal_code: '62701',
      country: 'US',
    },
    id_number: over.id_number ?? '123-45-6789',
  };
}
