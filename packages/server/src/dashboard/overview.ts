/**
 * The dashboard home's figures since a moment the browser chooses (its local midnight): sessions
 * started and completed, per flow how many sessions reached a good end (identity approved, link
 * linked, payment succeeded), payments succeeded by currency, the review queue, and the webhook
 * endpoints whose latest attempt failed.
 */
import { and, count, eq, gte, isNull, sql, sum } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { identityVerifications, payments, sessions, webhookEndpoints } from '../db/schema.ts';
import { endpointHealth } from '../webhooks/endpoint-changes.ts';

const GOOD_END: Record<string, string> = { identity: 'approved', link: 'linked', payment: 'succeeded' };

export async function overview(deps: Deps, owner: Owner, since: Date) {
  const { db } = deps.database;
  const [started] = await db
    .select({ n: count() })
    .from(sessions)
    .where(and(ownedBy(sessions, owner), gte(sessions.createdAt, since)));
  const [completed] = await db
    .select({ n: count() })
    .from(sessions)
    .where(and(ownedBy(sessions, owner), gte(sessions.completedAt, since)));
  const conversion = [];
  for (const [flow, good] of Object.entries(GOOD_END)) {
    const [row] = await db
      .select({
        started: count(),
        converted:
          sql<number>`count(*) filter (where ${sessions.flowStates}->${flow}->>'status' = ${good})`.mapWith(
            Number,
          ),
      })
      .from(sessions)
      .where(and(ownedBy(sessions, owner), gte(sessions.createdAt, since), sql`${sessions.flows} ? ${flow}`));
    conversion.push({ flow, started: row?.started ?? 0, converted: row?.converted ?? 0 });
  }
  const volume = await db
    .select({ currency: payments.currency, count: count(), amount: sum(payments.amount).mapWith(Number) })
    .from(payments)
    .where(and(ownedBy(payments, owner), eq(payments.status, 'succeeded'), gte(payments.createdAt, since)))
    .groupBy(payments.currency)
    .orderBy(payments.currency);
  const [queue] = await db
    .select({ n: count() })
    .from(identityVerifications)
    .where(and(ownedBy(identityVerifications, owner), eq(identityVerifications.status, 'review')));
  const endpoints = await db
    .select({ id: webhookEndpoints.id, url: webhookEndpoints.url })
    .from(webhookEndpoints)
    .where(
      and(
        ownedBy(webhookEndpoints, owner),
        isNull(webhookEndpoints.deletedAt),
        isNull(webhookEndpoints.disabledAt),
      ),
    );
  const health = await endpointHealth(
    deps,
    endpoints.map((e) => e.id),
  );
  return {
    object: 'overview' as const,
    since: since.toISOString(),
    sessions: { started: started?.n ?? 0, completed: completed?.n ?? 0 },
    conversion,
    payments: volume.map((v) => ({ currency: v.currency, count: v.count, amount: v.amount })),
    review_queue: queue?.n ?? 0,
    failing_endpoints: endpoints
      .filter((e) => health.get(e.id)?.failing)
      .map((e) => ({ id: e.id, url: e.url, last_status: health.get(e.id)?.lastStatus ?? null })),
  };
}
