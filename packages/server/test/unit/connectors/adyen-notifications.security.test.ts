/**
 * Adyen's standard notifications: only items whose `hmacSignature` is Adyen's HMAC of the
 * documented fields under the account's key are believed, a batch with one forged item is refused
 * whole, and each verified item becomes the event Finlet acts on. The first vector is the one
 * Adyen's own API libraries test against (key 44782DEF…, item 7914073381342284 → coqCmt…).
 */
import { describe, expect, it } from 'vitest';
import {
  adyenItemHmac,
  adyenSigningString,
  verifyAdyenNotifications,
} from '../../../src/connectors/payments/adyen-notifications.ts';
import { FAKE_HMAC_KEY, notificationProblems, signNotificationItem } from '../../support/adyen-fake.ts';

const SAMPLE = {
  pspReference: '7914073381342284',
  merchantAccountCode: 'TestMerchant',
  merchantReference: 'TestPayment-1407325143704',
  amount: { value: 1130, currency: 'EUR' },
  eventCode: 'AUTHORISATION',
  eventDate: '2026-12-04T13:42:40+01:00',
  paymentMethod: 'visa',
  success: 'true',
};

const batch = (...items: Record<string, unknown>[]) =>
  JSON.stringify({ live: 'false', notificationItems: items.map((i) => ({ NotificationRequestItem: i })) });

const signed = (item: Record<string, unknown>, signature = signNotificationItem(item)) => ({
  ...item,
  additionalData: { ...((item.additionalData as object | undefined) ?? {}), hmacSignature: signature },
});

const verify = (rawBody: string, merchantAccount = 'TestMerchant') =>
  verifyAdyenNotifications({ hmacKey: FAKE_HMAC_KEY, merchantAccount, rawBody });

describe('Adyen notification HMAC', () => {
  it('signs the documented fields in the documented order, as Adyen’s libraries do', () => {
    expect(adyenSigningString(SAMPLE)).toBe(
      '7914073381342284::TestMerchant:TestPayment-1407325143704:1130:EUR:AUTHORISATION:true',
    );
    expect(adyenItemHmac(FAKE_HMAC_KEY, SAMPLE)).toBe('coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=');
  });

  it('believes the sample, signed, and reads it as the payment succeeding', () => {
    const body = batch(signed(SAMPLE, 'coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0='));
    expect(notificationProblems(JSON.parse(body))).toEqual([]);
    expect(verify(body)).toEqual([
      {
        id: 'AUTHORISATION_7914073381342284_true',
        kind: 'payment',
        payment: expect.objectContaining({
          id: '7914073381342284',
          status: 'succeeded',
          reference: 'TestPayment-1407325143704',
          amount: 1130,
          currency: 'eur',
          card: expect.objectContaining({ brand: 'visa' }),
        }),
      },
    ]);
  });

  it.each([
    ['a changed amount', { ...signed(SAMPLE), amount: { value: 113000, currency: 'EUR' } }],
    ['success flipped', { ...signed(SAMPLE), success: 'false' }],
    ['another payment reference', { ...signed(SAMPLE), merchantReference: 'pay_someone_else' }],
    ['no signature', SAMPLE],
    ['a signature under another key', signed(SAMPLE, signNotificationItem(SAMPLE, 'AB'.repeat(32)))],
    ['a signature that is not base64 of 32 bytes', signed(SAMPLE, 'not-a-signature')],
    ['an empty signature', signed(SAMPLE, '')],
  ])('refuses an item with %s', (_, item) => {
    expect(verify(batch(item))).toBeNull();
  });

  it('refuses a whole batch when one of its items is forged, so nothing of it is acted on', () => {
    const refund = {
      ...SAMPLE,
      pspReference: '8814073381342299',
      originalReference: '7914073381342284',
      eventCode: 'REFUND',
    };
    expect(verify(batch(signed(SAMPLE), signed(refund)))).toHaveLength(2);
    expect(
      verify(batch(signed(SAMPLE), { ...signed(refund), amount: { value: 1, currency: 'EUR' } })),
    ).toBeNull();
  });

  it.each([
    ['not JSON', '[accepted'],
    ['no items', JSON.stringify({ live: 'false', notificationItems: [] })],
    ['an item without its fields', batch({ additionalData: { hmacSignature: 'x' } })],
  ])('refuses a body that is %s', (_, body) => {
    expect(verify(body)).toBeNull();
  });
});

describe('Adyen notification events', () => {
  const refund = {
    ...SAMPLE,
    pspReference: '8814073381342299',
    originalReference: '7914073381342284',
    amount: { value: 500, currency: 'EUR' },
    eventCode: 'REFUND',
  };

  it('reads a refused AUTHORISATION as failed, with the decline code of its reason', () => {
    const item = { ...SAMPLE, success: 'false', reason: 'Not enough balance' };
    expect(verify(batch(signed(item)))?.[0]).toMatchObject({
      kind: 'payment',
      payment: { status: 'failed', decline_code: 'insufficient_funds' },
    });
  });

  it('reads REFUND and REFUND_FAILED as the refund of the original payment', () => {
    expect(verify(batch(signed(refund)))?.[0]).toEqual({
      id: 'REFUND_8814073381342299_true',
      kind: 'refund',
      refund: { id: '8814073381342299', payment: '7914073381342284', amount: 500, status: 'succeeded' },
    });
    const failed = { ...refund, eventCode: 'REFUND_FAILED' };
    expect(verify(batch(signed(failed)))?.[0]).toMatchObject({
      kind: 'refund',
      refund: { status: 'failed' },
    });
  });

  it('reads a successful CANCELLATION as the original payment canceled', () => {
    const cancel = { ...refund, eventCode: 'CANCELLATION', amount: { value: 1130, currency: 'EUR' } };
    expect(verify(batch(signed(cancel)))?.[0]).toMatchObject({
      kind: 'payment',
      payment: { id: '7914073381342284', status: 'canceled' },
    });
  });

  it('reads CANCEL_OR_REFUND (a reversal) like a cancellation, and a failed one of either as cancel_failed', () => {
    const reversal = { ...refund, eventCode: 'CANCEL_OR_REFUND', amount: { value: 1130, currency: 'EUR' } };
    expect(verify(batch(signed(reversal)))?.[0]).toMatchObject({
      kind: 'payment',
      payment: { id: '7914073381342284', status: 'canceled' },
    });
    for (const eventCode of ['CANCEL_OR_REFUND', 'CANCELLATION'])
      expect(verify(batch(signed({ ...reversal, eventCode, success: 'false' })))).toEqual([
        {
          id: `${eventCode}_${refund.pspReference}_false`,
          kind: 'cancel_failed',
          payment: '7914073381342284',
        },
      ]);
  });

  it('acknowledges, without acting on, other event codes and other merchant accounts', () => {
    const capture = { ...refund, eventCode: 'CAPTURE' };
    expect(verify(batch(signed(capture)))?.[0]).toMatchObject({ kind: 'other', type: 'CAPTURE' });
    expect(verify(batch(signed(SAMPLE)), 'AnotherMerchant')?.[0]).toMatchObject({ kind: 'other' });
  });
});
