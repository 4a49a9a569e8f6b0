/**
 * Adyen's standard notification webhooks (data/providers/adyen/Webhooks-v1.json), checked and read.
 * Adyen signs each `NotificationRequestItem` on its own, in the body, not in a header: its
 * `additionalData.hmacSignature` is base64 HMAC-SHA256, keyed with the webhook's HMAC key (hex, as
 * Customer Area shows it), over these fields joined with `:` in this order —
 * `pspReference:originalReference:merchantAccountCode:merchantReference:amount.value:amount.currency:eventCode:success`
 * (an absent field is empty). Every item of a batch must verify, or the whole batch is refused:
 * Adyen then retries it, and a forged item never rides along with a genuine one. Signatures are
 * compared in constant time. Items for another merchant account (an HMAC key can be shared across a
 * company's accounts) are verified and then ignored (`other`).
 *
 * The signature has no timestamp, so a captured notification can be sent again: every event here
 * only moves a payment forward once (payments/state.ts) and a refund is settled once by its id, so
 * a replay changes nothing.
 *
 * What Finlet acts on: AUTHORISATION (success → `succeeded`, else `failed` with the refusal's
 * decline code); CANCELLATION and CANCEL_OR_REFUND (the answer to `/reversals`, which Finlet's
 * cancel sends): success → `canceled`, `success: false` → `cancel_failed` (Finlet recorded the
 * payment canceled when Adyen accepted the request; it was not); REFUND and REFUND_FAILED (the
 * refund's outcome — a `success: false` REFUND after Finlet recorded the refund done undoes it).
 * Everything else is `other` — acknowledged, not acted on.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { cardOf, declineOf } from './adyen-results.ts';
import type { ProcessorEvent } from './processor.ts';

const item = z.object({
  pspReference: z.string().min(1),
  originalReference: z.string().optional(),
  merchantAccountCode: z.string(),
  merchantReference: z.string(),
  amount: z.object({ value: z.number().int(), currency: z.string() }),
  eventCode: z.string(),
  success: z.enum(['true', 'false']),
  paymentMethod: z.string().optional(),
  reason: z.string().optional(),
  additionalData: z.record(z.string(), z.unknown()).optional(),
});
type Item = z.infer<typeof item>;

const notification = z.object({
  live: z.string().optional(),
  notificationItems: z
    .array(z.object({ NotificationRequestItem: z.unknown() }))
    .min(1)
    .max(100),
});

/** The text Adyen signs for one item. */
export function adyenSigningString(i: {
  pspReference?: string | undefined;
  originalReference?: string | undefined;
  merchantAccountCode?: string | undefined;
  merchantReference?: string | undefined;
  amount?: { value?: number | undefined; currency?: string | undefined } | undefined;
  eventCode?: string | undefined;
  success?: string | undefined;
}): string {
  return [
    i.pspReference,
    i.originalReference,
    i.merchantAccountCode,
    i.merchantReference,
    i.amount?.value,
    i.amount?.currency,
    i.eventCode,
    i.success,
  ]
    .map((v) => (v === undefined ? '' : String(v)))
    .join(':');
}

/** The item's base64 HMAC under the hex key. */
export function adyenItemHmac(hmacKey: string, i: Parameters<typeof adyenSigningString>[0]): string {
  return createHmac('sha256', Buffer.from(hmacKey, 'hex')).update(adyenSigningString(i)).digest('base64');
}

function signedBy(hmacKey: string, i: Item): boolean {
  const given = i.additionalData?.hmacSignature;
  if (typeof given !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(given)) return false;
  const expected = Buffer.from(adyenItemHmac(hmacKey, i), 'base64');
  return timingSafeEqual(expected, Buffer.from(given, 'base64'));
}

/** Adyen's additionalData values Finlet reads are strings; anything else is dropped. */
function strings(data: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

function eventOf(i: Item, merchantAccount: string): ProcessorEvent {
  const id = `${i.eventCode}_${i.pspReference}_${i.success}`;
  const ok = i.success === 'true';
  if (i.merchantAccountCode !== merchantAccount) return { id, kind: 'other', type: i.eventCode };
  const common = {
    amount: i.amount.value,
    currency: i.amount.currency.toLowerCase(),
    reference: i.merchantReference,
    card: cardOf(strings(i.additionalData), i.paymentMethod),
    next_action: null,
    amount_refunded: 0,
  };
  switch (i.eventCode) {
    case 'AUTHORISATION':
      return {
        id,
        kind: 'payment',
        payment: {
          ...common,
          id: i.pspReference,
          status: ok ? 'succeeded' : 'failed',
          decline_code: ok ? null : declineOf(undefined, i.reason),
        },
      };
    case 'CANCELLATION':
    case 'CANCEL_OR_REFUND':
      if (!i.originalReference) break;
      if (!ok) return { id, kind: 'cancel_failed', payment: i.originalReference };
      return {
        id,
        kind: 'payment',
        payment: { ...common, id: i.originalReference, status: 'canceled', decline_code: null },
      };
    case 'REFUND':
    case 'REFUND_FAILED':
      if (!i.originalReference) break;
      return {
        id,
        kind: 'refund',
        refund: {
          id: i.pspReference,
          payment: i.originalReference,
          amount: i.amount.value,
          status: ok && i.eventCode === 'REFUND' ? 'succeeded' : 'failed',
        },
      };
  }
  return { id, kind: 'other', type: i.eventCode };
}

/** Every event of a notification batch whose items all verify; null when any does not (or it is not one). */
export function verifyAdyenNotifications(o: {
  hmacKey: string;
  merchantAccount: string;
  rawBody: string;
}): ProcessorEvent[] | null {
  let body: unknown;
  try {
    body = JSON.parse(o.rawBody);
  } catch {
    return null;
  }
  const batch = notification.safeParse(body);
  if (!batch.success) return null;
  const items: Item[] = [];
  for (const wrapper of batch.data.notificationItems) {
    const parsed = item.safeParse(wrapper.NotificationRequestItem);
    if (!parsed.success || !signedBy(o.hmacKey, parsed.data)) return null;
    items.push(parsed.data);
  }
  return items.map((i) => eventOf(i, o.merchantAccount));
}
