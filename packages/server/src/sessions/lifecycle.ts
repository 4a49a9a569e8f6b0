/**
 * Session state changes: `open → completed | expired | canceled` (docs/architecture.md §2). Each change and its
 * event commit in one transaction, the row locked so two nodes cannot both complete or expire it.
 * Canceling or expiring a session also cancels its payments still waiting for the user, in that
 * transaction (payments/session-close.ts), then cancels card payments at the processor. A session
 * also completes by itself — when its last flow reaches its final result, and at expiry when its
 * money moved — and never expires while a payment of it is in flight (sessions/completion.ts).
 */

import type { Session } from '@finlet/shared';
import { and, eq, lte, notExists, sql } from 'drizzle-orm';
import type { Deps, SessionRow } from '../context.ts';
import type { Tx } from '../db/client.ts';
import { payments, sessions } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import {
  type CloseReason,
  cancelOwedAtProcessor,
  cancelWaitingPayments,
  lockWaitingPayments,
} from '../payments/session-close.ts';
import { recordEvent } from '../webhooks/outbox.ts';
import { completesNow, completion, moneyOf, type SessionChange } from './completion.ts';
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

/** A change that closes the session also closes its waiting payments, for this reason. */
type Change = SessionChange & { closing?: CloseReason };

async function transition(
  deps: Deps,
  id: string,
  decide: (tx: Tx, row: SessionRow, now: Date) => Change | null | Promise<Change | null>,
): Promise<SessionRow | null> {
  let owed: string[] = [];
  const result = await deps.database.db.transaction(async (tx) => {
    // The session row, then its payments: the LOCK ORDER of payments/state.ts.
    const row = await lockOpen(tx, id);
    if (!row) return null;
    const now = deps.clock.now();
    const change = await decide(tx, row, now);
    if (!change) return row;
    // While the session is still open, so each payment's flow state records the cancel too.
    if (change.closing) {
      owed = await cancelWaitingPayments(deps, tx, await lockWaitingPayments(tx, id), change.closing);
    }
    const [updated] = await tx.update(sessions).set(change.patch).where(eq(sessions.id, id)).returning();
    await recordEvent(tx, {
      partnerId: row.partnerId,
      type: change.type,
      object: toSessionResource(updated!),
      now,
    });
    return updated!;
  });
  if (result) deps.pokeDispatcher();
  if (owed.length > 0) await cancelOwedAtProcessor(deps, owed);
  return result;
}

/**
 * Expires the session if it is open and past `expires_at`; returns the current row either way.
 * A session whose money moved is completed instead, and one with a payment in flight stays open.
 */
export async function expireIfDue(deps: Deps, row: SessionRow): Promise<SessionRow> {
  if (row.status !== 'open' || row.expiresAt > deps.clock.now()) return row;
  return (await expire(deps, row.id)) ?? row;
}

function expire(deps: Deps, id: string) {
  return transition(deps, id, async (tx, row, now) => {
    if (row.status !== 'open' || row.expiresAt > now) return null;
    const money = await moneyOf(tx, id);
    // Outcome unknown: kept open until the payment settles (sessions/completion.ts).
    if (money === 'processing') return null;
    if (money === 'succeeded') return completion(row, row.flowStates, now);
    return { patch: { status: 'expired' }, type: 'session.expired', closing: 'session_expired' };
  });
}

/**
 * Expires (or, when its payment succeeded, completes) every open session past its expiry; returns
 * how many it closed. Sessions with a payment in flight are skipped, so they never fill a batch.
 * Run periodically by server.ts.
 */
export async function sweepExpiredSessions(deps: Deps, batch = 100): Promise<number> {
  const { db } = deps.database;
  const inFlight = db
    .select({ one: sql`1` })
    .from(payments)
    .where(and(eq(payments.sessionId, sessions.id), eq(payments.status, 'processing')));
  const due = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.status, 'open'), lte(sessions.expiresAt, deps.clock.now()), notExists(inFlight)))
    .orderBy(sql`${sessions.expiresAt}`)
    .limit(batch);
  let n = 0;
  for (const { id } of due) if ((await expire(deps, id))?.status !== 'open') n++;
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
  const updated = await transition(deps, row.id, (_tx, r, now) =>
    r.status === 'open'
      ? {
          patch: { status: 'canceled', canceledAt: now },
          type: 'session.canceled',
          closing: 'session_canceled',
        }
      : null,
  );
  if (updated?.status !== 'canceled') throw new ApiError('invalid_state', 'The session is no longer open.');
  return updated;
}

/**
 * Completes the session once every implemented flow has a terminal status (the widget's complete
 * call). A session that already completed — by itself, when its last flow reached its final result
 * — is answered as it is, so the call stays valid and repeatable.
 */
export async function completeSession(deps: Deps, row: SessionRow): Promise<SessionRow> {
  if (row.status === 'completed') return row;
  const updated = await transition(deps, row.id, (_tx, r, now) => {
    if (r.status !== 'open') return null;
    for (const flow of r.flows) {
      const status = r.flowStates[flow]?.status ?? 'pending';
      if (IMPLEMENTED_FLOWS.has(flow as never) && !TERMINAL_FLOW_STATUSES.has(status)) {
        throw new ApiError('invalid_state', `The ${flow} flow is not finished.`);
      }
    }
    return completion(r, r.flowStates, now);
  });
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
 * When this gives the last flow its final result, the session completes here too, with its
 * `session.completed` event (sessions/completion.ts): nothing waits for the widget's complete call.
 */
export async function setFlowState(
  deps: Deps,
  tx: Tx,
  sessionId: string,
  flow: string,
  state: { status: string; result: Record<string, unknown> | null },
): Promise<SessionRow> {
  const row = await lockOpen(tx, sessionId);
  if (!row) throw new ApiError('not_found', 'No such session.');
  if (row.status !== 'open') throw new ApiError('invalid_state', `The session is ${row.status}.`);
  if (!row.flows.includes(flow))
    throw new ApiError('flow_not_enabled', `The session does not include the ${flow} flow.`);
  const flowStates = { ...row.flowStates, [flow]: state };
  const now = deps.clock.now();
  const completes = await completesNow(tx, row, flowStates, now);
  const change = completes ? completion(row, flowStates, now) : undefined;
  const [updated] = await tx
    .update(sessions)
    .set(change?.patch ?? { flowStates })
    .where(eq(sessions.id, sessionId))
    .returning();
  if (change) {
    await recordEvent(tx, {
      partnerId: row.partnerId,
      type: change.type,
      object: toSessionResource(updated!),
      now,
    });
  }
  return updated!;
}
