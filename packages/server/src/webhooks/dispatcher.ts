/**
 * The webhook dispatcher: delivers the outbox (webhook_deliveries) at least once. One statement
 * claims due rows with `FOR UPDATE SKIP LOCKED`, stamps a lease (`locked_until`) and brings each
 * row's event and endpoint along; the HTTP attempt runs outside any transaction; one statement then
 * records the attempts of every delivery that finished meanwhile, each only while its lease holds
 * (delivery-store.ts, recorder.ts). Several processes can share one PostgreSQL: SKIP LOCKED keeps
 * them off each other's rows, and the lease hands a crashed node's claims back once it lapses.
 * Claims come in batches: after a full claim the next waits until a quarter of the slots are free,
 * and after one that emptied the queue only a poke (an event committed) or the poll claims again.
 * All scheduling reads `deps.clock`; only the `webhook-timestamp` header uses the wall clock,
 * because receivers check it against theirs.
 */
import { type Clock, systemClock } from '../clock.ts';
import type { Deps } from '../context.ts';
import { type ClaimedDelivery, createDeliveryStore } from './delivery-store.ts';
import { toEventResource } from './events.ts';
import { createRecorder } from './recorder.ts';
import { MAX_ATTEMPTS, nextAttemptAt } from './schedule.ts';
import { createSecretCache } from './secret-cache.ts';
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

export function createDispatcher(deps: Deps, opts: DispatcherOptions = {}): Dispatcher {
  const { FINLET_WEBHOOK_CONCURRENCY: concurrency, FINLET_WEBHOOK_TIMEOUT_MS: timeoutMs } = deps.config;
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  const random = opts.random ?? Math.random;
  const wallClock = opts.wallClock ?? systemClock;
  const store = createDeliveryStore(deps.database);
  const recorder = createRecorder(store);
  const secrets = createSecretCache(deps.cipher);
  // Covers one attempt (bounded by the timeout) and its bookkeeping with room to spare; a node that
  // dies holding claims releases them when this lapses, so it stays short.
  const leaseMs = 2 * timeoutMs + 5_000;
  /** Free slots worth a claim of their own while the queue is known to hold more. */
  const refillAt = Math.max(1, Math.floor(concurrency / 4));
  const inFlight = new Set<Promise<void>>();
  /** Whether the last claim took all it asked for, so more may be due right now. */
  let moreDue = true;

  async function deliver(d: ClaimedDelivery): Promise<void> {
    const now = deps.clock.now();
    if (d.endpoint.deletedAt) {
      // The endpoint was deleted after the event was recorded: nothing to send to.
      await store.abandon(d, now);
      return;
    }
    const body = JSON.stringify(toEventResource(d.event));
    const result = await sendWebhook(
      {
        url: d.endpoint.url,
        headers: webhookHeaders(
          secrets.secretsFor(d.endpointId, d.endpoint, now),
          d.eventId,
          wallClock.now(),
          body,
        ),
        body,
        timeoutMs,
        allowPrivate: deps.config.allowPrivateWebhooks,
      },
      fetchImpl,
    );
    await record(d, result);
  }

  async function record(d: ClaimedDelivery, result: AttemptResult) {
    const at = deps.clock.now();
    const attempt = d.attempts + 1;
    const retryAt = result.outcome === 'succeeded' ? null : nextAttemptAt(attempt, at, random);
    const status = result.outcome === 'succeeded' ? 'succeeded' : retryAt ? 'pending' : 'failed';
    deps.metrics.deliveries.inc({ outcome: result.outcome });
    await recorder.record({
      attemptId: `att_${crypto.randomUUID().replaceAll('-', '')}`,
      deliveryId: d.id,
      eventId: d.eventId,
      endpointId: d.endpointId,
      lease: d.lease,
      attempt,
      at,
      ...result,
      status,
      nextAttemptAt: retryAt,
    });
    if (attempt === MAX_ATTEMPTS && status === 'failed')
      deps.logger.warn(
        { event_id: d.eventId, endpoint_id: d.endpointId },
        'webhook delivery failed for good',
      );
  }

  /** Starts delivering each claimed row, tracked in `inFlight`; resolves when these are done. */
  async function claimAndStart(): Promise<{ n: number; done: Promise<unknown> }> {
    const limit = concurrency - inFlight.size;
    const now = deps.clock.now();
    const rows = limit > 0 ? await store.claim(now, new Date(now.getTime() + leaseMs), limit) : [];
    moreDue = rows.length >= limit;
    const started = rows.map((d) => {
      const p: Promise<void> = deliver(d)
        .catch((err) => deps.logger.error({ err, delivery_id: d.id }, 'webhook delivery crashed'))
        .finally(() => {
          inFlight.delete(p);
          if (running && moreDue && concurrency - inFlight.size >= refillAt) tick();
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
      .then(() => {
        // A full claim means more may be due; claim again once enough slots are free for it.
        if (moreDue && concurrency - inFlight.size >= refillAt) again = true;
      })
      .catch((err) => deps.logger.error({ err }, 'webhook claim failed'))
      .finally(() => {
        claiming = null;
        // `again` is also set by a poke during the claim: its event may have missed the snapshot.
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
