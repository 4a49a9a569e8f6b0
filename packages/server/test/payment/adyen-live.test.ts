/**
 * A live card payment through a partner's own Adyen account, over real HTTP end to end: the partner
 * configures an `adyen` provider account with its live key, creates a live session, and the payment
 * goes through the Adyen connector to the scripted Adyen (support/adyen-fake.ts, every request and
 * answer checked against Adyen's official documents) — 3-D Secure by redirect, completed by the
 * return page with Adyen's `redirectResult`; signed notifications to the account's callback URL,
 * answered `[accepted]`; a refund; and a payment Adyen leaves Pending, which reconciliation never
 * declares failed because Adyen cannot be asked. Payments are confirmed through the widget's route
 * with the encrypted fields the frame sends (`payment_method: { type: 'encrypted', … }`).
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardSource } from '../../src/connectors/payments/processor.ts';
import { payments, refunds } from '../../src/db/schema.ts';
import { reconcileCardPayments } from '../../src/payments/card-reconcile.ts';
import { RETURN_PATH } from '../../src/payments/confirm.ts';
import {
  ADYEN_TEST_CARDS,
  type AdyenFake,
  encryptedTestCard,
  FAKE_HMAC_KEY,
  startAdyenFake,
} from '../support/adyen-fake.ts';
import { type Live, liveKey } from './live.ts';
import { type PaymentWorld, startPaymentWorld } from './world.ts';

const ADYEN_API_KEY = 'AQEyhmfxLI3MaBFLw0m_live_partner_key';
const MERCHANT = 'ShopLtdECOM';

let w: PaymentWorld;
let live: Live;
let fake: AdyenFake;
let account: Record<string, any>;
beforeAll(async () => {
  w = await startPaymentWorld();
  live = await liveKey(w);
  fake = await startAdyenFake();
});
afterAll(async () => {
  await fake?.close();
  await w?.close();
});

const encrypted = (number: string) => encryptedTestCard(number);

/** Confirms through the widget's route as the frame does: only what Adyen's encryption made of the card. */
async function confirmEncrypted(session: { token: string }, source: CardSource) {
  const res = await w.widget(session.token, 'POST', '/payments', { payment_method: source }, randomUUID());
  expect(res.status).toBe(200);
  const { id } = await res.json();
  const [row] = await w.ctx.deps.database.db.select().from(payments).where(eq(payments.id, id));
  return row!;
}

const notify = (item: Record<string, unknown>, o?: { signature?: string }) =>
  fetch(`${w.finletUrl}/callbacks/processor/${account.id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: fake.notification(item, o),
  });

/** Adyen's AUTHORISATION item about a Finlet payment (`psp`: Adyen's reference for it). */
const authorisation = (
  pay: { id: string; amount: number; currency: string },
  psp: string,
  over: Record<string, unknown> = {},
) => ({
  pspReference: psp,
  merchantAccountCode: MERCHANT,
  merchantReference: pay.id,
  amount: { value: pay.amount, currency: pay.currency.toUpperCase() },
  eventCode: 'AUTHORISATION',
  eventDate: '2026-12-04T14:00:00+00:00',
  success: 'true',
  ...over,
});

const readPayment = async (id: string) => (await live.api('GET', `/v1/payments/${id}`)).json();

/** The types of the live events about one object, oldest first. */
async function liveEventTypes(objectId: string): Promise<string[]> {
  const { data } = await (await live.api('GET', '/v1/events?limit=100')).json();
  return (data as { type: string; data: { object: { id: string } } }[])
    .filter((e) => e.data.object.id === objectId)
    .map((e) => e.type)
    .reverse();
}

describe('live card payments through a partner’s Adyen account', () => {
  it('configures an adyen provider account: settings answered, credentials only as a hint', async () => {
    const res = await live.api('POST', '/v1/provider_accounts', {
      capability: 'cards',
      connector: 'adyen',
      settings: {
        api_base_url: fake.url,
        merchant_account: MERCHANT,
        client_key: 'live_ABCDEFGH12345678',
        public_key: `10001|${'C3'.repeat(128)}`,
      },
      credentials: { api_key: ADYEN_API_KEY, hmac_key: FAKE_HMAC_KEY },
    });
    account = await res.json();
    expect(res.status, JSON.stringify(account)).toBe(201);
    expect(account).toMatchObject({
      livemode: true,
      capability: 'cards',
      connector: 'adyen',
      settings: { merchant_account: MERCHANT, client_key: 'live_ABCDEFGH12345678' },
      credentials: { api_key_last4: ADYEN_API_KEY.slice(-4) },
    });
    expect(JSON.stringify(account)).not.toContain(FAKE_HMAC_KEY);

    const bad = await live.api('POST', '/v1/provider_accounts', {
      capability: 'cards',
      connector: 'adyen',
      settings: {
        api_base_url: fake.url,
        merchant_account: MERCHANT,
        client_key: 'x',
        public_key: '10001|00',
      },
      credentials: { api_key: ADYEN_API_KEY, hmac_key: 'not hex' },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_request');
  });

  it('pays with 3-D Secure: redirect, the return page completes it with Adyen, then refunds', async () => {
    const s = await live.session();
    const pay = await confirmEncrypted(s, encrypted(ADYEN_TEST_CARDS.threeDS));
    expect(pay).toMatchObject({ status: 'requires_action', livemode: true, providerAccountId: account.id });
    expect(pay.nextActionUrl).toMatch(new RegExp(`^${fake.url}/threeDS/redirect`));
    // The frame's read cannot ask Adyen (it has no read API): the stored state stands, no error.
    const frameRead = await w.widget(s.token, 'GET', `/payments/${pay.id}`);
    expect(frameRead.status).toBe(200);
    expect((await frameRead.json()).status).toBe('requires_action');

    // The shopper passes the challenge; Adyen sends the browser back to Finlet's return page.
    const back = fake.completeChallenge(pay.nextActionUrl!);
    expect(back.startsWith(`${w.finletUrl}${RETURN_PATH}?session=${s.id}&redirectResult=`)).toBe(true);
    const page = await fetch(back);
    expect(page.status).toBe(200);
    expect(await readPayment(pay.id)).toMatchObject({ status: 'succeeded', livemode: true });
    expect(fake.requests.filter((r) => r.path === '/payments/details')).toHaveLength(1);

    // Adyen's AUTHORISATION notification for it comes later: acknowledged, changes nothing.
    const psp = pay.processorPaymentId!;
    const ack = await notify(authorisation(pay, psp, { paymentMethod: 'visa' }));
    expect(ack.status).toBe(200);
    expect(await ack.text()).toBe('[accepted]');

    const refund = await live.api('POST', `/v1/payments/${pay.id}/refunds`, { amount: 500 });
    expect(refund.status).toBe(201);
    expect(await refund.json()).toMatchObject({ livemode: true, amount: 500, status: 'succeeded' });
    expect(fake.requests.at(-1)).toMatchObject({
      path: `/payments/${psp}/refunds`,
      apiKey: ADYEN_API_KEY,
      body: { amount: { value: 500, currency: pay.currency.toUpperCase() }, merchantAccount: MERCHANT },
    });
    expect(fake.problems).toEqual([]);
  });

  it('keeps the card Adyen showed at the charge when a later notification does not repeat it', async () => {
    const s = await live.session();
    const pay = await confirmEncrypted(s, encrypted(ADYEN_TEST_CARDS.threeDS));
    expect(pay.card).toMatchObject({ brand: 'visa', last4: '1237' });
    // The shopper passed the challenge but never came back; the notification settles it.
    const ack = await notify(authorisation(pay, pay.processorPaymentId!));
    expect(await ack.text()).toBe('[accepted]');
    expect(await readPayment(pay.id)).toMatchObject({
      status: 'succeeded',
      card: { brand: 'visa', last4: '1237' },
    });
  });

  it('ends a challenge the customer closed by canceling at Adyen, never with an error', async () => {
    const s = await live.session();
    const pay = await confirmEncrypted(s, encrypted(ADYEN_TEST_CARDS.threeDS));
    expect(pay.status).toBe('requires_action');
    // Adyen cannot be read: closing the challenge voids the payment there instead, so a late
    // authorisation of that redirect can never capture it.
    const res = await w.widget(s.token, 'POST', `/payments/${pay.id}/cancel`);
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('canceled');
    // A reversal, not a plain cancel: the payment may have been captured before this landed.
    expect(fake.requests.at(-1)).toMatchObject({
      path: `/payments/${pay.processorPaymentId}/reversals`,
      body: { merchantAccount: MERCHANT },
    });
    expect(fake.problems).toEqual([]);
  });

  it('a cancel Adyen reports failed (CANCEL_OR_REFUND success false) is undone: processing, then the authorisation settles it', async () => {
    const s = await live.session();
    const pay = await confirmEncrypted(s, encrypted(ADYEN_TEST_CARDS.threeDS));
    const psp = pay.processorPaymentId!;
    expect((await (await w.widget(s.token, 'POST', `/payments/${pay.id}/cancel`)).json()).status).toBe(
      'canceled',
    );
    const reversal = (success: 'true' | 'false') => ({
      pspReference: `REV${psp.slice(3)}`,
      originalReference: psp,
      merchantAccountCode: MERCHANT,
      merchantReference: pay.id,
      amount: { value: pay.amount, currency: pay.currency.toUpperCase() },
      eventCode: 'CANCEL_OR_REFUND',
      eventDate: '2026-12-04T14:00:00+00:00',
      success,
      additionalData: { 'modification.action': 'cancel' },
    });
    // A successful one confirms what Finlet recorded: nothing changes.
    expect(await (await notify(reversal('true'))).text()).toBe('[accepted]');
    expect(await readPayment(pay.id)).toMatchObject({ status: 'canceled' });

    expect(await (await notify(reversal('false'))).text()).toBe('[accepted]');
    expect(await readPayment(pay.id)).toMatchObject({ status: 'processing', failure_code: null });
    expect(await liveEventTypes(pay.id)).toEqual([
      'payment.processing',
      'payment.requires_action',
      'payment.canceled',
      'payment.processing',
    ]);
    // Adyen kept the payment: its authorisation now settles it, as for any payment Adyen decides.
    await notify(authorisation(pay, psp));
    expect(await readPayment(pay.id)).toMatchObject({ status: 'succeeded' });
    expect(fake.problems).toEqual([]);
  });

  it('a refund Adyen reports failed after accepting it (REFUND success false) is undone: failed, refund.failed, refundable again', async () => {
    const s = await live.session();
    const pay = await confirmEncrypted(s, encrypted(ADYEN_TEST_CARDS.authorised));
    expect(pay.status).toBe('succeeded');
    const created = await live.api('POST', `/v1/payments/${pay.id}/refunds`, { amount: 700 });
    const refund = await created.json();
    expect(refund).toMatchObject({ status: 'succeeded', amount: 700 });
    const [stored] = await w.ctx.deps.database.db.select().from(refunds).where(eq(refunds.id, refund.id));
    const failed = {
      pspReference: stored!.processorRefundId,
      originalReference: pay.processorPaymentId,
      merchantAccountCode: MERCHANT,
      merchantReference: refund.id,
      amount: { value: 700, currency: pay.currency.toUpperCase() },
      eventCode: 'REFUND',
      eventDate: '2026-12-04T14:00:00+00:00',
      success: 'false',
      reason: 'Insufficient balance on merchant account',
    };
    expect(await (await notify(failed)).text()).toBe('[accepted]');
    const listed = await (await live.api('GET', `/v1/payments/${pay.id}/refunds`)).json();
    expect(listed.data).toEqual([
      expect.objectContaining({ id: refund.id, status: 'failed', failure_code: 'refund_failed' }),
    ]);
    expect(await readPayment(pay.id)).toMatchObject({ status: 'succeeded', amount_refunded: 0 });
    expect(await liveEventTypes(refund.id)).toEqual(['refund.succeeded', 'refund.failed']);
    // Delivered again: nothing more happens.
    await notify(failed);
    expect(await liveEventTypes(refund.id)).toEqual(['refund.succeeded', 'refund.failed']);
    // The whole amount can be refunded again.
    const again = await live.api('POST', `/v1/payments/${pay.id}/refunds`, {});
    expect(await again.json()).toMatchObject({ status: 'succeeded', amount: pay.amount });
    expect(fake.problems).toEqual([]);
  });

  it('refuses a forged notification with 400 invalid_signature and acts on none of it', async () => {
    const s = await live.session();
    const pay = await confirmEncrypted(s, encrypted(ADYEN_TEST_CARDS.pending));
    expect(pay.status).toBe('processing');
    const forged = await notify(authorisation(pay, 'FORGED0000000001'), {
      signature: 'coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=',
    });
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('invalid_signature');
    expect((await readPayment(pay.id)).status).toBe('processing');
  });

  it('answers a return with a redirectResult Adyen does not know with the page, and leaves the payment waiting', async () => {
    const s = await live.session();
    const pay = await confirmEncrypted(s, encrypted(ADYEN_TEST_CARDS.threeDS));
    const page = await fetch(`${w.finletUrl}${RETURN_PATH}?session=${s.id}&redirectResult=forged`);
    expect(page.status).toBe(200);
    expect((await readPayment(pay.id)).status).toBe('requires_action');
    const junk = await fetch(`${w.finletUrl}/callbacks/processor/${account.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"notificationItems":',
    });
    expect(junk.status).toBe(400);
  });

  it('never declares a Pending payment failed (Adyen cannot be asked); its notification settles it', async () => {
    const s = await live.session();
    const pay = await confirmEncrypted(s, encrypted(ADYEN_TEST_CARDS.pending));
    expect(pay.status).toBe('processing');
    // Long past the time after which a processor that can be asked would be believed.
    w.advance(24 * 3600_000);
    await reconcileCardPayments(w.ctx.deps);
    expect((await readPayment(pay.id)).status).toBe('processing');

    const ack = await notify(
      authorisation(pay, 'PENDING000000001', {
        paymentMethod: 'mc',
        success: 'false',
        reason: 'Not enough balance',
      }),
    );
    expect(await ack.text()).toBe('[accepted]');
    expect(await readPayment(pay.id)).toMatchObject({ status: 'failed', failure_code: 'insufficient_funds' });
    expect(fake.problems).toEqual([]);
  });
});
