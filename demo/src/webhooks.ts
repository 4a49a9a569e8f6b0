/**
 * The shop's webhook receiver: every delivery is verified with the partner SDK's
 * `webhooks.verify` (the official `standardwebhooks` library underneath, docs/architecture.md §6). Bad signatures get 400 and are not stored; verified
 * events are kept in memory (newest first, deduplicated by `webhook-id` since delivery is
 * at-least-once) for the webhooks page and `GET /api/webhooks`.
 */

import { FinletError, webhooks } from '@finlet/node';
import { Hono } from 'hono';

export interface ReceivedEvent {
  webhook_id: string;
  received_at: string;
  event: { id: string; type: string; created_at: string; data: { object: Record<string, unknown> } };
}

const MAX_EVENTS = 500;

export function webhookStore() {
  const events: ReceivedEvent[] = [];
  return {
    add(e: ReceivedEvent): boolean {
      if (events.some((x) => x.webhook_id === e.webhook_id)) return false;
      events.unshift(e);
      events.length = Math.min(events.length, MAX_EVENTS);
      return true;
    },
    list: (): readonly ReceivedEvent[] => events,
    /** Every event about the order: the session's own and its payments', refunds', identity's and links'. */
    forSession: (id: string) => events.filter((e) => orderOf(e, events) === id),
    orderOf: (e: ReceivedEvent) => orderOf(e, events),
  };
}

/**
 * The order (session id) an event is about: a session is its own order; a payment names its
 * `session`, an identity verification or a link its `session_id`; a refund names its `payment`,
 * whose order an earlier payment event told.
 */
export function orderOf(e: ReceivedEvent, all: readonly ReceivedEvent[]): string | undefined {
  const o = e.event.data?.object ?? {};
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  if (o.object === 'session') return text(o.id);
  if (o.object === 'payment') return text(o.session);
  if (o.object === 'refund') {
    const payment = text(o.payment);
    const paid = all.find(
      (x) => x.event.data?.object?.object === 'payment' && x.event.data.object.id === payment,
    );
    return paid ? text(paid.event.data.object.session) : undefined;
  }
  return text(o.session_id);
}
export type WebhookStore = ReturnType<typeof webhookStore>;

export function webhookReceiver(secret: string, store: WebhookStore) {
  const app = new Hono();
  app.post('/', async (c) => {
    const body = await c.req.text();
    let event: ReceivedEvent['event'];
    try {
      event = webhooks.verify(body, c.req.raw.headers, secret) as ReceivedEvent['event'];
    } catch (e) {
      if (!(e instanceof FinletError)) throw e;
      return c.json({ error: 'invalid signature' }, 400);
    }
    store.add({ webhook_id: c.req.header('webhook-id')!, received_at: new Date().toISOString(), event });
    return c.body(null, 204);
  });
  return app;
}
