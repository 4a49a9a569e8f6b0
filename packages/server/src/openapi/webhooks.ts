/**
 * The webhooks in the document (OpenAPI 3.1 `webhooks`): one operation per event type, its payload
 * the event envelope with `data.object` the resource the server records the event with — the same
 * zod schemas the partner API answers with (webhooks/outbox.ts `recordEvent` takes the resource a
 * `to…Resource` function built). The headers are Standard Webhooks' (webhooks/signing.ts).
 */
import {
  eventSchema,
  identityVerificationSchema,
  linkSchema,
  paymentSchema,
  refundSchema,
  sessionSchema,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
  webhookEndpointSchema,
  webhookEventTypes,
} from '@finlet/shared';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../context.ts';

/** The resource an event type is about, by the noun before its dot. */
const RESOURCE = {
  session: sessionSchema,
  identity: identityVerificationSchema,
  link: linkSchema,
  payment: paymentSchema,
  refund: refundSchema,
  webhook_endpoint: webhookEndpointSchema,
} as const;

const pascal = (type: string) =>
  type
    .split(/[._]/)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** The payload Finlet POSTs for an event of `type`. */
export function webhookPayloadSchema(type: WebhookEventType) {
  const noun = type.slice(0, type.indexOf('.')) as keyof typeof RESOURCE;
  return eventSchema
    .extend({ type: z.literal(type), data: z.object({ object: RESOURCE[noun] }) })
    .meta({ id: `${pascal(type)}Event`, description: WEBHOOK_EVENT_TYPES[type] });
}

const signatureHeaders = z.object({
  'webhook-id': z.string().meta({ description: 'The event id; the same on every retry of it.' }),
  'webhook-timestamp': z.string().meta({ description: 'Unix seconds when this attempt was signed.' }),
  'webhook-signature': z.string().meta({
    description:
      'Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation).',
  }),
});

/** Adds every event type to `app`'s document as a webhook. */
export function registerWebhooks(app: OpenAPIHono<AppEnv>): void {
  for (const type of webhookEventTypes) {
    app.openAPIRegistry.registerWebhook({
      method: 'post',
      path: type,
      operationId: `${pascal(type).replace(/^./, (c) => c.toLowerCase())}Webhook`,
      tags: ['Webhooks'],
      // Finlet calls the partner: no credential, the body is signed (webhook-signature) instead.
      security: [],
      summary: WEBHOOK_EVENT_TYPES[type],
      request: {
        headers: signatureHeaders,
        body: { required: true, content: { 'application/json': { schema: webhookPayloadSchema(type) } } },
      },
      responses: {
        200: {
          description: 'Any 2xx acknowledges the event; anything else (or no answer in time) is retried.',
        },
      },
    });
  }
}
