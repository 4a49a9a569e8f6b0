/**
 * Events as partners see them: the resource (which is also the exact webhook body), the event with
 * its deliveries and attempts (`GET /v1/events/:id`).
 */
import {
  type deliveryAttemptSchema,
  type eventWithDeliveriesSchema,
  type FinletEvent,
  isId,
} from '@finlet/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../db/client.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { deliveryAttempts, events, webhookDeliveries } from '../db/schema.ts';

export type EventRow = typeof events.$inferSelect;
export type EventWithDeliveries = z.infer<typeof eventWithDeliveriesSchema>;
type DeliveryAttempt = z.infer<typeof deliveryAttemptSchema>;

export function toEventResource(e: EventRow): FinletEvent {
  return {
    id: e.id,
    object: 'event',
    livemode: e.livemode,
    type: e.type,
    created_at: e.createdAt.toISOString(),
    data: e.data as FinletEvent['data'],
  };
}

export async function withDeliveries(db: DbOrTx, e: EventRow): Promise<EventWithDeliveries> {
  const deliveries = await db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.eventId, e.id))
    .orderBy(asc(webhookDeliveries.createdAt), asc(webhookDeliveries.id));
  const attempts = await db
    .select()
    .from(deliveryAttempts)
    .where(eq(deliveryAttempts.eventId, e.id))
    .orderBy(asc(deliveryAttempts.at), asc(deliveryAttempts.attempt));
  return {
    ...toEventResource(e),
    deliveries: deliveries.map((d) => ({
      endpoint_id: d.endpointId,
      status: d.status,
      attempts: d.attempts,
      next_attempt_at: d.status === 'pending' ? (d.nextAttemptAt?.toISOString() ?? null) : null,
    })),
    attempts: attempts.map(
      (a): DeliveryAttempt => ({
        endpoint_id: a.endpointId,
        attempt: a.attempt,
        at: a.at.toISOString(),
        status_code: a.statusCode,
        outcome: a.outcome,
        duration_ms: a.durationMs,
        error: a.error,
      }),
    ),
  };
}

/** The event if it exists (and, when `owner` is given, belongs to that partner and mode). */
export async function findEvent(db: DbOrTx, eventId: string, owner?: Owner) {
  if (!isId('event', eventId)) return undefined;
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), owner ? ownedBy(events, owner) : undefined));
  return row;
}
