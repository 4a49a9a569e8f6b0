/**
 * Creating webhook endpoints (used by the API route and by `finlet partners create --webhook-url`)
 * and turning rows into the public resource. The `whsec_` secret is encrypted at rest — it must be
 * recoverable to sign — and returned only on creation and rotation.
 */
import { newId, type WebhookEndpoint } from '@finlet/shared';
import type { DataCipher } from '../crypto/data-cipher.ts';
import type { DbOrTx } from '../db/client.ts';
import { webhookEndpoints } from '../db/schema.ts';
import { newWebhookSecret, SECRET_CONTEXT } from './secrets.ts';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;

export function toEndpointResource(r: EndpointRow, now: Date): WebhookEndpoint {
  const overlap =
    r.previousSecretExpiresAt && r.previousSecretExpiresAt > now ? r.previousSecretExpiresAt : null;
  return {
    id: r.id,
    object: 'webhook_endpoint',
    livemode: r.livemode,
    url: r.url,
    enabled_events: r.enabledEvents,
    description: r.description,
    metadata: r.metadata,
    status: r.deletedAt || r.disabledAt ? 'disabled' : 'enabled',
    created_at: r.createdAt.toISOString(),
    previous_secret_expires_at: overlap?.toISOString() ?? null,
  };
}

export async function insertWebhookEndpoint(
  tx: DbOrTx,
  cipher: DataCipher,
  input: {
    partnerId: string;
    /** Only events of this mode are delivered to it. */
    livemode: boolean;
    url: string;
    enabledEvents: string[];
    description?: string | undefined;
    metadata?: Record<string, string> | undefined;
    now: Date;
  },
) {
  const secret = newWebhookSecret();
  const [row] = await tx
    .insert(webhookEndpoints)
    .values({
      id: newId('webhook_endpoint'),
      partnerId: input.partnerId,
      livemode: input.livemode,
      url: input.url,
      enabledEvents: input.enabledEvents,
      description: input.description ?? null,
      metadata: input.metadata ?? {},
      secretEnc: cipher.encrypt(secret, SECRET_CONTEXT),
      createdAt: input.now,
    })
    .returning();
  return { row: row!, secret };
}
