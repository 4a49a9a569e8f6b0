/** Event resource (docs/architecture.md §6): the body of every webhook and of `GET /v1/events`. */
import { z } from 'zod';
import { timestampSchema } from './common.ts';

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;

export const deliveryAttemptSchema = z
  .object({
    endpoint_id: z.string(),
    attempt: z.number().int(),
    at: timestampSchema,
    status_code: z.number().int().nullable(),
    outcome: z.enum(['succeeded', 'http_error', 'timeout', 'network_error']),
    duration_ms: z.number().int(),
    /** Why the attempt failed (`HTTP 500`, `refused: …`, a network error), null when it succeeded. */
    error: z.string().nullable(),
  })
  .meta({ id: 'DeliveryAttempt' });

export const deliverySchema = z
  .object({
    endpoint_id: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    next_attempt_at: timestampSchema.nullable(),
  })
  .meta({ id: 'Delivery' });

export const eventSchema = z
  .object({
    id: z.string(),
    object: z.literal('event'),
    livemode: z.boolean(),
    type: z.string(),
    created_at: timestampSchema,
    data: z.object({ object: z.record(z.string(), z.unknown()) }),
  })
  .meta({ id: 'Event' });
export type FinletEvent = z.infer<typeof eventSchema>;

export const eventWithDeliveriesSchema = eventSchema
  .extend({ deliveries: z.array(deliverySchema), attempts: z.array(deliveryAttemptSchema) })
  .meta({ id: 'EventWithDeliveries' });
