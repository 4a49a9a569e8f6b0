/**
 * When a session completes without waiting for the widget (docs/architecture.md §2). The widget's
 * complete call ("Continue" on the last screen) is not the only way: a shopper who pays and then
 * closes the widget has finished, and must never be reported as abandoned. So:
 * - a session completes in the transaction that gives its last flow a final status
 *   (`FINAL_FLOW_STATUSES`: a payment succeeded, an identity decided, a bank linked);
 * - at `expires_at`, a session whose payment succeeded completes instead of expiring, with its
 *   unfinished flows as they stand (money moved: it is not abandoned);
 * - a session whose payment is still `processing` (its outcome unknown: money may have moved) stays
 *   open past `expires_at` until the payment settles — succeeded: it completes then; failed: the
 *   next expiry sweep expires it.
 * The payments are read from their table under the session's row lock, which every payment status
 * change also takes first (LOCK ORDER in payments/state.ts), so what is read here cannot change
 * before the session's change commits.
 */
import type { WebhookEventType } from '@finlet/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { SessionRow } from '../context.ts';
import type { Tx } from '../db/client.ts';
import { payments } from '../db/schema.ts';
import { FINAL_FLOW_STATUSES, IMPLEMENTED_FLOWS } from './flows.ts';

type FlowStates = SessionRow['flowStates'];

/** A session's change and the event that records it. */
export interface SessionChange {
  patch: Partial<SessionRow>;
  type: WebhookEventType;
}

/** Where the session's money stands: a payment succeeded, one is still in flight, or neither. */
export type MoneyState = 'succeeded' | 'processing' | null;

/** Payment statuses where money has moved or may have moved. */
const MONEY_STATUSES = ['succeeded', 'processing'];

export async function moneyOf(tx: Tx, sessionId: string): Promise<MoneyState> {
  const rows = await tx
    .select({ status: payments.status })
    .from(payments)
    .where(and(eq(payments.sessionId, sessionId), inArray(payments.status, MONEY_STATUSES)));
  if (rows.some((r) => r.status === 'succeeded')) return 'succeeded';
  return rows.length > 0 ? 'processing' : null;
}

/** True when every flow of the session has its final result (flows not built here count as done). */
export function everyFlowFinal(flows: readonly string[], flowStates: FlowStates): boolean {
  return flows.every(
    (flow) =>
      !IMPLEMENTED_FLOWS.has(flow as never) || FINAL_FLOW_STATUSES.has(flowStates[flow]?.status ?? ''),
  );
}

/** The session's completion: flows this build cannot run are recorded `unavailable`, others kept. */
export function completion(row: SessionRow, flowStates: FlowStates, now: Date): SessionChange {
  const states = { ...flowStates };
  for (const flow of row.flows) {
    if (!IMPLEMENTED_FLOWS.has(flow as never)) states[flow] = { status: 'unavailable', result: null };
  }
  return { patch: { status: 'completed', completedAt: now, flowStates: states }, type: 'session.completed' };
}

/**
 * Whether a flow state just recorded completes the open session: every flow is final, or the
 * session is past its expiry (kept open only while a payment was in flight) and a payment succeeded.
 */
export async function completesNow(
  tx: Tx,
  row: SessionRow,
  flowStates: FlowStates,
  now: Date,
): Promise<boolean> {
  if (everyFlowFinal(row.flows, flowStates)) return true;
  return row.expiresAt <= now && (await moneyOf(tx, row.id)) === 'succeeded';
}
