/**
 * Session state changes: `open → completed | expired | canceled` (docs/architecture.md §2). Each change and its
 * event commit in one transaction, the row locked so two nodes cannot both complete or expire it.
 * Canceling or expiring a session also cancels its payments still waiting for the user, in that
 * transaction (payments/session-close.ts), then cancels card payments at the processor.
 */

import type { Session, WebhookEventType } from '@finlet/shared';
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Deps, SessionRow } from '../context.ts';
import type { Tx } from '../db/client.ts';
import { sessions } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import {
  type CloseReason,
  cancelOwedAtProcessor,
  cancelWaitingPayments,
  lockWaitingPayments,
} from '../payments/session-close.ts';
import { recordEvent } from '../webhooks/outbox.ts';
import { IMPLEMENTED_FLOWS, TERMINAL_FLOW_STATUSES } from './flows.ts';

export function toSessionResource(s: SessionRow): Session {
  return {
    id: s.id,
    object: 'session',
    livemode: s.livemode,
    status: s.status,
    flows: s.flows as Session['flows'],
    flow_states: s.flowStates,
    customer: s.customer as Session['customer'],
    payment: s.payment ?? null,
    allowed_origins: s.allowedOrigins,
    redirect_uri: s.redirectUri,
    locale: s.locale,
    appearance: (s.appearance ?? null) as Session['appearance'],
    metadata: s.metadata,
    created_at: s.createdAt.toISOString(),
    expires_at: s.expiresAt.toISOString(),
    completed_at: s.completedAt?.toISOString() ?? null,
    canceled_at: s.canceledAt?.toISOString() ?? null,
  };
}

async function lockOpen(tx: Tx, id: string): Promise<SessionRow | undefined> {
  const [row] = await tx.select().from(sessions).where(eq(sessions.id, id)).for('update');
  return row;
}

async function transition(
  deps: Deps,
  id: string,
  change: (row: SessionRow, now: Date) => Partial<SessionRow> | null,
  type: WebhookEventType,
  closing?: CloseReason,
): Promise<SessionRow | null> {
  let owed: string[] = [];
  const result = await deps.database.db.transaction(async (tx) => {
    // The session row, then its payments: the LOCK ORDER of payments/state.ts.
    const row = await lockOpen(tx, id);
    if (!row) return null;
    const now = deps.clock.now();
    const patch = change(row, now);
    if (!patch) return row;
    // While the session is still open, so each payment's flow state records the cancel too.
    if (closing) owed = await cancelWaitingPayments(deps, tx, await lockWaitingPayments(tx, id), closing);
    const [updated] = await tx.update(sessions).set(patch).where(eq(sessions.id, id)).returning();
    await recordEvent(tx, { partnerId: row.partnerId, type, object: toSessionResource(updated!), now });
    return updated!;
  });
  if (result) deps.pokeDispatcher();
  if (owed.length > 0) await cancelOwedAtProcessor(deps, owed);
  return result;
}

/** Expires the session if it is open and past `expires_at`; returns the current row either way. */
export async function expireIfDue(deps: Deps, row: SessionRow): Promise<SessionRow> {
  if (row.status !== 'open' || row.expiresAt > deps.clock.now()) return row;
  return (await expire(deps, row.id)) ?? row;
}

function expire(deps: Deps, id: string) {
  return transition(
    deps,
    id,
    (row, now) => (row.status === 'open' && row.expiresAt <= now ? { status: 'expired' } : null),
    'session.expired',
    'session_expired',
  );
}

/** Expires every open session past its expiry; returns how many. Run periodically by main.ts. */
export async function sweepExpiredSessions(deps: Deps, batch = 100): Promise<number> {
  const due = await deps.database.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.status, 'open'), lte(sessions.expiresAt, deps.clock.now())))
    .orderBy(sql`${sessions.expiresAt}`)
    .limit(batch);
  let n = 0;
  for (const { id } of due) if ((await expire(deps, id))?.status === 'expired') n++;
  return n;
}

export async function cancelSession(deps: Deps, row: SessionRow): Promise<SessionRow> {
  const current = await expireIfDue(deps, row);
  if (current.status !== 'open') {
    throw new ApiError(
      'invalid_state',
      `The session is ${current.status}; only open sessions can be canceled.`,
    );
  }
  const updated = await transition(
    deps,
    row.id,
    (r, now) => (r.status === 'open' ? { status: 'canceled', canceledAt: now } : null),
    'session.canceled',
    'session_canceled',
  );
  if (updated?.status !== 'canceled') throw new ApiError('invalid_state', 'The session is no longer open.');
  return updated;
}

/** Completes the session once every implemented flow has a terminal status. */
export async function completeSession(deps: Deps, row: SessionRow): Promise<SessionRow> {
  if (row.status === 'completed') return row;
  const updated = await transition(
    deps,
    row.id,
    (r, now) => {
      if (r.status !== 'open') return null;
      const flowStates = { ...r.flowStates };
      for (const flow of r.flows) {
        const state = flowStates[flow] ?? { status: 'pending', result: null };
        if (!IMPLEMENTED_FLOWS.has(flow as never)) flowStates[flow] = { status: 'unavailable', result: null };
        else if (!TERMINAL_FLOW_STATUSES.has(state.status)) {
          throw new ApiError('invalid_state', `The ${flow} flow is not finished.`);
        }
      }
      return { status: 'completed', completedAt: now, flowStates };
    },
    'session.completed',
  );
  if (updated?.status !== 'completed') {
    throw new ApiError(updated?.status === 'expired' ? 'session_expired' : 'session_canceled');
  }
  return updated;
}

export function flowSummary(row: SessionRow) {
  return {
    flows: Object.fromEntries(row.flows.map((f) => [f, { status: row.flowStates[f]?.status ?? 'pending' }])),
  };
}

/**
 * Records a flow's status and result on its session, inside the caller's transaction (so the
 * flow's own state change, this and their events commit together). Only open sessions change.
 */
export async function setFlowState(
  tx: Tx,
  sessionId: string,
  flow: string,
  state: { status: string; result: Record<string, unknown> | null },
): Promise<SessionRow> {
  const [row] = await tx.select().from(sessions).where(eq(sessions.id, sessionId)).for('update');
  if (!row) throw new ApiError('not_found', 'No such session.');
  if (row.status !== 'open') throw new ApiError('invalid_state', `The session is ${row.status}.`);
  if (!row.flows.includes(flow))
    throw new ApiError('flow_not_enabled', `The session does not include the ${flow} flow.`);
  const [updated] = await tx
    .update(sessions)
    .set({ flowStates: { ...row.flowStates, [flow]: state } })
    .where(eq(sessions.id, sessionId))
    .returning();
  return updated!;
}
