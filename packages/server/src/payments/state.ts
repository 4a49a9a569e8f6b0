/**
 * The payment state machine: `requires_payment_method → processing → requires_action → processing
 * → succeeded | failed | canceled`. Every change and its event (the webhook outbox) commit in one
 * transaction with the payment row locked; a terminal status also records the session's payment
 * flow state there. Processor answers and callbacks arrive in any order and more than once, so
 * applying them is idempotent and only ever moves a payment forward — with one exception: a card
 * payment canceled with its session while the processor's cancel was still owed (`next_check_at`
 * set) that the processor captured after all (a 3-D Secure challenge passed before the cancel
 * landed). Money moved, so, as at Stripe (a captured payment can no longer be canceled and stays
 * succeeded), Finlet records it `succeeded` with its `payment.succeeded` event and the partner
 * refunds it through the refunds API if it will not fulfil the order. Finlet never refunds on its
 * own: the partner decides, and the statement export then shows the charge and its refund.
 */
import type { Payment, PaymentStatus, Refund, WebhookEventType } from '@finlet/shared';
import { TERMINAL_PAYMENT_STATUSES } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import type { ProcessorPayment } from '../connectors/payments/processor.ts';
import type { Deps } from '../context.ts';
import type { Tx } from '../db/client.ts';
import { payments, type refunds, sessions } from '../db/schema.ts';
import { setFlowState } from '../sessions/lifecycle.ts';
import { recordEvent } from '../webhooks/outbox.ts';

export type PaymentRow = typeof payments.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;

export function toPaymentResource(p: PaymentRow): Payment {
  return {
    id: p.id,
    object: 'payment',
    session: p.sessionId,
    status: p.status as PaymentStatus,
    amount: p.amount,
    currency: p.currency,
    description: p.description,
    method: p.method,
    card: p.card ?? null,
    amount_refunded: p.amountRefunded,
    failure_code: p.failureCode,
    next_action: p.nextActionUrl ? { type: 'three_d_secure', url: p.nextActionUrl } : null,
    created_at: p.createdAt.toISOString(),
    updated_at: p.updatedAt.toISOString(),
  };
}

export function toRefundResource(r: RefundRow): Refund {
  return {
    id: r.id,
    object: 'refund',
    payment: r.paymentId,
    amount: r.amount,
    currency: r.currency,
    status: r.status,
    failure_code: r.failureCode,
    created_at: r.createdAt.toISOString(),
  };
}

const EVENT_OF: Partial<Record<PaymentStatus, WebhookEventType>> = {
  processing: 'payment.processing',
  requires_action: 'payment.requires_action',
  succeeded: 'payment.succeeded',
  failed: 'payment.failed',
  canceled: 'payment.canceled',
};

/** Allowed moves; anything else is ignored (a late or repeated processor answer). */
const NEXT: Record<PaymentStatus, ReadonlySet<PaymentStatus>> = {
  requires_payment_method: new Set(['processing', 'canceled']),
  processing: new Set(['requires_action', 'succeeded', 'failed', 'canceled']),
  requires_action: new Set(['processing', 'succeeded', 'failed', 'canceled']),
  succeeded: new Set(),
  failed: new Set(),
  canceled: new Set(),
};

export async function lockPayment(tx: Tx, id: string): Promise<PaymentRow | undefined> {
  const [row] = await tx.select().from(payments).where(eq(payments.id, id)).for('update');
  return row;
}

/** Moves a locked payment to `status` with `patch`, records its event and, if terminal, the flow state. */
export async function transition(
  deps: Deps,
  tx: Tx,
  row: PaymentRow,
  status: PaymentStatus,
  patch: Partial<PaymentRow> = {},
): Promise<PaymentRow> {
  if (!NEXT[row.status as PaymentStatus].has(status)) return row;
  const now = deps.clock.now();
  // A terminal payment owes its provider nothing more unless the caller says so (a processor cancel).
  const settled = TERMINAL_PAYMENT_STATUSES.has(status) ? { nextCheckAt: null } : {};
  const [updated] = await tx
    .update(payments)
    .set({ ...settled, ...patch, status, updatedAt: now })
    .where(eq(payments.id, row.id))
    .returning();
  const type = EVENT_OF[status];
  if (type)
    await recordEvent(tx, { partnerId: row.partnerId, type, object: toPaymentResource(updated!), now });
  if (TERMINAL_PAYMENT_STATUSES.has(status)) {
    const [session] = await tx
      .select({ status: sessions.status, flows: sessions.flows })
      .from(sessions)
      .where(eq(sessions.id, row.sessionId));
    // A session that closed meanwhile keeps its state; the payment and its webhook still record it.
    if (session?.status === 'open' && session.flows.includes('payment')) {
      await setFlowState(tx, row.sessionId, 'payment', {
        status,
        result: {
          payment_id: updated!.id,
          amount: updated!.amount,
          currency: updated!.currency,
          ...(updated!.failureCode ? { failure_code: updated!.failureCode } : {}),
        },
      });
    }
  }
  return updated!;
}

/**
 * Applies what the processor says about a payment (its answer to the charge, a callback, or a
 * read after 3-D Secure). A payment adopts the processor id the first time it hears it; answers
 * about any other processor payment are ignored.
 */
export async function applyProcessorPayment(deps: Deps, paymentId: string, pp: ProcessorPayment) {
  const result = await deps.database.db.transaction(async (tx) => {
    const row = await lockPayment(tx, paymentId);
    if (!row) return undefined;
    if (row.processorPaymentId && row.processorPaymentId !== pp.id) return row;
    if (row.status === 'canceled' && row.nextCheckAt) return settleOwedCancel(deps, tx, row, pp);
    const patch: Partial<PaymentRow> = {
      processorPaymentId: pp.id,
      card: pp.card,
      failureCode: pp.status === 'failed' ? (pp.decline_code ?? 'processing_error') : null,
      nextActionUrl: pp.status === 'requires_action' ? (pp.next_action?.url ?? null) : null,
    };
    if (pp.status === row.status) {
      if (!row.processorPaymentId) {
        const [adopted] = await tx.update(payments).set(patch).where(eq(payments.id, row.id)).returning();
        return adopted!;
      }
      return row;
    }
    return transition(deps, tx, row, pp.status, patch);
  });
  deps.pokeDispatcher();
  return result;
}

/**
 * What the processor says about a payment Finlet canceled while its processor cancel was owed:
 * canceled or failed there too — nothing more is owed; captured — recorded `succeeded` (see the
 * module comment); still awaiting the challenge — the cancel stays owed.
 */
async function settleOwedCancel(deps: Deps, tx: Tx, row: PaymentRow, pp: ProcessorPayment) {
  if (pp.status === 'requires_action') return row;
  const now = deps.clock.now();
  if (pp.status !== 'succeeded') {
    const [done] = await tx
      .update(payments)
      .set({ nextCheckAt: null })
      .where(eq(payments.id, row.id))
      .returning();
    return done!;
  }
  const [captured] = await tx
    .update(payments)
    .set({ status: 'succeeded', failureCode: null, nextActionUrl: null, nextCheckAt: null, updatedAt: now })
    .where(eq(payments.id, row.id))
    .returning();
  await recordEvent(tx, {
    partnerId: row.partnerId,
    type: 'payment.succeeded',
    object: toPaymentResource(captured!),
    now,
  });
  deps.logger.warn({ payment: row.id }, 'captured before the processor cancel landed; recorded succeeded');
  return captured!;
}

/** Ends a payment the processor refused or never received (no money moved). */
export async function failPayment(deps: Deps, paymentId: string, failureCode: string) {
  const result = await deps.database.db.transaction(async (tx) => {
    const row = await lockPayment(tx, paymentId);
    return row && transition(deps, tx, row, 'failed', { failureCode, nextActionUrl: null });
  });
  deps.pokeDispatcher();
  return result;
}
