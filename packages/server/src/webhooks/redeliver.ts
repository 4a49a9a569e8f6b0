/**
 * Redelivery: re-queues an event to every endpoint currently subscribed to it. Used by
 * `POST /v1/events/:id/redeliver` and by `finlet webhooks replay EVENT_ID` (which passes no partner).
 */
import { endpointWants, isId, newId } from '@finlet/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { events, webhookDeliveries, webhookEndpoints } from '../db/schema.ts';
import { notFound } from '../errors.ts';

/**
 * Re-queues `eventId` for immediate delivery to every non-deleted, enabled endpoint of its mode
 * subscribed to its type, including deliveries that already succeeded or failed (their retry count
 * starts over). Throws `not_found` for an unknown event or another owner's. Returns how many
 * deliveries were queued.
 */
export async function redeliverEvent(
  deps: Pick<Deps, 'database' | 'clock' | 'pokeDispatcher'>,
  eventId: string,
  owner?: Owner,
): Promise<number> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const queued = await db.transaction(async (tx) => {
    if (!isId('event', eventId)) return undefined;
    // Locking the event serialises concurrent redeliveries of it, so no endpoint gets two rows.
    const [ev] = await tx
      .select()
      .from(events)
      .where(and(eq(events.id, eventId), owner ? ownedBy(events, owner) : undefined))
      .for('update');
    if (!ev) return undefined;
    const endpoints = await tx
      .select({ id: webhookEndpoints.id, enabledEvents: webhookEndpoints.enabledEvents })
      .from(webhookEndpoints)
      .where(
        and(
          ownedBy(webhookEndpoints, { partnerId: ev.partnerId, livemode: ev.livemode }),
          isNull(webhookEndpoints.deletedAt),
          isNull(webhookEndpoints.disabledAt),
        ),
      );
    const existing = await tx
      .select({ id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.eventId, ev.id));
    const subscribed = endpoints.filter((e) => endpointWants(e.enabledEvents, ev.type));
    for (const endpoint of subscribed) {
      const current = existing.find((d) => d.endpointId === endpoint.id);
      const due = {
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: now,
        lockedUntil: null,
        updatedAt: now,
      };
      if (current) await tx.update(webhookDeliveries).set(due).where(eq(webhookDeliveries.id, current.id));
      else {
        await tx.insert(webhookDeliveries).values({
          ...due,
          id: newId('delivery'),
          eventId: ev.id,
          endpointId: endpoint.id,
          partnerId: ev.partnerId,
          createdAt: now,
        });
      }
    }
    return subscribed.length;
  });
  if (queued === undefined) throw notFound('event');
  deps.pokeDispatcher();
  return queued;
}
