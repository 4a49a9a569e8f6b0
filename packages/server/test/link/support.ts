/**
 * Link-flow test support: both sandbox banks on ephemeral 127.0.0.1 ports with Finlet registered
 * as a `private_key_jwt` client (a key pair made per run), a real Finlet app pointed at them, and
 * `linkBank()` which plays the user — start in the widget API, sign in at the bank with the sandbox
 * login driver (real HTTP, real OAuth), follow the redirect to Finlet's `/oauth/callback`, choose
 * accounts.
 */
import { exportJWK, generateKeyPair } from 'jose';
import { type LoginAnswers, loginThroughBank } from '../../../sandbox/src/bank-common/login-driver.ts';
import type { SandboxBank } from '../../../sandbox/src/bank-common/shell.ts';
import type { BankOptions } from '../../../sandbox/src/bank-common/types.ts';
import { createBankEu } from '../../../sandbox/src/bank-eu/index.ts';
import { createBankUk } from '../../../sandbox/src/bank-uk/index.ts';
import { type ServedBank, serveBank } from '../../../sandbox/src/serve.ts';
import { createTestContext, type TestContext, type TestResponse } from '../support/harness.ts';

export const PUBLIC_URL = 'http://finlet.test';

export type RunningBank = ServedBank;

/** A sandbox bank on an ephemeral port with Finlet (redirecting to `redirectBase`) as its client. */
export async function startBank(
  create: (o: BankOptions) => Promise<SandboxBank>,
  jwk: Record<string, unknown>,
  extra: Partial<BankOptions>,
  redirectBase = PUBLIC_URL,
): Promise<RunningBank> {
  return serveBank((issuer) =>
    create({
      issuer,
      clients: [
        {
          clientId: 'finlet-sandbox',
          redirectUris: [`${redirectBase}/oauth/callback`],
          jwks: { keys: [jwk] },
        },
      ],
      ...extra,
    }),
  );
}

export interface LinkWorld {
  ctx: TestContext;
  uk: RunningBank;
  eu: RunningBank;
  close(): Promise<void>;
}

/** Finlet's bank-client key pair for a run: `pub` for the banks, `priv` for FINLET_BANK_CLIENT_KEY. */
export async function bankClientKeys() {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const pub = { ...(await exportJWK(publicKey)), kid: 'finlet-test', alg: 'ES256', use: 'sig' };
  const priv = { ...(await exportJWK(privateKey)), kid: 'finlet-test' };
  return { pub, priv };
}

export async function startLinkWorld(
  o: {
    bank?: Partial<BankOptions>;
    env?: Record<string, string>;
    /** Where Finlet really listens, when a provider must reach it (default: nowhere, PUBLIC_URL). */
    publicUrl?: string;
  } = {},
): Promise<LinkWorld> {
  const { pub, priv } = await bankClientKeys();
  const uk = await startBank(createBankUk, pub, o.bank ?? {}, o.publicUrl);
  const eu = await startBank(createBankEu, pub, o.bank ?? {}, o.publicUrl);
  const ctx = await createTestContext({
    ...(o.publicUrl ? { PUBLIC_URL: o.publicUrl } : {}),
    FINLET_BANK_UK_URL: uk.url,
    FINLET_BANK_EU_URL: eu.url,
    FINLET_BANK_CLIENT_KEY: JSON.stringify(priv),
    ...o.env,
  });
  return {
    ctx,
    uk,
    eu,
    close: async () => {
      await ctx.close();
      await uk.close();
      await eu.close();
    },
  };
}

export async function linkSession(ctx: TestContext, over: Record<string, unknown> = {}) {
  const res = await ctx.api('POST', '/v1/sessions', {
    body: {
      flows: ['link'],
      customer: { reference: 'cus_link', name: 'Maya Multi' },
      allowed_origins: ['https://shop.example'],
      ...over,
    },
  });
  const body = await res.json();
  if (res.status !== 201) throw new Error(`session: ${JSON.stringify(body)}`);
  return body as { id: string; client_token: string };
}

export function widget(ctx: TestContext, token: string) {
  return (method: string, path: string, body?: unknown) =>
    Promise.resolve(
      ctx.app.request(`/widget/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      }),
    ) as Promise<TestResponse>;
}

/** Starts the consent, signs in at the bank and lands on Finlet's callback; returns the callback page. */
export async function authorise(ctx: TestContext, token: string, institution: string, answers: LoginAnswers) {
  const w = widget(ctx, token);
  const started = await w('POST', '/link/start', { institution });
  const start = await started.json();
  if (started.status !== 200) throw new Error(`start: ${JSON.stringify(start)}`);
  const outcome = await loginThroughBank(start.authorization_url, answers);
  if (outcome.kind !== 'redirect') return { outcome, page: undefined };
  const callback = await ctx.app.request(`${outcome.url.pathname}${outcome.url.search}`);
  return { outcome, page: { status: callback.status, html: await callback.text() } };
}

/** The whole happy path; returns the link id and the widget's view. */
export async function linkBank(
  ctx: TestContext,
  institution: string,
  username: string,
  o: { session?: Record<string, unknown>; pick?: (ids: string[]) => string[]; otp?: string } = {},
) {
  const session = await linkSession(ctx, o.session);
  const { page } = await authorise(ctx, session.client_token, institution, {
    username,
    password: 'pass_good',
    otp: o.otp,
  });
  if (page?.status !== 200) throw new Error(`callback failed: ${page?.html}`);
  const w = widget(ctx, session.client_token);
  const view = await (await w('GET', '/link')).json();
  if (view.status !== 'choose_accounts') throw new Error(`link view: ${JSON.stringify(view)}`);
  const ids: string[] = view.accounts.map((a: { id: string }) => a.id);
  const chosen = await w('POST', '/link/accounts', { account_ids: o.pick ? o.pick(ids) : ids });
  const done = await chosen.json();
  if (chosen.status !== 200) throw new Error(`choose: ${JSON.stringify(done)}`);
  const sessionRow = await (await ctx.api('GET', `/v1/sessions/${session.id}`)).json();
  return { session, view, done, linkId: sessionRow.flow_states.link.result.link_id as string };
}

/** Pages through /v1/transactions/sync until has_more is false. */
export async function syncAll(ctx: TestContext, linkId: string, cursor?: string) {
  const added: any[] = [];
  const modified: any[] = [];
  const removed: any[] = [];
  let next = cursor;
  let pages = 0;
  for (;;) {
    const res = await ctx.api('GET', `/v1/transactions/sync?link=${linkId}${next ? `&cursor=${next}` : ''}`);
    const body = await res.json();
    if (res.status !== 200) throw new Error(`sync: ${JSON.stringify(body)}`);
    added.push(...body.added);
    modified.push(...body.modified);
    removed.push(...body.removed);
    next = body.next_cursor;
    pages++;
    if (!body.has_more) break;
  }
  return { added, modified, removed, cursor: next!, pages };
}

/** Starts a pay-by-bank payment as the widget does (one Idempotency-Key per attempt). */
export async function startBankPayment(ctx: TestContext, token: string, institution: string) {
  const res = await ctx.app.request('/widget/v1/payments/bank', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': `att_${crypto.randomUUID()}`,
    },
    body: JSON.stringify({ method: 'bank', institution }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/**
 * Counts, at `bank`'s OAuth server, the authorization codes redeemed and the grants revoked while
 * `run` runs (oidc-provider's `grant.success` and `grant.revoked` events): a code redeemed twice
 * revokes its grant.
 */
export async function watchGrants<T>(bank: RunningBank, run: () => Promise<T>) {
  const provider = bank.bank.auth.provider;
  const seen = { redeemed: 0, revoked: 0 };
  const redeemed = (ctx: { oidc: { params?: { grant_type?: unknown } } }) => {
    if (ctx.oidc.params?.grant_type === 'authorization_code') seen.redeemed++;
  };
  const revoked = () => void seen.revoked++;
  provider.on('grant.success', redeemed);
  provider.on('grant.revoked', revoked);
  try {
    return { result: await run(), seen };
  } finally {
    provider.off('grant.success', redeemed);
    provider.off('grant.revoked', revoked);
  }
}
