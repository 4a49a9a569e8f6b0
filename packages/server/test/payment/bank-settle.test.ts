/**
 * Pay-by-bank payments nobody reads any more (the shopper closed the widget right after
 * authorising): the housekeeping sweep settles them from the bank's status, with backoff while the
 * bank is down, never gives up a payment the bank may have (only one never submitted fails after
 * 24 h), and a session canceled while the UK bank consent is still open cancels that payment. The sweep is called directly
 * with the test's ManualClock (no sleeping); real sandbox banks over HTTP, both databases.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThroughBank } from '../../../sandbox/src/bank-common/login-driver.ts';
import { payments } from '../../src/db/schema.ts';
import {
  BANK_CONFIRMATION_DEADLINE_MS,
  settleProcessingBankPayments,
} from '../../src/payments/bank-settle.ts';
import { type LinkWorld, type RunningBank, startBankPayment, startLinkWorld } from '../link/support.ts';
import { paymentEventTypes } from './world.ts';

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld({ env: { FINLET_BANK_TIMEOUT_MS: '300' } });
});
afterAll(async () => world?.close());

const UK_STATUS = '/open-banking/v4.0/pisp/domestic-payments/';
const EU_STATUS = '/v1/payments/sepa-credit-transfers/';

async function session(amount: number, currency: string) {
  const res = await world.ctx.api('POST', '/v1/sessions', {
    body: {
      flows: ['payment'],
      customer: { reference: 'cus_pbb_sweep' },
      payment: { amount, currency, description: 'Sandbox order' },
      allowed_origins: ['https://shop.example'],
    },
  });
  return (await res.json()) as { id: string; client_token: string };
}

async function start(token: string, institution: string) {
  const started = await startBankPayment(world.ctx, token, institution);
  expect(started.status).toBe(200);
  return started.body as { payment: { id: string }; authorization_url: string };
}

/** Authorises at the bank and lands on Finlet's callback; the widget never reads again. */
async function authoriseThenClose(started: { authorization_url: string }) {
  const outcome = await loginThroughBank(started.authorization_url, {
    username: 'user_good',
    password: 'pass_good',
  });
  if (outcome.kind !== 'redirect') throw new Error('stopped at the bank');
  const page = await world.ctx.app.request(`${outcome.url.pathname}${outcome.url.search}`);
  expect(page.status).toBeLessThan(500);
}

/** The bank's status endpoint answers 503 until `up()`. */
function statusDown(bank: RunningBank, path: string) {
  bank.bank.faults.control.next(10_000, 'status=503', { method: 'GET', path });
  return { up: () => bank.bank.faults.control.clear() };
}

async function row(id: string) {
  return (await world.ctx.deps.database.db.select().from(payments).where(eq(payments.id, id)))[0]!;
}

/** Moves the clock to the payment's next check (and past any open breaker) and sweeps once. */
async function sweepWhenDue(id: string, extraMs = 0) {
  const due = (await row(id)).nextCheckAt;
  if (due)
    world.ctx.clock.set(new Date(Math.max(world.ctx.clock.now().getTime(), due.getTime()) + 1 + extraMs));
  await settleProcessingBankPayments(world.ctx.deps);
  return row(id);
}

const eventTypes = async (paymentId: string) => (await paymentEventTypes(world.ctx, paymentId)).sort();

describe('background settling of bank payments left processing', () => {
  it('UK: the bank is down while the widget is open; the sweep retries with backoff, then settles it', async () => {
    const s = await session(2100, 'GBP');
    const started = await start(s.client_token, 'sandbox-bank-uk');
    const bank = statusDown(world.uk, UK_STATUS);
    await authoriseThenClose(started);
    const id = started.payment.id;
    const left = await row(id);
    expect(left).toMatchObject({ status: 'processing', checkAttempts: 0 });
    expect(left.nextCheckAt!.getTime() - world.ctx.clock.now().getTime()).toBe(5_000);

    // Not due yet: untouched.
    await settleProcessingBankPayments(world.ctx.deps);
    expect((await row(id)).checkAttempts).toBe(0);
    // Due while the bank is still down: retried later, never failed.
    const first = await sweepWhenDue(id);
    expect(first).toMatchObject({ status: 'processing', checkAttempts: 1, failureCode: null });
    const second = await sweepWhenDue(id);
    expect(second).toMatchObject({ status: 'processing', checkAttempts: 2 });
    // Each check is due 1 ms after the previous one was; the wait doubles: 5 s, then 10 s.
    expect(first.nextCheckAt!.getTime() - left.nextCheckAt!.getTime()).toBe(5_001);
    expect(second.nextCheckAt!.getTime() - first.nextCheckAt!.getTime()).toBe(10_001);

    bank.up();
    let settled = second;
    for (let i = 0; i < 4 && settled.status === 'processing'; i++) settled = await sweepWhenDue(id, 31_000);
    expect(settled).toMatchObject({ status: 'succeeded', failureCode: null, nextCheckAt: null });
    expect(await eventTypes(id)).toEqual([
      'payment.processing',
      'payment.requires_action',
      'payment.succeeded',
    ]);
    const flow = (await (await world.ctx.api('GET', `/v1/sessions/${s.id}`)).json()).flow_states.payment;
    expect(flow).toMatchObject({ status: 'succeeded', result: { payment_id: id } });
  });

  it('EU: a payment the bank rejects at settlement ends failed (bank_rejected)', async () => {
    world.ctx.clock.advance(60_000);
    const s = await session(1099, 'EUR');
    const started = await start(s.client_token, 'sandbox-bank-eu');
    const bank = statusDown(world.eu, EU_STATUS);
    await authoriseThenClose(started);
    const id = started.payment.id;
    expect((await row(id)).status).toBe('processing');
    bank.up();
    let ended = await row(id);
    for (let i = 0; i < 6 && ended.status === 'processing'; i++) ended = await sweepWhenDue(id, 31_000);
    expect(ended).toMatchObject({ status: 'failed', failureCode: 'bank_rejected', nextCheckAt: null });
    expect(await eventTypes(id)).toEqual(['payment.failed', 'payment.processing', 'payment.requires_action']);
  });

  it('never gives up a payment the bank may have: past 24 h it is logged as an error, still asked, and settles', async () => {
    world.ctx.clock.advance(60_000);
    const s = await session(2200, 'GBP');
    const started = await start(s.client_token, 'sandbox-bank-uk');
    const bank = statusDown(world.uk, UK_STATUS);
    try {
      await authoriseThenClose(started);
      const id = started.payment.id;
      const before = await sweepWhenDue(id);
      expect(before).toMatchObject({ status: 'processing', checkAttempts: 1 });
      world.ctx.clock.set(new Date(before.createdAt.getTime() + BANK_CONFIRMATION_DEADLINE_MS));
      const logged = world.ctx.logs.length;
      const after = await sweepWhenDue(id);
      expect(after).toMatchObject({ status: 'processing', failureCode: null, checkAttempts: 2 });
      expect(after.nextCheckAt).not.toBeNull();
      const errors = world.ctx.logs.slice(logged).filter((l) => l.includes('"level":"error"'));
      expect(errors.join('\n')).toContain(id);
      bank.up();
      let settled = after;
      for (let i = 0; i < 4 && settled.status === 'processing'; i++) settled = await sweepWhenDue(id, 31_000);
      expect(settled).toMatchObject({ status: 'succeeded', failureCode: null });
      expect(await eventTypes(id)).not.toContain('payment.failed');
    } finally {
      bank.up();
    }
  });

  it('fails, after 24 h, only a UK payment never submitted (its token endpoint never answered): institution_unavailable', async () => {
    world.ctx.clock.advance(60_000);
    const s = await session(2250, 'GBP');
    const started = await start(s.client_token, 'sandbox-bank-uk');
    world.uk.bank.faults.control.next(10_000, 'status=503', { method: 'POST', path: '/token' });
    try {
      await authoriseThenClose(started);
      const id = started.payment.id;
      expect(await sweepWhenDue(id, 31_000)).toMatchObject({
        status: 'processing',
        processorPaymentId: null,
      });
      world.ctx.clock.set(new Date((await row(id)).createdAt.getTime() + BANK_CONFIRMATION_DEADLINE_MS));
      const ended = await sweepWhenDue(id, 31_000);
      expect(ended).toMatchObject({
        status: 'failed',
        failureCode: 'institution_unavailable',
        nextCheckAt: null,
      });
    } finally {
      world.uk.bank.faults.control.clear();
    }
  });

  it('two processes sweeping at once check each due payment once (claims skip locked, leased rows)', async () => {
    world.ctx.clock.advance(60_000);
    const now = world.ctx.clock.now();
    const ids = ['a', 'b', 'c', 'd'].map((x) => `pay_sweepclaim${x}${crypto.randomUUID().slice(0, 8)}`);
    await world.ctx.deps.database.db.insert(payments).values(
      ids.map((id) => ({
        id,
        partnerId: 'par_sweep',
        livemode: false,
        sessionId: `ses_${id}`,
        idempotencyKey: id,
        status: 'processing',
        method: 'bank' as const,
        amount: 100,
        currency: 'GBP',
        description: 'claim test',
        nextCheckAt: now,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await Promise.all([
      settleProcessingBankPayments(world.ctx.deps, 2),
      settleProcessingBankPayments(world.ctx.deps, 2),
      settleProcessingBankPayments(world.ctx.deps, 2),
    ]);
    for (const id of ids) expect((await row(id)).checkAttempts).toBe(1);
  });

  it('canceling the session while the bank consent is open cancels the payment; a late consent submits nothing', async () => {
    world.ctx.clock.advance(60_000);
    const s = await session(2300, 'GBP');
    const started = await start(s.client_token, 'sandbox-bank-uk');
    const canceled = await world.ctx.api('POST', `/v1/sessions/${s.id}/cancel`);
    expect(canceled.status).toBe(200);
    expect((await canceled.json()).flow_states.payment.status).toBe('canceled');
    const id = started.payment.id;
    expect(await row(id)).toMatchObject({ status: 'canceled', failureCode: 'session_canceled' });
    expect(await eventTypes(id)).toEqual(['payment.canceled', 'payment.requires_action']);
    await authoriseThenClose(started);
    expect(await row(id)).toMatchObject({ status: 'canceled', processorPaymentId: null, nextCheckAt: null });
  });
});
