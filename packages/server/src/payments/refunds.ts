/**
 * Refunds, full or partial, sent back where the money came from. A card payment is refunded at the
 * card processor: the refundable remainder is checked and reserved under the payment's row lock
 * before the processor is called, so concurrent requests can never refund more than was captured;
 * a refund the processor refuses gives its reservation back (`refund.failed`). A pay-by-bank
 * payment has no refund path: neither dialect Finlet speaks offers one (UK Open Banking 4.0 PIS
 * only lets a PISP read the payer's refund account, `ReadRefundAccount`; Berlin Group 1.3.9 has
 * nothing), so it is refused with `refund_not_supported` before anything is stored — the partner
 * refunds it by a transfer of its own.
 */
import { newId } from '@finlet/shared';
import { and, asc, eq, lt } from 'drizzle-orm';
import { ProcessorFailure, type ProcessorRefund } from '../connectors/payments/processor.ts';
import type { Deps } from '../context.ts';
import { isOwnedBy, type Owner } from '../db/ownership.ts';
import { payments, refunds } from '../db/schema.ts';
import { ApiError, notFound } from '../errors.ts';
import { recordEvent } from '../webhooks/outbox.ts';
import { lockPayment, type RefundRow, toRefundResource } from './state.ts';

/** How much a refund request takes: all that is left when no amount is given; null when not allowed. */
export function refundAmount(captured: number, refunded: number, requested?: number): number | null {
  const remaining = captured - refunded;
  const amount = requested ?? remaining;
  return Number.isSafeInteger(amount) && amount > 0 && amount <= remaining ? amount : null;
}

export async function createRefund(deps: Deps, owner: Owner, paymentId: string, requested?: number) {
  // The processor first: one that cannot be reached is an error before anything is reserved.
  const [target] = await deps.database.db.select().from(payments).where(eq(payments.id, paymentId));
  if (!target || !isOwnedBy(target, owner)) throw notFound('payment');
  const processor = await deps.providers.processorOf(target);
  const reserved = await deps.database.db.transaction(async (tx) => {
    const payment = await lockPayment(tx, paymentId);
    if (!payment || !isOwnedBy(payment, owner)) throw notFound('payment');
    if (payment.method === 'bank')
      throw new ApiError(
        'refund_not_supported',
        'A pay-by-bank payment cannot be refunded through Finlet: neither bank dialect has a refund; refund the customer by a transfer of your own.',
      );
    if (payment.status !== 'succeeded' || !payment.processorPaymentId) {
      throw new ApiError('invalid_state', `A ${payment.status} payment cannot be refunded.`);
    }
    const amount = refundAmount(payment.amount, payment.amountRefunded, requested);
    if (amount === null) {
      throw new ApiError(
        'refund_exceeds_payment',
        `At most ${payment.amount - payment.amountRefunded} can still be refunded.`,
        'amount',
      );
    }
    await tx
      .update(payments)
      .set({ amountRefunded: payment.amountRefunded + amount, updatedAt: deps.clock.now() })
      .where(eq(payments.id, payment.id));
    const now = deps.clock.now();
    const [refund] = await tx
      .insert(refunds)
      .values({
        id: newId('refund'),
        ...owner,
        paymentId: payment.id,
        amount,
        currency: payment.currency,
        status: 'pending',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return { refund: refund!, processorPaymentId: payment.processorPaymentId };
  });

  try {
    const pr = await processor.refund(
      reserved.processorPaymentId,
      reserved.refund.amount,
      reserved.refund.id,
      reserved.refund.currency,
    );
    return await settleRefund(deps, reserved.refund.id, pr);
  } catch (error) {
    if (!(error instanceof ProcessorFailure)) throw error;
    // Unknown outcome: stays pending; the processor's `refund.succeeded` callback settles it.
    if (error.kind === 'unknown') return reserved.refund;
    return await failRefund(deps, reserved.refund.id, error.providerCode ?? 'processing_error');
  }
}

/** Records the processor's refund on our pending refund (idempotent). */
export async function settleRefund(deps: Deps, refundId: string, pr: ProcessorRefund): Promise<RefundRow> {
  const row = await deps.database.db.transaction(async (tx) => {
    const [refund] = await tx.select().from(refunds).where(eq(refunds.id, refundId)).for('update');
    if (refund?.status !== 'pending') return refund!;
    if (pr.status === 'failed') return failLocked(deps, tx, refund, 'processing_error');
    const now = deps.clock.now();
    const [updated] = await tx
      .update(refunds)
      .set({ status: 'succeeded', processorRefundId: pr.id, updatedAt: now })
      .where(eq(refunds.id, refund.id))
      .returning();
    await recordEvent(tx, {
      partnerId: refund.partnerId,
      type: 'refund.succeeded',
      object: toRefundResource(updated!),
      now,
    });
    return updated!;
  });
  deps.pokeDispatcher();
  return row;
}

/** Fails a refund that is still `from` (pending, or succeeded when the processor later says it failed). */
async function failRefund(
  deps: Deps,
  refundId: string,
  code: string,
  from: RefundRow['status'] = 'pending',
): Promise<RefundRow> {
  const row = await deps.database.db.transaction(async (tx) => {
    const [refund] = await tx.select().from(refunds).where(eq(refunds.id, refundId)).for('update');
    return refund!.status === from ? failLocked(deps, tx, refund!, code) : refund!;
  });
  deps.pokeDispatcher();
  return row;
}

type Tx = Parameters<Parameters<Deps['database']['db']['transaction']>[0]>[0];

async function failLocked(deps: Deps, tx: Tx, refund: RefundRow, code: string): Promise<RefundRow> {
  const payment = await lockPayment(tx, refund.paymentId);
  const now = deps.clock.now();
  await tx
    .update(payments)
    .set({ amountRefunded: payment!.amountRefunded - refund.amount, updatedAt: now })
    .where(eq(payments.id, refund.paymentId));
  const [updated] = await tx
    .update(refunds)
    .set({ status: 'failed', failureCode: code, updatedAt: now })
    .where(eq(refunds.id, refund.id))
    .returning();
  await recordEvent(tx, {
    partnerId: refund.partnerId,
    type: 'refund.failed',
    object: toRefundResource(updated!),
    now,
  });
  return updated!;
}

/**
 * A refund callback. Refunds whose request is still running are settled by that request;
 * a callback only settles a pending refund whose request ended without an answer (older than every
 * retry could take), the oldest of the same amount — so the two paths never race for one refund.
 * A refund already recorded `succeeded` on the processor's acceptance (Adyen answers `received`)
 * that the processor then reports failed is undone: `failed`, its amount refundable again, and
 * `refund.failed` — in one transaction.
 */
export async function refundFromCallback(deps: Deps, pr: ProcessorRefund): Promise<void> {
  const { db } = deps.database;
  const [known] = await db.select().from(refunds).where(eq(refunds.processorRefundId, pr.id));
  if (known) {
    if (pr.status === 'failed' && known.status === 'succeeded') {
      await failRefund(deps, known.id, 'refund_failed', 'succeeded');
      deps.logger.warn({ refund: known.id }, 'the processor reports a refund it had accepted failed; undone');
    }
    return;
  }
  const [payment] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(eq(payments.processorPaymentId, pr.payment));
  if (!payment) return;
  const [pending] = await db
    .select()
    .from(refunds)
    .where(
      and(
        eq(refunds.paymentId, payment.id),
        eq(refunds.status, 'pending'),
        eq(refunds.amount, pr.amount),
        lt(
          refunds.createdAt,
          new Date(deps.clock.now().getTime() - 4 * deps.config.FINLET_PROCESSOR_TIMEOUT_MS),
        ),
      ),
    )
    .orderBy(asc(refunds.createdAt))
    .limit(1);
  if (pending) await settleRefund(deps, pending.id, pr);
}
