/**
 * Background checks of payments with their provider (`payments.next_check_at`): claiming the due
 * rows and the backoff between checks. Several server processes may sweep at once, so a claim
 * locks the due rows with `FOR UPDATE SKIP LOCKED` (like the webhook dispatcher) and pushes their
 * `next_check_at` past a lease before it commits: each row is checked by one process at a time,
 * and a process that dies mid-check only delays the row until its lease ends.
 */
import { and, asc, inArray, lte, type SQL } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { payments } from '../db/schema.ts';
import type { PaymentRow } from './state.ts';

/** How long a claimed row is left to the process that claimed it. */
export const CHECK_LEASE_MS = 60_000;
const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 10 * 60_000;

/** Delay after the `attempt`-th check (1-based): 5 s, 10 s, 20 s … capped at 10 minutes. */
export function checkDelay(attempt: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
}

export const after = (deps: Deps, ms: number) => new Date(deps.clock.now().getTime() + ms);

/** Claims up to `batch` payments matching `where` whose check is due, leasing them to this process. */
export async function claimDue(deps: Deps, where: SQL | undefined, batch: number): Promise<PaymentRow[]> {
  return deps.database.db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(payments)
      .where(and(lte(payments.nextCheckAt, deps.clock.now()), where))
      .orderBy(asc(payments.nextCheckAt))
      .limit(batch)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    await tx
      .update(payments)
      .set({ nextCheckAt: after(deps, CHECK_LEASE_MS) })
      .where(
        inArray(
          payments.id,
          due.map((p) => p.id),
        ),
      );
    return due;
  });
}
