/**
 * Pay by bank when Finlet does not hear the outcome at once (issue 11, item 1). The user approves
 * at the bank — at the Berlin Group bank that approval already submits the payment — and then the
 * callback page loads twice at once, never loads (the popup closed first), or the bank's token
 * endpoint is down. The payment must stay `processing` (never `failed`/`canceled` while the bank
 * may have it), refuse a second payment of its session (409 `payment_in_progress`), and end
 * `succeeded` exactly once with one `payment.succeeded`, reconciled from the bank's payment status
 * by the housekeeping sweep (called directly, with the test's manual clock). Closing the session
 * keeps such a payment for the bank to decide. Real sandbox banks over HTTP with queued faults;
 * runs on PGlite and PostgreSQL.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loginThroughBank } from '../../../sandbox/src/bank-common/login-driver.ts';
import { bankPaymentAttempts, events, payments } from '../../src/db/schema.ts';
import { settleProcessingBankPayments } from '../../src/payments/bank-settle.ts';
import {
  type LinkWorld,
  type RunningBank,
  startBankPayment,
  startLinkWorld,
  watchGrants,
} from '../link/support.ts';

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld({ env: { FINLET_BANK_TIMEOUT_MS: '300' } });
});
afterAll(async () => world?.close());
afterEach(() => {
  world.uk.bank.faults.control.clear();
  world.eu.bank.faults.control.clear();
  // Past any breaker a test's faults opened (30 s cool-down on the manual clock).
  world.ctx.clock.advance(31_000);
});

interface Bank {
  name: string;
  institution: 'sandbox-bank-eu' | 'sandbox-bank-uk';
  currency: string;
  running: () => RunningBank;
}
const EU: Bank = { name: 'EU', institution: 'sandbox-bank-eu', currency: 'EUR', running: () => world.eu };
const UK: Bank = { name: 'UK', institution: 'sandbox-bank-uk', currency: 'GBP', running: () => world.uk };
const USER = { username: 'user_good', password: 'pass_good' };

async function paySession(bank: Bank, amount: number) {
  const res = await world.ctx.api('POST', '/v1/sessions', {
    body: {
      flows: ['payment'],
      customer: { reference: 'cus_pbb_unknown' },
      payment: { amount, currency: bank.currency, description: 'Sandbox order' },
      allowed_origins: ['https://shop.example'],
    },
  });
  const body = await res.json();
  if (res.status !== 201) throw new Error(JSON.stringify(body));
  return body as { id: string; client_token: string };
}

const start = (token: string, bank: Bank) => startBankPayment(world.ctx, token, bank.institution);

/** Starts a payment and approves it at the bank; returns the redirect Finlet has not seen yet. */
async function approveAtBank(token: string, bank: Bank) {
  const started = await start(token, bank);
  if (started.status !== 200) throw new Error(JSON.stringify(started.body));
  const outcome = await loginThroughBank(started.body.authorization_url, USER);
  if (outcome.kind !== 'redirect') throw new Error('stopped at the bank');
  return {
    paymentId: started.body.payment.id as string,
    callback: `${outcome.url.pathname}${outcome.url.search}`,
  };
}

async function loadCallback(path: string) {
  const res = await world.ctx.app.request(path);
  return { status: res.status, html: await res.text() };
}

async function row(id: string) {
  return (await world.ctx.deps.database.db.select().from(payments).where(eq(payments.id, id)))[0]!;
}

/** Runs the housekeeping sweep whenever the payment is due, until it leaves `processing`/`requires_action`. */
async function reconcile(id: string) {
  let current = await row(id);
  for (let i = 0; i < 8 && ['processing', 'requires_action'].includes(current.status); i++) {
    const due = current.nextCheckAt?.getTime() ?? world.ctx.clock.now().getTime();
    world.ctx.clock.set(new Date(Math.max(world.ctx.clock.now().getTime(), due) + 31_000));
    await settleProcessingBankPayments(world.ctx.deps);
    current = await row(id);
  }
  return current;
}

/** Every payment event of the session, by type. */
async function sessionEvents(sessionId: string) {
  const rows = await world.ctx.deps.database.db
    .select({ type: events.type, payment: sql<string>`${events.data}->'object'->>'id'` })
    .from(events)
    .where(
      and(sql`${events.data}->'object'->>'session' = ${sessionId}`, sql`${events.type} like 'payment.%'`),
    );
  return rows;
}

async function expectSucceededOnce(sessionId: string, paymentId: string) {
  expect(await row(paymentId)).toMatchObject({ status: 'succeeded', failureCode: null });
  const all = await world.ctx.deps.database.db
    .select()
    .from(payments)
    .where(eq(payments.sessionId, sessionId));
  expect(all.filter((p) => p.status === 'succeeded').map((p) => p.id)).toEqual([paymentId]);
  const succeeded = (await sessionEvents(sessionId)).filter((e) => e.type === 'payment.succeeded');
  expect(succeeded).toEqual([{ type: 'payment.succeeded', payment: paymentId }]);
  const flow = (await (await world.ctx.api('GET', `/v1/sessions/${sessionId}`)).json()).flow_states.payment;
  expect(flow).toMatchObject({ status: 'succeeded', result: { payment_id: paymentId } });
}

/**
 * A second payment is refused: while the first is in flight the session is busy
 * (`payment_in_progress`); once it succeeded the session completed with it (`session_completed`).
 */
async function expectSecondPaymentRefused(token: string, bank: Bank, paymentId: string) {
  const status = (await row(paymentId)).status;
  const second = await start(token, bank);
  expect(second.status, JSON.stringify(second.body)).toBe(409);
  expect(second.body.error.code).toBe(status === 'succeeded' ? 'session_completed' : 'payment_in_progress');
}

describe.each([EU, UK])('pay by bank at the $name bank, outcome not heard at once', (bank) => {
  it('the callback page loads twice at once: the code is redeemed at most once, both pages show the payment, it succeeds once', async () => {
    const s = await paySession(bank, 3100);
    const approved = await approveAtBank(s.client_token, bank);
    const { result: pages, seen } = await watchGrants(bank.running(), () =>
      Promise.all([loadCallback(approved.callback), loadCallback(approved.callback)]),
    );
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.html).toContain('Payment authorised');
    }
    expect(seen.revoked).toBe(0);
    expect(seen.redeemed).toBe(bank === UK ? 1 : 0);
    expect(['processing', 'succeeded']).toContain((await row(approved.paymentId)).status);
    await expectSecondPaymentRefused(s.client_token, bank, approved.paymentId);
    await reconcile(approved.paymentId);
    await expectSucceededOnce(s.id, approved.paymentId);
    // A late reload of the same page is a no-op showing the same result.
    const late = await loadCallback(approved.callback);
    expect(late.html).toContain('Payment authorised');
    await expectSucceededOnce(s.id, approved.paymentId);
  });

  it('the bank’s token endpoint is down after the approval: processing, then reconciled to succeeded once', async () => {
    const s = await paySession(bank, 3200);
    const approved = await approveAtBank(s.client_token, bank);
    // Every attempt of the code exchange (the first and its 4 retries) meets a 503.
    bank.running().bank.faults.control.next(5, 'status=503', { method: 'POST', path: '/token' });
    const page = await loadCallback(approved.callback);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Payment authorised');
    // Never failed: the bank's status, not the token endpoint, says what happened to the money.
    const after = await row(approved.paymentId);
    expect(after.failureCode).toBeNull();
    expect(['processing', 'succeeded']).toContain(after.status);
    await expectSecondPaymentRefused(s.client_token, bank, approved.paymentId);
    world.ctx.clock.advance(31_000);
    await reconcile(approved.paymentId);
    await expectSucceededOnce(s.id, approved.paymentId);
  });
});

describe('the popup closes before the callback (the user approved, no callback reached Finlet)', () => {
  it('EU: the bank already has the payment; a new attempt is refused, reconciliation finds it settled once', async () => {
    const s = await paySession(EU, 3300);
    const approved = await approveAtBank(s.client_token, EU);
    // The widget reads the payment after the popup closed, and the user tries again.
    await expectSecondPaymentRefused(s.client_token, EU, approved.paymentId);
    expect((await row(approved.paymentId)).status).toBe('processing');
    await reconcile(approved.paymentId);
    await expectSucceededOnce(s.id, approved.paymentId);
    // The callback arriving after all shows the same result and changes nothing.
    expect((await loadCallback(approved.callback)).html).toContain('Payment authorised');
    await expectSucceededOnce(s.id, approved.paymentId);
  });

  it('EU: with nobody reading, the housekeeping sweep finds the approval at the bank and settles it once', async () => {
    const s = await paySession(EU, 3400);
    const approved = await approveAtBank(s.client_token, EU);
    expect(await reconcile(approved.paymentId)).toMatchObject({ status: 'succeeded' });
    await expectSucceededOnce(s.id, approved.paymentId);
    await expectSecondPaymentRefused(s.client_token, EU, approved.paymentId);
  });

  it('UK: nothing reaches the bank until Finlet submits, so a new attempt replaces it and only that one is paid', async () => {
    const s = await paySession(UK, 3500);
    const first = await approveAtBank(s.client_token, UK);
    const second = await approveAtBank(s.client_token, UK);
    expect(await row(first.paymentId)).toMatchObject({ status: 'canceled', processorPaymentId: null });
    expect((await loadCallback(second.callback)).html).toContain('Payment authorised');
    await reconcile(second.paymentId);
    // The first attempt's callback arriving late submits nothing.
    expect((await loadCallback(first.callback)).html).toContain('The payment was not authorised');
    expect(await row(first.paymentId)).toMatchObject({ status: 'canceled', processorPaymentId: null });
    await expectSucceededOnce(s.id, second.paymentId);
  });
});

describe('closing the session while the bank may have the payment', () => {
  it('EU, approved but no callback: the partner’s cancel keeps it processing; the bank’s settlement decides', async () => {
    const s = await paySession(EU, 3600);
    const approved = await approveAtBank(s.client_token, EU);
    const canceled = await world.ctx.api('POST', `/v1/sessions/${s.id}/cancel`);
    expect(canceled.status).toBe(200);
    expect(await row(approved.paymentId)).toMatchObject({ status: 'processing' });
    expect(await reconcile(approved.paymentId)).toMatchObject({ status: 'succeeded', failureCode: null });
    const succeeded = (await sessionEvents(s.id)).filter((e) => e.type === 'payment.succeeded');
    expect(succeeded).toEqual([{ type: 'payment.succeeded', payment: approved.paymentId }]);
  });

  it('EU, not yet approved: the payment is withdrawn at the bank, then canceled; the bank refuses a later approval', async () => {
    const s = await paySession(EU, 3700);
    const started = await start(s.client_token, EU);
    expect(started.status).toBe(200);
    const id = started.body.payment.id as string;
    await world.ctx.api('POST', `/v1/sessions/${s.id}/cancel`);
    expect(await reconcile(id)).toMatchObject({ status: 'canceled', failureCode: 'session_canceled' });
    const late = await loginThroughBank(started.body.authorization_url, USER);
    // The bank no longer offers the payment: it sends the user back with an error, not a code.
    if (late.kind === 'redirect') {
      expect(late.url.searchParams.get('code')).toBeNull();
      await loadCallback(`${late.url.pathname}${late.url.search}`);
    }
    expect(await row(id)).toMatchObject({ status: 'canceled' });
    const [attempt] = await world.ctx.deps.database.db
      .select()
      .from(bankPaymentAttempts)
      .where(eq(bankPaymentAttempts.paymentId, id));
    const bankStatus = await fetch(
      `${world.eu.url}/v1/payments/sepa-credit-transfers/${attempt!.bankConsentId}/status`,
      { headers: { 'x-request-id': crypto.randomUUID(), accept: 'application/json' } },
    );
    expect(((await bankStatus.json()) as { transactionStatus: string }).transactionStatus).toBe('CANC');
  });
});

describe('a new attempt while the EU bank has not been approved', () => {
  it('withdraws the earlier payment at the bank before replacing it', async () => {
    const s = await paySession(EU, 3800);
    const first = await start(s.client_token, EU);
    const second = await start(s.client_token, EU);
    expect(second.status).toBe(200);
    expect(await row(first.body.payment.id)).toMatchObject({ status: 'canceled' });
    const late = await loginThroughBank(first.body.authorization_url, USER);
    if (late.kind === 'redirect') expect(late.url.searchParams.get('code')).toBeNull();
  });
});
