/**
 * Background reconciliation of pay-by-bank payments. The widget reads a payment's bank status while
 * it is open; once the shopper closes it — or the popup closed before the callback — nobody would
 * ask again. So a payment going `processing`, and a payment waiting for the user at a bank whose
 * approval submits it (Berlin Group: approved there, it is the bank's whether or not the callback
 * comes), is due for a check 5 s later (`next_check_at`); the housekeeping loop reconciles every
 * due one (payments/bank-reconcile.ts; rows claimed with `FOR UPDATE SKIP LOCKED`, so several
 * server processes share the work without asking twice), then waits 5 s, 10 s, 20 s … up to 10
 * minutes between checks. A bank that is down or times out only moves the next check; a settled or
 * rejected payment ends `succeeded` / `failed` with its event and flow state, as from a widget read.
 * A payment the bank may have is never given up: 24 hours after it was created without a final
 * answer it is logged as an error on each check and still asked about. Only a payment that cannot
 * have reached the bank — Finlet submits it (UK) and never did, because the token endpoint never
 * answered while the code was valid — is then `failed` with `institution_unavailable`.
 */

import { type PaymentStatus, TERMINAL_PAYMENT_STATUSES } from '@finlet/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { payments } from '../db/schema.ts';
import { attemptOf, endPayment } from './bank-outcome.ts';
import { pollBankPayment } from './bank-reconcile.ts';
import { after, checkDelay, claimDue } from './checks.ts';
import type { PaymentRow } from './state.ts';

export const BANK_CONFIRMATION_DEADLINE_MS = 24 * 60 * 60_000;

/** Checks the due bank payments once; returns how many ended (settled, rejected, withdrawn or given up). */
export async function settleProcessingBankPayments(deps: Deps, batch = 50): Promise<number> {
  const due = await claimDue(
    deps,
    and(eq(payments.method, 'bank'), inArray(payments.status, ['processing', 'requires_action'])),
    batch,
  );
  let ended = 0;
  for (const row of due) {
    let now: PaymentRow | undefined = row;
    try {
      now = await pollBankPayment(deps, row.id, 1);
    } catch (err) {
      deps.logger.warn({ err, payment: row.id }, 'bank payment check failed');
    }
    if (now && TERMINAL_PAYMENT_STATUSES.has(now.status as PaymentStatus)) {
      ended++;
      continue;
    }
    // Moved on (the approval found: `processing` has its own first check) — nothing to back off.
    if (now && now.status !== row.status) continue;
    const attempts = row.checkAttempts + 1;
    if (row.status === 'processing' && isPastDeadline(deps, row)) {
      if (await neverReachedBank(deps, row)) {
        deps.logger.warn({ payment: row.id }, 'bank payment never submitted; failing it');
        await endPayment(deps, row.id, 'failed', 'institution_unavailable');
        ended++;
        continue;
      }
      deps.logger.error(
        { payment: row.id, bank_payment_id: row.processorPaymentId, attempts },
        'bank has not confirmed the payment for 24 h; still asking',
      );
    }
    await deps.database.db
      .update(payments)
      .set({ nextCheckAt: after(deps, checkDelay(attempts)), checkAttempts: attempts })
      .where(and(eq(payments.id, row.id), eq(payments.status, row.status)));
  }
  return ended;
}

function isPastDeadline(deps: Deps, row: PaymentRow): boolean {
  return deps.clock.now().getTime() - row.createdAt.getTime() >= BANK_CONFIRMATION_DEADLINE_MS;
}

/**
 * True when nothing of the payment can be at the bank: Finlet submits it (UK), has no bank payment
 * id and no submission of unknown outcome (whose token it would still keep).
 */
async function neverReachedBank(deps: Deps, row: PaymentRow): Promise<boolean> {
  const attempt = await attemptOf(deps, row.id);
  const bank = attempt && deps.banks.payments(attempt.institution);
  return Boolean(bank && !bank.submittedOnApproval && !row.processorPaymentId && !attempt.submitTokenEnc);
}
