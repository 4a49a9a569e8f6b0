/**
 * Reconciling card payments whose charge outcome Finlet does not know. A confirm inserts its
 * payment `processing` with a check already due (`next_check_at`, 5 s later) before it sends the
 * charge; the charge's answer or the processor's signed callback normally ends the wait at once.
 * When neither arrives — the processor timed out or answered 5xx, the callback was lost, the
 * process was killed with the charge on its way — the payment stays `processing`, which blocks a
 * second payment of its session (confirm.ts), and housekeeping asks the processor about it
 * (`reconcileCardPayments`; rows claimed with `FOR UPDATE SKIP LOCKED` in checks.ts, so several
 * processes share the work) until the processor says what happened: by the processor's payment id
 * when Finlet recorded it, else by Finlet's idempotency key for the charge. The answer is applied
 * like a callback (state.ts: once, only forward, with its event). A processor that does not answer
 * only moves the next check (5 s, 10 s … 10 min); Finlet never gives up on money that may have
 * moved. The one outcome Finlet decides itself: the processor knows no charge for the key twice
 * the longest time a charge call can take after the payment began, so no request of it can still
 * arrive — nothing was taken, the payment fails `processing_error` and the session may pay again.
 * The widget's read of a payment asks the same way (`refreshCardPayment`), so an open widget
 * learns the outcome without waiting for housekeeping.
 */
import { and, eq } from 'drizzle-orm';
import { type CardProcessor, ProcessorFailure } from '../connectors/payments/processor.ts';
import type { Deps } from '../context.ts';
import { payments } from '../db/schema.ts';
import { after, checkDelay, claimDue } from './checks.ts';
import { applyProcessorPayment, lockForChange, type PaymentRow, transition } from './state.ts';

/** The Idempotency-Key of a payment's charge at the processor (also how it is looked up). */
export const chargeKey = (paymentId: string) => `charge_${paymentId}`;

/** When the first check of a new card payment is due, should its charge not settle it first. */
export const firstCheckAt = (deps: Deps) => after(deps, checkDelay(1));

/** Until then a charge the processor does not know may still be on its way there. */
function stillInFlight(deps: Deps, row: PaymentRow, processor: CardProcessor): boolean {
  return deps.clock.now().getTime() < row.createdAt.getTime() + 2 * processor.chargeWindowMs;
}

/**
 * Asks the processor about a card payment that is not final and applies the answer; returns the
 * payment as it now is. Throws a `ProcessorFailure` when the processor did not answer.
 */
export async function refreshCardPayment(deps: Deps, row: PaymentRow): Promise<PaymentRow> {
  // The processor the payment went through (a live payment's is the partner's provider account).
  const processor = await deps.providers.processorOf(row);
  const pp = row.processorPaymentId
    ? await processor.retrieve(row.processorPaymentId)
    : await processor.findCharge(chargeKey(row.id));
  if (pp) return (await applyProcessorPayment(deps, row.id, pp)) ?? row;
  if (row.status !== 'processing' || stillInFlight(deps, row, processor)) return row;
  return (await failUnsent(deps, row.id)) ?? row;
}

/** Fails a payment whose charge never reached the processor — if nothing has been heard of it since. */
async function failUnsent(deps: Deps, paymentId: string) {
  const result = await deps.database.db.transaction(async (tx) => {
    const row = (await lockForChange(tx, paymentId))?.row;
    // Heard of since the processor was asked (a callback, a late answer): nothing to fail.
    if (row?.status !== 'processing' || row.processorPaymentId) return row;
    deps.logger.warn({ payment: paymentId }, 'the processor never received the charge; payment failed');
    return transition(deps, tx, row, 'failed', { failureCode: 'processing_error' });
  });
  deps.pokeDispatcher();
  return result;
}

/** Housekeeping: asks the processor about every due card payment; returns how many are no longer processing. */
export async function reconcileCardPayments(deps: Deps, batch = 50): Promise<number> {
  const due = await claimDue(
    deps,
    and(eq(payments.status, 'processing'), eq(payments.method, 'card')),
    batch,
  );
  let moved = 0;
  for (const row of due) {
    try {
      if ((await refreshCardPayment(deps, row)).status !== 'processing') {
        moved++;
        continue;
      }
    } catch (err) {
      if (!(err instanceof ProcessorFailure))
        deps.logger.error({ err, payment: row.id }, 'card check failed');
      else deps.logger.warn({ payment: row.id, code: err.code }, 'processor did not answer; checking later');
    }
    const attempts = row.checkAttempts + 1;
    await deps.database.db
      .update(payments)
      .set({ nextCheckAt: after(deps, checkDelay(attempts)), checkAttempts: attempts })
      .where(and(eq(payments.id, row.id), eq(payments.status, 'processing')));
  }
  return moved;
}
