/** Webhook endpoint resource (docs/architecture.md §6): where a partner receives signed events. */
import { z } from 'zod';
import { type WebhookEventType, webhookEventTypes } from '../events.ts';
import { metadataSchema, timestampSchema } from './common.ts';

export const enabledEventsSchema = z
  .array(z.union([z.enum(webhookEventTypes), z.literal('*')]))
  .min(1)
  .max(50);

export const createWebhookEndpointSchema = z
  .strictObject({
    url: z.url({ protocol: /^https?$/ }).max(2048),
    enabled_events: enabledEventsSchema.default(['*']),
    description: z.string().max(500).optional(),
    metadata: metadataSchema.optional(),
  })
  .meta({ id: 'CreateWebhookEndpointRequest' });
export type CreateWebhookEndpoint = z.infer<typeof createWebhookEndpointSchema>;

export const webhookEndpointSchema = z
  .object({
    id: z.string(),
    object: z.literal('webhook_endpoint'),
    livemode: z.boolean(),
    url: z.string(),
    enabled_events: z.array(z.string()),
    description: z.string().nullable(),
    metadata: z.record(z.string(), z.string()),
    status: z.enum(['enabled', 'disabled']),
    created_at: timestampSchema,
    previous_secret_expires_at: timestampSchema.nullable(),
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/** Creation and rotation answers carry the `whsec_` secret, shown this one time. */
export const webhookEndpointWithSecretSchema = webhookEndpointSchema
  .extend({ secret: z.string() })
  .meta({ id: 'WebhookEndpointWithSecret' });

export function endpointWants(enabled: readonly string[], type: WebhookEventType | string): boolean {
  return enabled.includes('*') || enabled.includes(type);
}
