/**
 * Managing a partner's webhook endpoints: list, create (the `whsec_` secret in that answer only),
 * rotate the secret (the previous one keeps signing for 24 h), delete (soft: the delivery history
 * stays; pending deliveries stop), disable and enable (a disabled endpoint gets no new deliveries
 * and its pending ones stop), send a test event to one endpoint, and each endpoint's health.
 * The partner API and the dashboard both call these.
 */
import { isId, newId } from '@finlet/shared';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import type { DbOrTx, Tx } from '../db/client.ts';
import { afterCursor, pageOf } from '../db/list-cursor.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { events, webhookDeliveries, webhookEndpoints } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { type EndpointRow, insertWebhookEndpoint, toEndpointResource } from './endpoints.ts';
import { newWebhookSecret, SECRET_CONTEXT } from './secrets.ts';
import { assertWebhookUrl } from './url-policy.ts';

/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

const live = (owner: Owner, id: string) =>
  and(eq(webhookEndpoints.id, id), ownedBy(webhookEndpoints, owner), isNull(webhookEndpoints.deletedAt));

/** `db`: the caller's transaction when there is one (PGlite has one connection: a query beside it would wait for ever). */
export async function loadEndpoint(
  deps: Deps,
  owner: Owner,
  id: string,
  db: DbOrTx = deps.database.db,
): Promise<EndpointRow> {
  if (!isId('webhook_endpoint', id)) throw notFound('webhook endpoint');
  const [row] = await db.select().from(webhookEndpoints).where(live(owner, id));
  if (!row) throw notFound('webhook endpoint');
  return row;
}

export async function listEndpoints(
  deps: Deps,
  owner: Owner,
  q: { limit: number; starting_after?: string | undefined },
) {
  const { db } = deps.database;
  const visible = and(ownedBy(webhookEndpoints, owner), isNull(webhookEndpoints.deletedAt))!;
  const cursor = await afterCursor(db, webhookEndpoints, visible, q.starting_after, 'webhook endpoint');
  const rows = await db
    .select()
    .from(webhookEndpoints)
    .where(and(visible, cursor))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))
    .limit(q.limit + 1);
  return pageOf(rows, q.limit);
}

export async function createEndpoint(
  deps: Deps,
  owner: Owner,
  input: {
    url: string;
    enabled_events: string[];
    description?: string | undefined;
    metadata?: Record<string, string> | undefined;
  },
  tx?: Tx,
) {
  await assertWebhookUrl(input.url, deps.config);
  return insertWebhookEndpoint(tx ?? deps.database.db, deps.cipher, {
    ...owner,
    url: input.url,
    enabledEvents: input.enabled_events.includes('*') ? ['*'] : [...new Set(input.enabled_events)],
    description: input.description,
    metadata: input.metadata,
    now: deps.clock.now(),
  });
}

/** Stops the endpoint's pending deliveries (delete and disable). */
async function stopPending(tx: Tx, endpointId: string, now: Date) {
  await tx
    .update(webhookDeliveries)
    .set({ status: 'failed', nextAttemptAt: null, lockedUntil: null, updatedAt: now })
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, 'pending')));
}

export async function deleteEndpoint(deps: Deps, owner: Owner, id: string, tx?: Tx) {
  const row = await loadEndpoint(deps, owner, id, tx);
  const now = deps.clock.now();
  const run = async (t: Tx) => {
    const [updated] = await t
      .update(webhookEndpoints)
      .set({ deletedAt: now })
      .where(live(owner, row.id))
      .returning();
    await stopPending(t, row.id, now);
    return updated;
  };
  const deleted = tx ? await run(tx) : await deps.database.db.transaction(run);
  if (!deleted) throw notFound('webhook endpoint');
  return deleted;
}

export async function rotateEndpointSecret(deps: Deps, owner: Owner, id: string, tx?: Tx) {
  const row = await loadEndpoint(deps, owner, id, tx);
  const now = deps.clock.now();
  const secret = newWebhookSecret();
  // One statement: the old ciphertext moves to previous_secret_enc as the new one replaces it.
  const [updated] = await (tx ?? deps.database.db)
    .update(webhookEndpoints)
    .set({
      secretEnc: deps.cipher.encrypt(secret, SECRET_CONTEXT),
      previousSecretEnc: webhookEndpoints.secretEnc,
      previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS),
    })
    .where(live(owner, row.id))
    .returning();
  if (!updated) throw notFound('webhook endpoint');
  return { row: updated, secret };
}

export async function setEndpointDisabled(deps: Deps, owner: Owner, id: string, disabled: boolean, tx: Tx) {
  const row = await loadEndpoint(deps, owner, id, tx);
  const now = deps.clock.now();
  const [updated] = await tx
    .update(webhookEndpoints)
    .set({ disabledAt: disabled ? (row.disabledAt ?? now) : null })
    .where(live(owner, row.id))
    .returning();
  if (!updated) throw notFound('webhook endpoint');
  if (disabled) await stopPending(tx, row.id, now);
  return { before: row, after: updated };
}

/**
 * Sends `webhook_endpoint.tested` to this endpoint only (whatever its event filter; not to the
 * partner's other endpoints), through the normal outbox and dispatcher, so its attempts show like any.
 */
export async function sendTestEvent(deps: Deps, owner: Owner, id: string, tx: Tx) {
  const endpoint = await loadEndpoint(deps, owner, id, tx);
  const now = deps.clock.now();
  const eventId = newId('event');
  await tx.insert(events).values({
    id: eventId,
    partnerId: endpoint.partnerId,
    livemode: endpoint.livemode,
    type: 'webhook_endpoint.tested',
    data: { object: toEndpointResource(endpoint, now) },
    createdAt: now,
  });
  await tx.insert(webhookDeliveries).values({
    id: newId('delivery'),
    eventId,
    endpointId: endpoint.id,
    partnerId: endpoint.partnerId,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  });
  return eventId;
}

/**
 * Per endpoint: deliveries failed or still retrying after a failure in the last 24 hours, and the
 * outcome of its latest attempt. An endpoint is failing when its latest attempt failed.
 */
export async function endpointHealth(deps: Deps, endpointIds: string[]) {
  if (!endpointIds.length)
    return new Map<string, { failing: boolean; recentFailures: number; lastStatus: number | null }>();
  const rows = await deps.database.query<{
    endpoint_id: string;
    failures: number;
    last_outcome: string | null;
    last_status: number | null;
  }>(
    `select e.id as endpoint_id,
            (select count(*)::int from webhook_deliveries d
              where d.endpoint_id = e.id and d.attempts > 0 and d.status <> 'succeeded'
                and d.updated_at > $2) as failures,
            last.outcome as last_outcome, last.status_code as last_status
       from webhook_endpoints e
       left join lateral (select a.outcome, a.status_code from delivery_attempts a
                           where a.endpoint_id = e.id order by a.at desc limit 1) last on true
      where e.id = any($1)`,
    [endpointIds, new Date(deps.clock.now().getTime() - 24 * 3600_000)],
  );
  return new Map(
    rows.map((r) => [
      r.endpoint_id,
      {
        failing: r.last_outcome !== null && r.last_outcome !== 'succeeded',
        recentFailures: r.failures,
        lastStatus: r.last_status,
      },
    ]),
  );
}
