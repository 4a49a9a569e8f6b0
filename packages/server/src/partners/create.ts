/**
 * Creating a partner: the partner row, a secret key (shown once) and optionally a webhook endpoint
 * with its secret (shown once), in one transaction. Used by `finlet partners create` and by
 * `pnpm start` for the demo shop. The webhook URL passes the same policy as one created with the
 * API (webhooks/url-policy.ts).
 */
import { newId, originSchema } from '@finlet/shared';
import { createApiKey } from '../auth/api-keys.ts';
import type { Deps } from '../context.ts';
import { partners } from '../db/schema.ts';
import { insertWebhookEndpoint } from '../webhooks/endpoints.ts';
import { webhookUrlProblem } from '../webhooks/url-policy.ts';

export interface PartnerCreated {
  partner_id: string;
  secret_key: string;
  webhook_endpoint: { id: string; url: string; secret: string } | null;
}

export async function createPartner(
  deps: Pick<Deps, 'database' | 'clock' | 'cipher' | 'config'>,
  input: {
    name: string;
    allowedOrigins: string[];
    webhookUrl?: string;
    mode?: 'test' | 'live';
    /** false: no first key (a partner created in the dashboard makes its own keys there). */
    withKey?: boolean;
  },
): Promise<PartnerCreated> {
  for (const o of input.allowedOrigins) {
    if (!originSchema.safeParse(o).success)
      throw new Error(`not an origin: ${o} (use e.g. https://shop.example)`);
  }
  if (!input.name.trim()) throw new Error('a partner needs a name');
  const hookProblem = input.webhookUrl && (await webhookUrlProblem(input.webhookUrl, deps.config));
  if (hookProblem) throw new Error(`webhook URL ${hookProblem}: ${input.webhookUrl}`);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const id = newId('partner');
    await tx
      .insert(partners)
      .values({ id, name: input.name, allowedOrigins: input.allowedOrigins, createdAt: now });
    const mode = input.mode ?? 'test';
    const secret_key = input.withKey === false ? '' : await createApiKey(tx, id, mode, now);
    let webhook_endpoint = null;
    if (input.webhookUrl) {
      const { row, secret } = await insertWebhookEndpoint(tx, deps.cipher, {
        partnerId: id,
        livemode: mode === 'live',
        url: input.webhookUrl,
        enabledEvents: ['*'],
        now,
      });
      webhook_endpoint = { id: row.id, url: row.url, secret };
    }
    return { partner_id: id, secret_key, webhook_endpoint };
  });
}
