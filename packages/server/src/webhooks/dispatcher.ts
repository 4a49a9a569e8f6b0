/**
 * The webhook dispatcher: delivers the outbox (webhook_deliveries) at least once. It claims due rows
 * with `FOR UPDATE SKIP LOCKED` and stamps a lease (`locked_until`) in one short transaction, then
 * sends over HTTP outside any transaction, then records the attempt and the next retry. Several
 * processes can share one PostgreSQL: SKIP LOCKED keeps them off each other's rows, and the lease
 * hands a crashed node's claims back once it lapses. All scheduling reads `deps.clock`; only the
 * `webhook-timestamp` header uses the wall clock, because receivers check it against theirs.
 */
import { and, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import { type Clock, systemClock } from '../clock.ts';
import type { Deps } from '../context.ts';
import { deliveryAttempts, events, webhookDeliveries, webhookEndpoints } from '../db/schema.ts';
import { toEventResource } from './events.ts';
import { MAX_ATTEMPTS, nextAttemptAt } from './schedule.ts';
import { SECRET_CONTEXT } from './secrets.ts';
import { type AttemptResult, sendWebhook } from './send.ts';
import { webhookHeaders } from './signing.ts';

export interface DispatcherOptions {
  fetch?: typeof fetch;
  /** [0, 1) source for retry jitter; 0.5 gives the exact schedule. */
  random?: () => number;
  /** Clock for the `webhook-timestamp` header (default: the system clock). */
  wallClock?: Clock;
}

export interface Dispatcher {
  /** Starts polling every FINLET_DISPATCH_INTERVAL_MS (and on every poke). */
  start(): void;
  /** Stops claiming and resolves once the deliveries in flight have finished. */
  stop(): Promise<void>;
  /** Runs a claim now (called after an event commits). */
  poke(): void;
  /** Claims what is due (up to the free concurrency) and delivers it; resolves with how many. */
  runOnce(): Promise<number>;
}

type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export function createDispatcher(deps: Deps, opts: DispatcherOptions = {}): Dispatcher {
  const { db } = deps.database;
  const { FINLET_WEBHOOK_CONCURRENCY: concurrency, FINLET_WEBHOOK_TIMEOUT_MS: timeoutMs } = deps.config;
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  const random = opts.random ?? Math.random;
  const wallClock = opts.wallClock ?? systemClock;
  // Covers one attempt (bounded by the timeout) and its bookkeeping with room to spare; a node that
  // dies holding claims releases them when this lapses, so it stays short.
  const leaseMs = 2 * timeoutMs + 5_000;
  const inFlight = new Set<Promise<void>>();

  async function claim(limit: number): Promise<DeliveryRow[]> {
    if (limit <= 0) return [];
    const now = deps.clock.now();
    return db.transaction(async (tx) => {
      const due = await tx
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.status, 'pending'),
            lte(webhookDeliveries.nextAttemptAt, now),
            or(isNull(webhookDeliveries.lockedUntil), lte(webhookDeliveries.lockedUntil, now)),
          ),
        )
        .orderBy(webhookDeliveries.nextAttemptAt)
        .limit(limit)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      return tx
        .update(webhookDeliveries)
        .set({ lockedUntil: new Date(now.getTime() + leaseMs), updatedAt: now })
        .where(
          inArray(
            webhookDeliveries.id,
            due.map((d) => d.id),
          ),
        )
        .returning();
    });
  }

  async function deliver(d: DeliveryRow): Promise<void> {
    const [row] = await db
      .select({ event: events, endpoint: webhookEndpoints })
      .from(events)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, d.endpointId))
      .where(eq(events.id, d.eventId));
    const now = deps.clock.now();
    const mine = and(eq(webhookDeliveries.id, d.id), eq(webhookDeliveries.lockedUntil, d.lockedUntil!));
    if (!row || row.endpoint.deletedAt) {
      // The endpoint was deleted after the event was recorded: nothing to send to.
      await db
        .update(webhookDeliveries)
        .set({ status: 'failed', nextAttemptAt: null, lockedUntil: null, updatedAt: now })
        .where(mine);
      return;
    }
    const { endpoint, event } = row;
    const secrets = [deps.cipher.decryptText(endpoint.secretEnc, SECRET_CONTEXT)];
    if (
      endpoint.previousSecretEnc &&
      endpoint.previousSecretExpiresAt &&
      endpoint.previousSecretExpiresAt > now
    )
      secrets.push(deps.cipher.decryptText(endpoint.previousSecretEnc, SECRET_CONTEXT));
    const body = JSON.stringify(toEventResource(event));
    const result = await sendWebhook(
      {
        url: endpoint.url,
        headers: webhookHeaders(secrets, event.id, wallClock.now(), body),
        body,
        timeoutMs,
        allowPrivate: deps.config.allowPrivateWebhooks,
      },
      fetchImpl,
    );
    await record(d, result, mine);
  }

  async function record(d: DeliveryRow, result: AttemptResult, mine: ReturnType<typeof and>) {
    const at = deps.clock.now();
    const attempt = d.attempts + 1;
    const retryAt = result.outcome === 'succeeded' ? null : nextAttemptAt(attempt, at, random);
    const status = result.outcome === 'succeeded' ? 'succeeded' : retryAt ? 'pending' : 'failed';
    deps.metrics.deliveries.inc({ outcome: result.outcome });
    await db.transaction(async (tx) => {
      await tx.insert(deliveryAttempts).values({
        id: `att_${crypto.randomUUID().replaceAll('-', '')}`,
        deliveryId: d.id,
        eventId: d.eventId,
        endpointId: d.endpointId,
        attempt,
        at,
        statusCode: result.statusCode,
        outcome: result.outcome,
        durationMs: result.durationMs,
        error: result.error,
      });
      // Only while the lease is ours: a redelivery (or a lapsed lease) in the meantime wins.
      await tx
        .update(webhookDeliveries)
        .set({ status, attempts: attempt, nextAttemptAt: retryAt, lockedUntil: null, updatedAt: at })
        .where(mine);
    });
    if (attempt === MAX_ATTEMPTS && status === 'failed')
      deps.logger.warn(
        { event_id: d.eventId, endpoint_id: d.endpointId },
        'webhook delivery failed for good',
      );
  }

  /** Starts delivering each claimed row, tracked in `inFlight`; resolves when these are done. */
  async function claimAndStart(): Promise<{ n: number; done: Promise<unknown> }> {
    const rows = await claim(concurrency - inFlight.size);
    const started = rows.map((d) => {
      const p: Promise<void> = deliver(d)
        .catch((err) => deps.logger.error({ err, delivery_id: d.id }, 'webhook delivery crashed'))
        .finally(() => {
          inFlight.delete(p);
          if (running) tick();
        });
      inFlight.add(p);
      return p;
    });
    return { n: rows.length, done: Promise.all(started) };
  }

  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let claiming: Promise<void> | null = null;
  let again = false;

  function arm() {
    clearTimeout(timer);
    if (!running) return;
    timer = setTimeout(tick, deps.config.FINLET_DISPATCH_INTERVAL_MS);
    timer.unref();
  }

  function tick() {
    if (!running) return;
    if (claiming) {
      again = true;
      return;
    }
    again = false;
    claiming = claimAndStart()
      .then(({ n }) => {
        // A full claim means more may be due; a poke during the claim may have added work.
        if (n > 0 && inFlight.size < concurrency) again = true;
      })
      .catch((err) => deps.logger.error({ err }, 'webhook claim failed'))
      .finally(() => {
        claiming = null;
        if (again) tick();
        else arm();
      });
  }

  return {
    start() {
      if (running) return;
      running = true;
      tick();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await claiming;
      await Promise.all([...inFlight]);
    },
    poke() {
      if (running) tick();
    },
    async runOnce() {
      const { n, done } = await claimAndStart();
      await done;
      return n;
    },
  };
}
