/**
 * What closing a session (the partner's cancel, or expiry) does to its payments: every payment
 * still waiting for the user (`requires_action`) stops waiting in the same transaction as the
 * session's change — so no reader ever sees a closed session with a payment still waiting. Most
 * become `canceled` (`failure_code` `session_canceled` / `session_expired`) with their
 * `payment.canceled` event. A bank payment Finlet submits itself (UK) is simply abandoned: a late
 * bank callback finds it no longer waiting and submits nothing. A bank payment whose approval at
 * the bank submits it (Berlin Group) may already be the bank's — the user may have approved it
 * with no callback yet — so it is not canceled but becomes `processing`, due for a check at once:
 * reconciliation (payments/bank-reconcile.ts) asks the bank, and it ends `succeeded` if the bank
 * settles it, or is withdrawn at the bank and `canceled` with the close reason if the user never
 * approved it. A card payment waiting for 3-D Secure must also
 * be canceled at the processor, or a challenge passed later would still capture: that call cannot
 * join a database transaction, so the transaction records it as owed (`next_check_at`), it is made
 * right after the commit, and when the processor is down or times out the housekeeping sweep
 * (`retryProcessorCancels`) repeats it with backoff — the Finlet payment is canceled either way.
 * If the processor captured it before the cancel landed, the payment is recorded `succeeded`
 * (see payments/state.ts). A processor cancel still failing 24 hours after the session closed is
 * given up (logged as an error): by then the processor's challenge has long expired.
 */
import { and, eq } from 'drizzle-orm';
import { ProcessorFailure } from '../connectors/payments/processor.ts';
import type { Deps } from '../context.ts';
import type { Tx } from '../db/client.ts';
import { bankPaymentAttempts, payments } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { after, CHECK_LEASE_MS, checkDelay, claimDue } from './checks.ts';
import {
  applyProcessorPayment,
  lockForChange,
  type PaymentRow,
  reopenCanceled,
  transition,
} from './state.ts';

export type CloseReason = 'session_canceled' | 'session_expired';
const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;

/** The failure code of a payment canceled because its session closed (`undefined` while open). */
export function closeReasonOf(sessionStatus: string): CloseReason | undefined {
  if (sessionStatus === 'canceled') return 'session_canceled';
  if (sessionStatus === 'expired') return 'session_expired';
  return undefined;
}

/**
 * Locks the session's waiting payments. Called with the session row already locked (LOCK ORDER in
 * payments/state.ts: the session, then its payments — the order every payment change takes), so
 * no payment of the session can start waiting or stop waiting meanwhile.
 */
export function lockWaitingPayments(tx: Tx, sessionId: string): Promise<PaymentRow[]> {
  return tx
    .select()
    .from(payments)
    .where(and(eq(payments.sessionId, sessionId), eq(payments.status, 'requires_action')))
    .for('update');
}

/**
 * Stops the locked waiting payments — canceled, or `processing` for the bank to decide where the
 * user's approval submits the payment — and returns the ids whose processor cancel is now owed.
 */
export async function cancelWaitingPayments(
  deps: Deps,
  tx: Tx,
  waiting: PaymentRow[],
  reason: CloseReason,
): Promise<string[]> {
  const owed: string[] = [];
  for (const row of waiting) {
    const bankPaymentId = await approvalSubmits(deps, tx, row);
    if (bankPaymentId) {
      await transition(deps, tx, row, 'processing', {
        processorPaymentId: bankPaymentId,
        nextCheckAt: deps.clock.now(),
        checkAttempts: 0,
      });
      continue;
    }
    const atProcessor = row.method === 'card' && row.processorPaymentId !== null;
    await transition(deps, tx, row, 'canceled', {
      failureCode: reason,
      nextActionUrl: null,
      // Leased to the attempt made right after the commit; the sweep takes over if that one fails.
      ...(atProcessor ? { nextCheckAt: after(deps, CHECK_LEASE_MS), checkAttempts: 0 } : {}),
    });
    if (atProcessor) owed.push(row.id);
  }
  return owed;
}

/** The bank's payment id of a bank payment whose approval submits it (the bank may have it); else null. */
async function approvalSubmits(deps: Deps, tx: Tx, row: PaymentRow): Promise<string | null> {
  if (row.method !== 'bank') return null;
  const [attempt] = await tx
    .select()
    .from(bankPaymentAttempts)
    .where(eq(bankPaymentAttempts.paymentId, row.id));
  const bank = attempt && deps.banks.payments(attempt.institution);
  // Such a bank's payment id is the consent id the user was asked to approve.
  return bank?.submittedOnApproval ? (row.processorPaymentId ?? attempt!.bankConsentId) : null;
}

/** Makes the owed processor cancels after the session's commit (never throws: the sweep retries). */
export async function cancelOwedAtProcessor(deps: Deps, paymentIds: string[]): Promise<void> {
  for (const id of paymentIds) {
    const [row] = await deps.database.db.select().from(payments).where(eq(payments.id, id));
    if (row) await cancelAtProcessor(deps, row);
  }
}

/** Housekeeping: repeats the processor cancels that are due; returns how many were settled. */
export async function retryProcessorCancels(deps: Deps, batch = 50): Promise<number> {
  const due = await claimDue(deps, and(eq(payments.status, 'canceled'), eq(payments.method, 'card')), batch);
  let settled = 0;
  for (const row of due) if (await cancelAtProcessor(deps, row)) settled++;
  return settled;
}

/** One processor cancel; true when nothing more is owed. */
async function cancelAtProcessor(deps: Deps, row: PaymentRow): Promise<boolean> {
  if (row.status !== 'canceled' || !row.nextCheckAt || !row.processorPaymentId) return true;
  try {
    const processor = await deps.providers.processorOf(row);
    const pp = await processor.cancel(row.processorPaymentId);
    const updated = await applyProcessorPayment(deps, row.id, pp);
    if (!updated?.nextCheckAt) return true;
  } catch (error) {
    // ApiError: the payment's processor account cannot be used (provider_not_configured); retried like a failure.
    if (!(error instanceof ProcessorFailure || error instanceof ApiError)) throw error;
    if (
      error instanceof ProcessorFailure &&
      error.kind === 'rejected' &&
      error.providerCode === 'not_found'
    ) {
      // The processor does not know the payment: nothing there can capture it.
      await owe(deps, row.id, null, row.checkAttempts);
      return true;
    }
    deps.logger.warn({ payment: row.id, code: error.code }, 'processor cancel failed; retrying later');
  }
  const attempts = row.checkAttempts + 1;
  if (deps.clock.now().getTime() - row.updatedAt.getTime() >= GIVE_UP_AFTER_MS) {
    deps.logger.error({ payment: row.id, attempts }, 'processor cancel still failing after 24 h; giving up');
    await owe(deps, row.id, null, attempts);
    return true;
  }
  await owe(deps, row.id, after(deps, checkDelay(attempts)), attempts);
  return false;
}

async function owe(deps: Deps, id: string, nextCheckAt: Date | null, checkAttempts: number) {
  await deps.database.db
    .update(payments)
    .set({ nextCheckAt, checkAttempts })
    .where(and(eq(payments.id, id), eq(payments.status, 'canceled')));
}

/**
 * The processor reports that a cancel it had accepted did not happen (Adyen: a `success: false`
 * CANCEL_OR_REFUND / CANCELLATION). Finlet recorded the payment `canceled` on that acceptance; the
 * payment may in fact be authorised or captured, an outcome Finlet does not know — so it becomes
 * `processing` again (with `payment.processing`, in one transaction) and the processor's
 * AUTHORISATION notification settles it. A payment that is no longer `canceled` is left alone.
 */
export async function undoProcessorCancel(deps: Deps, paymentId: string, processorPaymentId: string) {
  const result = await deps.database.db.transaction(async (tx) => {
    const locked = await lockForChange(tx, paymentId);
    const row = locked?.row;
    if (row?.status !== 'canceled' || row.processorPaymentId !== processorPaymentId) return row;
    const reopened = await reopenCanceled(deps, tx, row, 'processing');
    deps.logger.error({ payment: row.id }, 'the processor did not cancel a payment Finlet recorded canceled');
    return reopened;
  });
  deps.pokeDispatcher();
  return result;
}
