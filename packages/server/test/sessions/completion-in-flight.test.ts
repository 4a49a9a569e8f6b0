/**
 * A session whose payment is still `processing` at its expiry (money may have moved: the bank has
 * the shopper's approval but has not said whether it settled) is never expired: it stays open past
 * `expires_at` until the payment settles, then completes (succeeded) or expires (failed). The
 * payment is left processing by the bank's status endpoint answering 503; housekeeping's sweeps are
 * called directly with the test's ManualClock. Real sandbox banks over HTTP, both databases.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThroughBank } from '../../../sandbox/src/bank-common/login-driver.ts';
import { payments } from '../../src/db/schema.ts';
import { settleProcessingBankPayments } from '../../src/payments/bank-settle.ts';
import { sweepExpiredSessions } from '../../src/sessions/lifecycle.ts';
import { type LinkWorld, startLinkWorld } from '../link/support.ts';
import { eventTypesOf } from '../support/harness.ts';

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld({ env: { FINLET_BANK_TIMEOUT_MS: '300' } });
});
afterAll(async () => world?.close());

const BANKS = {
  uk: { institution: 'sandbox-bank-uk', status: '/open-banking/v4.0/pisp/domestic-payments/' },
  eu: { institution: 'sandbox-bank-eu', status: '/v1/payments/sepa-credit-transfers/' },
} as const;

/**
 * A payment session whose shopper approved a bank payment at `bank` and closed the widget while
 * the bank's status endpoint was down: the payment is left `processing`. Returns its ids and `up()`.
 */
async function paidWhileBankDown(bank: keyof typeof BANKS, payment: { amount: number; currency: string }) {
  const created = await world.ctx.api('POST', '/v1/sessions', {
    body: {
      flows: ['payment'],
      customer: { reference: 'cus_in_flight' },
      payment: { ...payment, description: 'Sandbox order' },
      allowed_origins: ['https://shop.example'],
    },
  });
  const s = (await created.json()) as { id: string; client_token: string; expires_at: string };
  const { faults } = world[bank].bank;
  faults.control.next(10_000, 'status=503', { method: 'GET', path: BANKS[bank].status });
  const started = await world.ctx.app.request('/widget/v1/payments/bank', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${s.client_token}`,
      'content-type': 'application/json',
      'idempotency-key': `att_${crypto.randomUUID()}`,
    },
    body: JSON.stringify({ method: 'bank', institution: BANKS[bank].institution }),
  });
  expect(started.status).toBe(200);
  const { payment: pay, authorization_url } = (await started.json()) as {
    payment: { id: string };
    authorization_url: string;
  };
  const outcome = await loginThroughBank(authorization_url, { username: 'user_good', password: 'pass_good' });
  if (outcome.kind !== 'redirect') throw new Error('stopped at the bank');
  await (await world.ctx.app.request(`${outcome.url.pathname}${outcome.url.search}`)).arrayBuffer();
  expect(await paymentStatus(pay.id)).toBe('processing');
  return {
    sessionId: s.id,
    expiresAt: new Date(s.expires_at),
    paymentId: pay.id,
    up: () => faults.control.clear(),
  };
}

async function paymentStatus(id: string) {
  const [row] = await world.ctx.deps.database.db.select().from(payments).where(eq(payments.id, id));
  return row!.status;
}

const sessionEvents = (id: string) => eventTypesOf(world.ctx, id);

const sessionStatus = async (id: string) =>
  (await (await world.ctx.api('GET', `/v1/sessions/${id}`)).json()).status;

/** Runs the bank settling sweep until the payment leaves `processing` (each check a minute later). */
async function settle(paymentId: string) {
  for (let i = 0; i < 6 && (await paymentStatus(paymentId)) === 'processing'; i++) {
    world.ctx.clock.advance(60_000);
    await settleProcessingBankPayments(world.ctx.deps);
  }
  return paymentStatus(paymentId);
}

describe('a session with a payment still processing at its expiry', () => {
  it('stays open past expires_at (no session.expired), then completes when the payment succeeds', async () => {
    const paid = await paidWhileBankDown('uk', { amount: 2100, currency: 'GBP' });
    world.ctx.clock.set(new Date(paid.expiresAt.getTime() + 1_000));
    expect(await sweepExpiredSessions(world.ctx.deps)).toBe(0);
    expect(await sessionStatus(paid.sessionId)).toBe('open');
    expect(await sessionEvents(paid.sessionId)).toEqual([]);

    paid.up();
    expect(await settle(paid.paymentId)).toBe('succeeded');
    const session = await (await world.ctx.api('GET', `/v1/sessions/${paid.sessionId}`)).json();
    expect(session).toMatchObject({ status: 'completed', flow_states: { payment: { status: 'succeeded' } } });
    expect(await sessionEvents(paid.sessionId)).toEqual(['session.completed']);
    await sweepExpiredSessions(world.ctx.deps);
    expect(await sessionEvents(paid.sessionId)).toEqual(['session.completed']);
  });

  it('expires once the payment is known to have failed (no money moved)', async () => {
    // Sandbox Bank EU rejects amounts ending in 99 at settlement.
    const paid = await paidWhileBankDown('eu', { amount: 1099, currency: 'EUR' });
    world.ctx.clock.set(new Date(paid.expiresAt.getTime() + 1_000));
    await sweepExpiredSessions(world.ctx.deps);
    expect(await sessionStatus(paid.sessionId)).toBe('open');

    paid.up();
    expect(await settle(paid.paymentId)).toBe('failed');
    expect(await sweepExpiredSessions(world.ctx.deps)).toBeGreaterThanOrEqual(1);
    expect(await sessionStatus(paid.sessionId)).toBe('expired');
    expect(await sessionEvents(paid.sessionId)).toEqual(['session.expired']);
  });
});
