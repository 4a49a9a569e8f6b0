/**
 * The outbox: `recordEvent` writes an event and one pending delivery per subscribed endpoint in a
 * single statement, inside the caller's transaction — so a state change and its event commit
 * together or not at all. The dispatcher (webhooks/dispatcher.ts) delivers them later. An event
 * has the mode of the object it is about (every resource carries `livemode`) and goes only to the
 * partner's endpoints of that mode: live events never reach a test endpoint, nor test events a live one.
 */

import { newId, type WebhookEventType } from '@finlet/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';

export interface RecordedEvent {
  id: string;
  type: WebhookEventType;
  createdAt: Date;
}

export async function recordEvent(
  tx: DbOrTx,
  e: {
    partnerId: string;
    type: WebhookEventType;
    object: Record<string, unknown> & { livemode: boolean };
    now: Date;
  },
): Promise<RecordedEvent> {
  const id = newId('event');
  const now = e.now.toISOString();
  await tx.execute(sql`
    with ev as (
      insert into events (id, partner_id, livemode, type, data, created_at)
      values (${id}, ${e.partnerId}, ${e.object.livemode}, ${e.type}, ${JSON.stringify({ object: e.object })}::jsonb, ${now})
      returning id
    )
    insert into webhook_deliveries
      (id, event_id, endpoint_id, partner_id, status, attempts, next_attempt_at, created_at, updated_at)
    select 'wha_' || replace(gen_random_uuid()::text, '-', ''), ev.id, we.id, ${e.partnerId}, 'pending', 0,
           ${now}, ${now}, ${now}
    from ev join webhook_endpoints we
      on we.partner_id = ${e.partnerId} and we.livemode = ${e.object.livemode} and we.deleted_at is null
     and we.disabled_at is null
     and (we.enabled_events ? '*' or we.enabled_events ? ${e.type})
  `);
  return { id, type: e.type, createdAt: e.now };
}
