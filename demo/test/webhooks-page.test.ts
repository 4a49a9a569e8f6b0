/**
 * The demo's webhooks page links every object to the order it is about: a session to itself, a
 * payment (and its refund) to the payment's session, an identity verification to its session.
 */
import { describe, expect, it } from 'vitest';
import { webhooksPage } from '../src/pages.ts';
import { type ReceivedEvent, webhookStore } from '../src/webhooks.ts';

const received = (n: number, object: Record<string, unknown>, type: string): ReceivedEvent => ({
  webhook_id: `msg_${n}`,
  received_at: `2026-01-01T00:00:0${n}Z`,
  event: { id: `evt_${n}`, type, created_at: '2026-01-01T00:00:00Z', data: { object } },
});

describe('webhooks page', () => {
  const store = webhookStore();
  store.add(received(1, { object: 'session', id: 'ses_1' }, 'session.completed'));
  store.add(received(2, { object: 'payment', id: 'pay_1', session: 'ses_1' }, 'payment.succeeded'));
  store.add(received(3, { object: 'refund', id: 'ref_1', payment: 'pay_1' }, 'refund.succeeded'));
  store.add(
    received(4, { object: 'identity_verification', id: 'idv_1', session_id: 'ses_2' }, 'identity.approved'),
  );

  it('opens the order from a payment, its refund and an identity verification', () => {
    const page = String(webhooksPage(store.list(), store.orderOf));
    expect(page).toContain('<a href="/orders/ses_1">pay_1</a>');
    expect(page).toContain('<a href="/orders/ses_1">ref_1</a>');
    expect(page).toContain('<a href="/orders/ses_2">idv_1</a>');
    expect(page).toContain('<a href="/orders/ses_1">ses_1</a>');
    expect(page).not.toContain('/orders/pay_1');
  });

  it("lists an order's payment events on the order page", () => {
    expect(store.forSession('ses_1').map((e) => e.event.type)).toEqual([
      'refund.succeeded',
      'payment.succeeded',
      'session.completed',
    ]);
  });
});
