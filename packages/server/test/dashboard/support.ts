/**
 * Test world of the dashboard: the real app (harness.ts), people invited and signed in through the
 * dashboard API like a browser (cookie, Origin, CSRF header), and a seeder that writes one of
 * everything a partner owns — so tenancy tests can look for another partner's ids on every route.
 */
import { createHash } from 'node:crypto';
import { newId } from '@finlet/shared';
import { createKey } from '../../src/auth/api-key-lifecycle.ts';
import { CLI_ACTOR, createInvitation } from '../../src/dashboard/team.ts';
import {
  type DashboardRole,
  deliveryAttempts,
  events,
  identityImages,
  identityVerifications,
  linkAccounts,
  links,
  payments,
  refunds,
  sessions,
  webhookDeliveries,
} from '../../src/db/schema.ts';
import { DETAILS_CONTEXT, imageContext } from '../../src/identity/capture.ts';
import { createEndpoint } from '../../src/webhooks/endpoint-changes.ts';
import type { TestContext, TestResponse } from '../support/harness.ts';

export const ORIGIN = 'http://finlet.test';
export const PASSWORD = 'correct horse battery staple';

export interface Browser {
  cookie: string | null;
  csrf: string | null;
  request(
    method: string,
    path: string,
    opts?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<TestResponse>;
  get(path: string): Promise<TestResponse>;
  post(path: string, body?: unknown): Promise<TestResponse>;
}

/** The stable error code of an error answer (tests assert codes, not messages). */
export const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

/** The session cookie a response set (name=value), or null. */
export function setCookieOf(res: Response): string | null {
  const raw = res.headers.get('set-cookie');
  const m = raw && /^(\w[\w-]*=[^;]*)/.exec(raw);
  return m && !m[1]!.endsWith('=') ? m[1]! : null;
}

/** A browser of the dashboard: keeps its cookie, sends Origin and (once known) the CSRF token. */
export function browser(t: TestContext, cookie: string | null = null): Browser {
  const b: Browser = {
    cookie,
    csrf: null,
    async request(method, path, opts = {}) {
      // Finlet's own origin (the payment world serves under another public URL than ORIGIN).
      const origin = new URL(t.deps.config.publicUrl).origin;
      const headers: Record<string, string> = { origin, ...opts.headers };
      if (b.cookie) headers.cookie = b.cookie;
      if (b.csrf && method !== 'GET') headers['x-csrf-token'] = b.csrf;
      let body: string | undefined;
      if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] = 'application/json';
      }
      const res = await t.app.request(`/dashboard/api${path}`, { method, headers, body });
      const set = setCookieOf(res);
      if (set) b.cookie = set;
      return res as TestResponse;
    },
    get: (path) => b.request('GET', path),
    post: (path, body = {}) => b.request('POST', path, { body }),
  };
  return b;
}

/** Invites `email` (CLI), accepts with PASSWORD and returns the signed-in browser with its CSRF token. */
export async function person(
  t: TestContext,
  partnerId: string | null,
  role: DashboardRole,
  email = `${role}.${newId('dashboard_user').slice(4, 12)}@example.com`,
) {
  const { url } = await createInvitation(t.deps, CLI_ACTOR, { partnerId, email, role });
  const token = url.split('#token=')[1]!;
  const b = browser(t);
  const res = await b.post('/invitations/accept', { token, name: `${role} person`, password: PASSWORD });
  if (res.status !== 201) throw new Error(`accept: ${res.status} ${await res.text()}`);
  const me = await (await b.get('/me')).json();
  b.csrf = me.csrf_token;
  return Object.assign(b, { email: me.user.email as string, id: me.user.id as string });
}

export interface Seeded {
  session: string;
  payment: string;
  identity: string;
  link: string;
  account: string;
  event: string;
  endpoint: string;
  apiKey: string;
}

/** One of everything a partner owns, written straight into the tables (test mode unless `livemode`). */
export async function seedPartner(
  t: TestContext,
  partnerId: string,
  reference = 'cus_seed',
  livemode = false,
): Promise<Seeded> {
  const { db } = t.deps.database;
  const now = t.deps.clock.now();
  const at = { createdAt: now, updatedAt: now };
  const ids = {
    session: newId('session'),
    payment: newId('payment'),
    identity: newId('identity_verification'),
    link: newId('link'),
    account: newId('account'),
    event: newId('event'),
  };
  await db.insert(sessions).values({
    id: ids.session,
    partnerId,
    livemode,
    status: 'completed',
    flows: ['payment', 'identity'],
    flowStates: {
      payment: { status: 'succeeded', result: null },
      identity: { status: 'review', result: null },
    },
    customer: { reference },
    payment: { amount: 1000, currency: 'EUR', description: 'Seeded' },
    allowedOrigins: ['https://shop.example'],
    metadata: {},
    createdAt: now,
    expiresAt: new Date(now.getTime() + 3600_000),
    completedAt: now,
  });
  await db.insert(payments).values({
    id: ids.payment,
    partnerId,
    livemode,
    sessionId: ids.session,
    idempotencyKey: ids.payment,
    status: 'succeeded',
    method: 'card',
    amount: 1000,
    currency: 'EUR',
    description: 'Seeded',
    processorPaymentId: `pp_${ids.payment}`,
    card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 },
    ...at,
  });
  await db.insert(refunds).values({
    id: newId('refund'),
    partnerId,
    livemode,
    paymentId: ids.payment,
    amount: 100,
    currency: 'EUR',
    status: 'succeeded',
    ...at,
  });
  const details = { first_name: 'Ada', last_name: `Seed ${partnerId}`, date_of_birth: '1990-01-01' };
  await db.insert(identityVerifications).values({
    id: ids.identity,
    partnerId,
    livemode,
    sessionId: ids.session,
    customerReference: reference,
    status: 'review',
    detailsEnc: t.deps.cipher.encrypt(JSON.stringify(details), DETAILS_CONTEXT),
    document: { type: 'passport', issuing_country: 'GB', expiry_date: '2099-01-01' },
    checks: [
      {
        type: 'document',
        outcome: 'review',
        reasons: ['document_unreadable'],
        checked_at: now.toISOString(),
      },
    ],
    reviews: [],
    screenedVersions: {},
    ...at,
  });
  const png = Buffer.from('89504e470d0a1a0a', 'hex');
  for (const side of ['front', 'selfie'] as const)
    await db.insert(identityImages).values({
      verificationId: ids.identity,
      side,
      contentType: 'image/png',
      imageEnc: t.deps.cipher.encrypt(png, imageContext(ids.identity, side)),
      createdAt: now,
    });
  await db.insert(links).values({
    id: ids.link,
    partnerId,
    livemode,
    sessionId: ids.session,
    customerReference: reference,
    institution: 'sandbox-bank-uk',
    status: 'active',
    scopes: ['accounts'],
    bankConsentId: `consent_${ids.link}`,
    ...at,
  });
  await db.insert(linkAccounts).values({
    id: ids.account,
    linkId: ids.link,
    partnerId,
    livemode,
    bankAccountId: `ba_${ids.account}`,
    name: 'Current',
    type: 'depository',
    subtype: 'checking',
    currency: 'GBP',
    identifiers: { iban: null, sort_code: '••••00', account_number: '••••1234' },
    identifiersEnc: t.deps.cipher.encrypt('{}', 'seed'),
    selected: true,
    createdAt: now,
  });
  const { row: endpoint } = await createEndpoint(
    t.deps,
    { partnerId, livemode },
    { url: 'http://127.0.0.1:9/hook', enabled_events: ['*'] },
  );
  await db.insert(events).values({
    id: ids.event,
    partnerId,
    livemode,
    type: 'payment.succeeded',
    data: { object: { id: ids.payment, object: 'payment', session: ids.session } },
    createdAt: now,
  });
  const delivery = newId('delivery');
  await db.insert(webhookDeliveries).values({
    id: delivery,
    eventId: ids.event,
    endpointId: endpoint.id,
    partnerId,
    status: 'failed',
    attempts: 1,
    ...at,
  });
  await db.insert(deliveryAttempts).values({
    id: `att_${createHash('sha256').update(delivery).digest('hex').slice(0, 20)}`,
    deliveryId: delivery,
    eventId: ids.event,
    endpointId: endpoint.id,
    attempt: 1,
    at: now,
    statusCode: 500,
    outcome: 'http_error',
    durationMs: 12,
  });
  const { row: key } = await createKey(t.deps, {
    partnerId,
    mode: livemode ? 'live' : 'test',
    description: 'seeded',
  });
  return { ...ids, endpoint: endpoint.id, apiKey: key.id };
}
