/**
 * Background settling of pay-by-bank payments left `processing`. The widget reads a payment's bank
 * status while it is open; once the shopper closes it, nobody would ask again. A payment going
 * `processing` is therefore due for a check 5 s later (`next_check_at`), and the housekeeping loop
 * asks the bank for every due one (claimed with `FOR UPDATE SKIP LOCKED`, so several server
 * processes share the work without asking twice), then waits 5 s, 10 s, 20 s … up to 10 minutes
 * between checks. A bank that is down or times out only moves the next check; a settled or
 * rejected payment ends `succeeded` / `failed` with its event and flow state, as from a widget read.
 * A payment the bank has not settled 24 hours after it was created is given up: `failed` with
 * `failure_code` `bank_confirmation_timeout` (its `processor_payment_id` is the bank's payment id
 * to reconcile with, should the bank settle it after all).
 */
import { and, eq } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { payments } from '../db/schema.ts';
import { endPayment, pollBankPayment } from './bank.ts';
import { after, checkDelay, claimDue } from './checks.ts';

export const BANK_CONFIRMATION_DEADLINE_MS = 24 * 60 * 60_000;
export const BANK_CONFIRMATION_TIMEOUT = 'bank_confirmation_timeout';

/** Checks the due bank payments once; returns how many ended (settled, rejected or given up). */
export async function settleProcessingBankPayments(deps: Deps, batch = 50): Promise<number> {
  const due = await claimDue(
    deps,
    and(eq(payments.status, 'processing'), eq(payments.method, 'bank')),
    batch,
  );
  let ended = 0;
  for (const row of due) {
    try {
      const polled = await pollBankPayment(deps, row.id, 1);
      if (polled && polled.status !== 'processing') {
        ended++;
        continue;
      }
    } catch (err) {
      deps.logger.warn({ err, payment: row.id }, 'bank payment check failed');
    }
    const attempts = row.checkAttempts + 1;
    if (deps.clock.now().getTime() - row.createdAt.getTime() >= BANK_CONFIRMATION_DEADLINE_MS) {
      deps.logger.warn({ payment: row.id, attempts }, 'bank never confirmed the payment; giving up');
      await endPayment(deps, row.id, 'failed', BANK_CONFIRMATION_TIMEOUT);
      ended++;
      continue;
    }
    await deps.database.db
      .update(payments)
      .set({ nextCheckAt: after(deps, checkDelay(attempts)), checkAttempts: attempts })
      .where(and(eq(payments.id, row.id), eq(payments.status, 'processing')));
  }
  return ended;
}
