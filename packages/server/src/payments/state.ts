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
 *
 * LOCK ORDER — the one place it is written down. Every transaction that locks a session and its
 * payments takes them in this order, so two of them never wait on each other (on PostgreSQL the
 * opposite orders deadlock and one is aborted with 40P01, which the API would answer with a 5xx):
 *   1. the session row (`sessions` FOR UPDATE): creating a payment (`lockOpenSession`: card confirm,
 *      bank start), closing the session (sessions/lifecycle.ts: partner cancel, expiry) and every
 *      payment status change (`lockForChange`: processor answers and callbacks, 3-D Secure reads,
 *      bank completion and settling, failures) take it first; `setFlowState` then finds it held;
 *   2. then the session's payment rows.
 * So under a session's lock no payment of it changes status and none is created: a closing session
 * sees exactly the payments waiting, and a payment start sees whether the session is still open.
 * Writes that touch one payment row and no session (`claimDue` with SKIP LOCKED, rescheduling a
 * check, the processor cancel bookkeeping, recording a bank submission) wait on nothing else while
 * holding it. Refunds never lock the session: creating one locks its payment and inserts the
 * refund, settling one locks the refund then its payment (nothing locks a payment before an
 * existing refund).
 */
import type { ErrorCode, Payment, PaymentStatus, Refund, WebhookEventType } from '@finlet/shared';
import { TERMINAL_PAYMENT_STATUSES } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import type { ProcessorPayment } from '../connectors/payments/processor.ts';
import type { Deps } from '../context.ts';
import type { Tx } from '../db/client.ts';
import { payments, type refunds, sessions } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { setFlowState } from '../sessions/lifecycle.ts';
import { recordEvent } from '../webhooks/outbox.ts';
import { after, CHECK_LEASE_MS } from './checks.ts';
import { cancelOwedAtProcessor, closeReasonOf } from './session-close.ts';

export type PaymentRow = typeof payments.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;

export function toPaymentResource(p: PaymentRow): Payment {
  return {
    id: p.id,
    object: 'payment',
    livemode: p.livemode,
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
    livemode: r.livemode,
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

/** Locks one payment row alone (refunds: they never touch the session; see LOCK ORDER). */
export async function lockPayment(tx: Tx, id: string): Promise<PaymentRow | undefined> {
  const [row] = await tx.select().from(payments).where(eq(payments.id, id)).for('update');
  return row;
}

/** Locks a payment for a status change: its session's row first, then the payment (LOCK ORDER). */
export async function lockForChange(
  tx: Tx,
  paymentId: string,
): Promise<{ row: PaymentRow; sessionStatus: string } | undefined> {
  const [owner] = await tx
    .select({ sessionId: payments.sessionId })
    .from(payments)
    .where(eq(payments.id, paymentId));
  if (!owner) return undefined;
  const [session] = await tx
    .select({ status: sessions.status })
    .from(sessions)
    .where(eq(sessions.id, owner.sessionId))
    .for('update');
  const row = await lockPayment(tx, paymentId);
  return row && { row, sessionStatus: session!.status };
}

const CLOSED_SESSION_CODE: Record<string, ErrorCode> = {
  canceled: 'session_canceled',
  expired: 'session_expired',
  completed: 'session_completed',
};

/**
 * Locks a session before a payment is created for it (LOCK ORDER) and checks, under that lock, that
 * it is still open: the widget's token was checked before, but the partner may have canceled it
 * since (answered like the token check would: 410 `session_canceled` / `session_expired`).
 */
export async function lockOpenSession(deps: Deps, tx: Tx, sessionId: string): Promise<void> {
  const [session] = await tx
    .select({ status: sessions.status, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(eq(sessions.id, sessionId))
    .for('update');
  if (!session) throw new ApiError('not_found', 'No such session.');
  const closed = CLOSED_SESSION_CODE[session.status];
  if (closed) throw new ApiError(closed);
  if (session.expiresAt <= deps.clock.now()) throw new ApiError('session_expired');
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
      await setFlowState(deps, tx, row.sessionId, 'payment', {
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
 * The card to record: the processor's, unless this answer does not say the card (no last 4 — an
 * Adyen notification without the card summary, a cancel's answer) and the payment already knows it.
 */
const cardOf = (row: PaymentRow, pp: ProcessorPayment) => (pp.card.last4 || !row.card ? pp.card : row.card);

/**
 * Applies what the processor says about a payment (its answer to the charge, a callback, or a
 * read after 3-D Secure). A payment adopts the processor id the first time it hears it; answers
 * about any other processor payment are ignored.
 */
export async function applyProcessorPayment(deps: Deps, paymentId: string, pp: ProcessorPayment) {
  let cancelOwed = false;
  const result = await deps.database.db.transaction(async (tx) => {
    const locked = await lockForChange(tx, paymentId);
    if (!locked) return undefined;
    const { row, sessionStatus } = locked;
    if (row.processorPaymentId && row.processorPaymentId !== pp.id) return row;
    if (row.status === 'canceled' && row.nextCheckAt) return settleOwedCancel(deps, tx, row, pp);
    const closedBy = closeReasonOf(sessionStatus);
    if (
      closedBy &&
      pp.status === 'requires_action' &&
      !TERMINAL_PAYMENT_STATUSES.has(row.status as PaymentStatus)
    ) {
      // The session closed while the charge was on its way and the processor now asks for a
      // challenge: it would be left open to capture on a closed session, so it is canceled like the
      // session's other waiting payments, at the processor too (right after the commit).
      cancelOwed = true;
      return transition(deps, tx, row, 'canceled', {
        processorPaymentId: pp.id,
        card: cardOf(row, pp),
        failureCode: closedBy,
        nextActionUrl: null,
        nextCheckAt: after(deps, CHECK_LEASE_MS),
        checkAttempts: 0,
      });
    }
    const patch: Partial<PaymentRow> = {
      processorPaymentId: pp.id,
      card: cardOf(row, pp),
      failureCode: pp.status === 'failed' ? (pp.decline_code ?? 'processing_error') : null,
      nextActionUrl: pp.status === 'requires_action' ? (pp.next_action?.url ?? null) : null,
      // The outcome is known now: no background check is owed (the widget and the session's close
      // take a payment waiting for 3-D Secure from here).
      nextCheckAt: null,
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
  if (cancelOwed) await cancelOwedAtProcessor(deps, [paymentId]);
  return result;
}

/**
 * What the processor says about a payment Finlet canceled while its processor cancel was owed:
 * canceled or failed there too — nothing more is owed; captured — recorded `succeeded` (see the
 * module comment); still awaiting the challenge — the cancel stays owed.
 */
async function settleOwedCancel(deps: Deps, tx: Tx, row: PaymentRow, pp: ProcessorPayment) {
  if (pp.status === 'requires_action') return row;
  if (pp.status !== 'succeeded') {
    const [done] = await tx
      .update(payments)
      .set({ nextCheckAt: null })
      .where(eq(payments.id, row.id))
      .returning();
    return done!;
  }
  const captured = await reopenCanceled(deps, tx, row, 'succeeded');
  deps.logger.warn({ payment: row.id }, 'captured before the processor cancel landed; recorded succeeded');
  return captured;
}

/**
 * The one move out of `canceled`, outside the forward-only table: the processor says a payment
 * Finlet canceled is not canceled there (captured before the cancel landed — `succeeded`; the
 * cancel failed — `processing`, its outcome unknown). Recorded with its event, in the caller's
 * transaction, the payment locked.
 */
export async function reopenCanceled(
  deps: Deps,
  tx: Tx,
  row: PaymentRow,
  status: 'succeeded' | 'processing',
): Promise<PaymentRow> {
  const now = deps.clock.now();
  const [reopened] = await tx
    .update(payments)
    .set({ status, failureCode: null, nextActionUrl: null, nextCheckAt: null, updatedAt: now })
    .where(eq(payments.id, row.id))
    .returning();
  await recordEvent(tx, {
    partnerId: row.partnerId,
    type: EVENT_OF[status]!,
    object: toPaymentResource(reopened!),
    now,
  });
  return reopened!;
}

/** Ends a payment the processor refused or never received (no money moved). */
export async function failPayment(deps: Deps, paymentId: string, failureCode: string) {
  const result = await deps.database.db.transaction(async (tx) => {
    const locked = await lockForChange(tx, paymentId);
    return locked && transition(deps, tx, locked.row, 'failed', { failureCode, nextActionUrl: null });
  });
  deps.pokeDispatcher();
  return result;
}
