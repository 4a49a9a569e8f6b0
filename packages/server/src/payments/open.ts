/**
 * Opening a payment, shared by card confirms and bank starts: the payment an Idempotency-Key
 * already made (a replay answers with it), and the insert of a new payment for the session's order
 * together with its first event (`payment.processing` for a card charge on its way,
 * `payment.requires_action` for a bank authorisation), inside the caller's transaction — which
 * already holds the session's row lock (LOCK ORDER in state.ts).
 */
import { newId } from '@finlet/shared';
import { and, eq } from 'drizzle-orm';
import type { SessionRow } from '../context.ts';
import type { DbOrTx, Tx } from '../db/client.ts';
import { payments } from '../db/schema.ts';
import { recordEvent } from '../webhooks/outbox.ts';
import { type PaymentRow, toPaymentResource } from './state.ts';

export async function paymentByKey(
  db: DbOrTx,
  sessionId: string,
  idempotencyKey: string,
): Promise<PaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.sessionId, sessionId), eq(payments.idempotencyKey, idempotencyKey)));
  return row;
}

type Order = NonNullable<SessionRow['payment']>;

export async function insertPayment(
  tx: Tx,
  session: SessionRow,
  order: Order,
  fields: {
    idempotencyKey: string;
    method: 'card' | 'bank';
    status: 'processing' | 'requires_action';
    card?: PaymentRow['card'];
    /** When a background check of the payment with its provider is due (card-reconcile.ts). */
    nextCheckAt?: Date;
    providerAccountId?: string | null;
  },
  now: Date,
): Promise<PaymentRow> {
  const [row] = await tx
    .insert(payments)
    .values({
      id: newId('payment'),
      partnerId: session.partnerId,
      livemode: session.livemode,
      sessionId: session.id,
      ...fields,
      amount: order.amount,
      currency: order.currency,
      description: order.description,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await recordEvent(tx, {
    partnerId: session.partnerId,
    type: `payment.${fields.status}`,
    object: toPaymentResource(row!),
    now,
  });
  return row!;
}
