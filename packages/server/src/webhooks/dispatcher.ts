/**
 * The webhook dispatcher: delivers the outbox (webhook_deliveries) at least once. One statement
 * claims due rows with `FOR UPDATE SKIP LOCKED`, stamps a lease (`locked_until`) and brings each
 * row's event and endpoint along; the HTTP attempt runs outside any transaction; one statement then
 * records the attempts of every delivery that finished meanwhile, each only while its lease holds
 * (delivery-store.ts, recorder.ts). Several processes can share one PostgreSQL: SKIP LOCKED keeps
 * them off each other's rows, and the lease hands a crashed node's claims back once it lapses.
 * A slot is an HTTP attempt in flight: it frees when the answer arrives, while the outcome waits
 * for its batched write. Claims come in batches: after a full claim the next waits until a quarter
 * of the slots are free (half on PGlite), and after one that emptied the queue only a poke (an
 * event committed) or the poll claims again.
 * All scheduling reads `deps.clock`; only the `webhook-timestamp` header uses the wall clock,
 * because receivers check it against theirs.
 */
import { type Clock, systemClock } from '../clock.ts';
import type { Deps } from '../context.ts';
import { type ClaimedDelivery, createDeliveryStore } from './delivery-store.ts';
import { toEventResource } from './events.ts';
import { createHttpSender, type Sender } from './http-sender.ts';
import { createRecorder } from './recorder.ts';
import { MAX_ATTEMPTS, nextAttemptAt } from './schedule.ts';
import { createSecretCache } from './secret-cache.ts';
import { type AttemptResult, sendWebhook } from './send.ts';
import { webhookHeaders } from './signing.ts';
import { webhookUrlShapeProblem } from './url-policy.ts';

const describeError = (err: unknown) =>
  `${(err as Error)?.name ?? 'Error'}: ${(err as Error)?.message ?? String(err)}`.slice(0, 300);

/** Least time between claims started by pokes (events committed); an isolated event waits none. */
const POKE_GAP_MS = 10;

/** Deliveries (per slot) that may be answered and waiting for their outcome to be written. */
const WRITE_BACKLOG = 4;

export interface DispatcherOptions {
  /** Sends through this fetch instead of the keep-alive node:http client (http-sender.ts). */
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
  const allowPrivate = deps.config.allowPrivateWebhooks;
  const fetchImpl = opts.fetch;
  const send: Sender = fetchImpl ? (req) => sendWebhook(req, fetchImpl) : createHttpSender(allowPrivate);
  const random = opts.random ?? Math.random;
  const wallClock = opts.wallClock ?? systemClock;
  const store = createDeliveryStore(deps.database);
  const recorder = createRecorder(store);
  const secrets = createSecretCache(deps.cipher);
  // Covers one attempt (bounded by the timeout) and its bookkeeping with room to spare; a node that
  // dies holding claims releases them when this lapses, so it stays short.
  const leaseMs = 2 * timeoutMs + 5_000;
  /**
   * Free slots worth a claim of their own while the queue is known to hold more. PGlite runs every
   * statement on this thread, so there fewer, larger claims leave more of it for the sends.
   */
  const refillDivisor = deps.database.kind === 'pglite' ? 2 : 4;
  const refillAt = Math.max(1, Math.floor(concurrency / refillDivisor));
  /** Every delivery from claim until its outcome is written (what `stop()` waits for). */
  const inFlight = new Set<Promise<void>>();
  /** Deliveries holding an HTTP slot: claimed and not yet answered. Writing the outcome frees it. */
  let sending = 0;
  /**
   * Slots a claim may fill. Outcomes wait for their write without a slot, but only so many: when the
   * database falls behind, claiming slows down rather than piling up answered deliveries.
   */
  const freeSlots = () => Math.min(concurrency - sending, WRITE_BACKLOG * concurrency - inFlight.size);
  /** Whether the last claim took all it asked for, so more may be due right now. */
  let moreDue = true;

  /** Sends one claimed delivery, calls `answered` once the HTTP attempt is over, then records it. */
  async function deliver(d: ClaimedDelivery, answered: () => void): Promise<void> {
    const now = deps.clock.now();
    if (d.endpoint.deletedAt) {
      // The endpoint was deleted after the event was recorded: nothing to send to.
      answered();
      await store.abandon(d, now);
      return;
    }
    let result: AttemptResult;
    try {
      result = await attemptDelivery(d, now);
    } catch (err) {
      // Whatever failed is this attempt's failure, recorded and retried on the schedule like any
      // other: a delivery that threw used to be reclaimed when its lease lapsed, for ever.
      result = { outcome: 'network_error', statusCode: null, durationMs: 0, error: describeError(err) };
    }
    answered();
    await record(d, result);
  }

  async function attemptDelivery(d: ClaimedDelivery, now: Date): Promise<AttemptResult> {
    // The URL policy of creation, again: a URL stored before it, or by hand, is refused here.
    const refused = webhookUrlShapeProblem(d.endpoint.url, { allowPrivateWebhooks: allowPrivate });
    if (refused)
      return { outcome: 'network_error', statusCode: null, durationMs: 0, error: `refused: url ${refused}` };
    const body = JSON.stringify(toEventResource(d.event));
    const signWith = secrets.secretsFor(d.endpointId, d.endpoint, now);
    return send({
      url: d.endpoint.url,
      headers: webhookHeaders(signWith, d.eventId, wallClock.now(), body),
      body,
      timeoutMs,
      allowPrivate,
    });
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
    const limit = freeSlots();
    const now = deps.clock.now();
    const rows = limit > 0 ? await store.claim(now, new Date(now.getTime() + leaseMs), limit) : [];
    moreDue = rows.length >= limit;
    const started = rows.map((d) => {
      let holding = true;
      const answered = () => {
        if (!holding) return;
        holding = false;
        sending -= 1;
        if (running && moreDue && freeSlots() >= refillAt) tick();
      };
      sending += 1;
      const p: Promise<void> = deliver(d, answered)
        .catch((err) => deps.logger.error({ err, delivery_id: d.id }, 'webhook delivery crashed'))
        .finally(() => {
          answered();
          inFlight.delete(p);
          if (running && moreDue && freeSlots() >= refillAt) tick();
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
  let pokeTimer: NodeJS.Timeout | undefined;
  let lastClaimAt = Number.NEGATIVE_INFINITY;

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
    lastClaimAt = performance.now();
    claiming = claimAndStart()
      .then(() => {
        // A full claim means more may be due; claim again once enough slots are free for it.
        if (moreDue && freeSlots() >= refillAt) again = true;
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
      clearTimeout(pokeTimer);
      pokeTimer = undefined;
      await claiming;
      await Promise.all([...inFlight]);
    },
    poke() {
      // Under a stream of events, one claim per POKE_GAP_MS takes them all: claiming for every
      // commit would spend the database (all of PGlite's one thread) on claims of one row each.
      if (!running || pokeTimer) return;
      const wait = lastClaimAt + POKE_GAP_MS - performance.now();
      if (wait <= 0 && !claiming) return tick();
      pokeTimer = setTimeout(
        () => {
          pokeTimer = undefined;
          tick();
        },
        Math.max(0, wait),
      );
    },
    async runOnce() {
      const { n, done } = await claimAndStart();
      await done;
      return n;
    },
  };
}
