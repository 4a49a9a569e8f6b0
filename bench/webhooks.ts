/**
 * Webhook dispatch bench (issue 2): a partner with one endpoint on a local receiver answering 200,
 * events recorded through the outbox (`recordEvent`, one transaction each, as a session change
 * records them) and the real dispatcher delivering them. Measures throughput on a backlog (all
 * events queued, then the dispatcher started) and enqueue→arrival latency under a steady stream
 * (each commit pokes the dispatcher, as the server does). Figures are printed, never asserted.
 * Run alone: `npx tsx bench/webhooks.ts` (BENCH_EVENTS, BENCH_DB=pglite|postgres).
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildDeps } from '../packages/server/src/bootstrap.ts';
import type { Deps } from '../packages/server/src/context.ts';
import { loadConfig } from '../packages/server/src/env.ts';
import { createPartner } from '../packages/server/src/partners/create.ts';
import { createDispatcher, type Dispatcher } from '../packages/server/src/webhooks/dispatcher.ts';
import { recordEvent } from '../packages/server/src/webhooks/outbox.ts';
import { runBench, type Scope, withScope } from './support/cleanup.ts';
import { freshDatabase, postgresServer, tempDir } from './support/databases.ts';
import { countQueries } from './support/query-counter.ts';
import { type Receiver, startReceiver } from './support/receiver.ts';
import { goals, int, ms, percentile, table } from './support/report.ts';
import { benchProviders } from './support/server.ts';

const BACKLOG = Number(process.env.BENCH_EVENTS ?? 5000);
/** PGlite records events ~4× slower and delivers them ~3× slower: a smaller backlog keeps the run short. */
const PGLITE_BACKLOG = Math.min(BACKLOG, 1000);
/** events/s: a quiet partner, and half the throughput goal (latency there should not be queueing). */
const STREAM_RATES = [50, 500];
const STREAM_SECONDS = 4;
const ENQUEUE_CONCURRENCY = 10;
/** Time box for each drain, so a slow dispatcher cannot make the bench run away. */
const DRAIN_SECONDS = Number(process.env.BENCH_DRAIN_SECONDS ?? 10);

type Kind = 'pglite' | 'postgres';

interface WebhookRun {
  label: string;
  kind: Kind;
  enqueuePerSecond: number;
  deliveriesPerSecond: number;
  backlog: number;
  delivered: number;
  /** PostgreSQL round trips per delivery (null on PGlite, which has no wire to count). */
  roundTrips: number | null;
  backlogDuplicates: number;
  streams: Awaited<ReturnType<typeof stream>>[];
  concurrency: number;
}

/** The driver under Drizzle (a pg.Pool or the PGlite instance); both answer `query(text)`. */
const rawClient = (deps: Deps) =>
  (deps.database.db as unknown as { $client: { query(text: string): Promise<unknown> } }).$client;

const wallMs = () => performance.timeOrigin + performance.now();

/** One event through the outbox in its own transaction, stamped with its enqueue time. */
async function enqueue(deps: Deps, partnerId: string, seq: number): Promise<void> {
  await deps.database.db.transaction((tx) =>
    recordEvent(tx, {
      partnerId,
      type: 'session.canceled',
      object: {
        id: `ses_bench_${seq}`,
        object: 'session',
        livemode: false,
        bench_seq: seq,
        enqueued_at: wallMs(),
      },
      now: deps.clock.now(),
    }),
  );
}

async function setUp(scope: Scope, kind: Kind, receiver: Receiver) {
  const dataDir = tempDir(scope, 'finlet-bench-webhooks-');
  let databaseUrl: string | undefined;
  let label = 'PGlite (on disk, in process)';
  if (kind === 'postgres') {
    const server = await postgresServer(scope);
    databaseUrl = await freshDatabase(scope, server.url);
    label = `PostgreSQL (${server.origin})`;
  }
  const config = loadConfig({
    NODE_ENV: 'production',
    ...benchProviders,
    LOG_LEVEL: 'warn',
    FINLET_DATA_DIR: dataDir,
    FINLET_DATA_KEY: randomBytes(32).toString('base64'),
    FINLET_ALLOW_PRIVATE_WEBHOOKS: 'true',
    DATABASE_URL: databaseUrl,
  });
  const deps = await buildDeps(config);
  scope.defer(() => deps.database.close());
  const partner = await createPartner(deps, {
    name: 'Bench Shop',
    allowedOrigins: ['https://shop.example'],
    webhookUrl: receiver.url,
  });
  return { deps, partnerId: partner.partner_id, label };
}

let streamSeq = 1_000_000;

/**
 * Latency: a steady stream of `rate` events/s with the dispatcher running and poked after each
 * commit, as the server does. Events not delivered within DRAIN_SECONDS count with their age then
 * (a lower bound), so a dispatcher that falls behind shows in p99 instead of hiding.
 */
async function stream(
  deps: Deps,
  partnerId: string,
  receiver: Receiver,
  dispatcher: Dispatcher,
  rate: number,
) {
  receiver.reset();
  dispatcher.start();
  const total = rate * STREAM_SECONDS;
  const tickMs = 10;
  const perTick = Math.max(1, Math.round((rate * tickMs) / 1000));
  const enqueuedAt = new Map<string, number>();
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let n = 0; n < total; n += perTick) {
    const wait = start + (n / rate) * 1000 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    for (let i = n; i < Math.min(total, n + perTick); i++) {
      const seq = streamSeq++;
      enqueuedAt.set(`ses_bench_${seq}`, wallMs());
      pending.push(enqueue(deps, partnerId, seq).then(() => deps.pokeDispatcher()));
    }
  }
  await Promise.all(pending);
  const achieved = total / ((performance.now() - start) / 1000);
  const delivered = await drain(receiver, total, DRAIN_SECONDS);
  await dispatcher.stop();
  const now = wallMs();
  for (const id of receiver.objectIds) enqueuedAt.delete(id);
  const lat = [...receiver.latencies, ...[...enqueuedAt.values()].map((t) => now - t)].sort((a, b) => a - b);
  return {
    rate,
    achieved,
    delivered,
    total,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    max: lat.at(-1) ?? Number.NaN,
  };
}

/** Waits for `n` distinct events, at most `seconds`; returns how many arrived. */
async function drain(receiver: Receiver, n: number, seconds: number): Promise<number> {
  await receiver.waitFor(n, seconds * 1000).catch(() => {});
  return receiver.distinct;
}

async function runKind(kind: Kind): Promise<WebhookRun> {
  return withScope(async (scope) => {
    const receiver = await startReceiver(scope);
    const { deps, partnerId, label } = await setUp(scope, kind, receiver);

    // 1. Throughput: a backlog of events, then the dispatcher drains it (time-boxed).
    const backlog = kind === 'pglite' ? PGLITE_BACKLOG : BACKLOG;
    let seq = 0;
    const enqueueStart = performance.now();
    await Promise.all(
      Array.from({ length: ENQUEUE_CONCURRENCY }, async () => {
        while (seq < backlog) await enqueue(deps, partnerId, seq++);
      }),
    );
    const enqueuePerSecond = backlog / ((performance.now() - enqueueStart) / 1000);
    const dispatcher = createDispatcher(deps);
    deps.pokeDispatcher = () => dispatcher.poke();
    scope.defer(() => dispatcher.stop());
    const queries = countQueries();
    const drainStart = performance.now();
    dispatcher.start();
    const delivered = await drain(receiver, backlog, DRAIN_SECONDS);
    await dispatcher.stop(); // waits for the attempts in flight to be recorded
    const deliveriesPerSecond = delivered / ((performance.now() - drainStart) / 1000);
    const roundTrips = kind === 'postgres' ? queries() / delivered : null;
    const backlogDuplicates = receiver.received - receiver.distinct;

    const streams = [];
    for (const rate of STREAM_RATES) {
      // What a time box left undelivered must not queue ahead of the next stream, and its dead
      // rows must not slow the claim query down (autovacuum would, later, in production).
      await rawClient(deps).query(`delete from webhook_deliveries where status = 'pending'`);
      await rawClient(deps).query('vacuum analyze webhook_deliveries');
      streams.push(await stream(deps, partnerId, receiver, dispatcher, rate));
    }
    return {
      label,
      kind,
      enqueuePerSecond,
      deliveriesPerSecond,
      backlog,
      delivered,
      roundTrips,
      backlogDuplicates,
      streams,
      concurrency: deps.config.FINLET_WEBHOOK_CONCURRENCY,
    };
  });
}

export async function runWebhookBench(kinds: Kind[] = ['postgres', 'pglite']): Promise<void> {
  console.log('\n## Webhook dispatch');
  console.log(
    `${BACKLOG} (PGlite: ${PGLITE_BACKLOG}) queued events drained by one dispatcher (at most ${DRAIN_SECONDS} s), then streams of ` +
      `${STREAM_RATES.join(' and ')} events/s for ${STREAM_SECONDS} s each (undelivered after ${DRAIN_SECONDS} s ` +
      'count with their age); receiver on 127.0.0.1 answering 200. Shared 2-core machine: figures are noisy.',
  );
  const runs: WebhookRun[] = [];
  for (const kind of kinds) runs.push(await runKind(kind));
  table(
    'Webhook dispatch: backlog drain',
    ['database', 'enqueue/s', 'delivered', 'deliveries/s', 'DB trips/delivery', 'duplicates'],
    runs.map((r) => [
      `${r.label}, concurrency ${r.concurrency}`,
      int(r.enqueuePerSecond),
      `${r.delivered}/${r.backlog}`,
      int(r.deliveriesPerSecond),
      r.roundTrips === null ? '–' : r.roundTrips.toFixed(1),
      r.backlogDuplicates,
    ]),
  );
  table(
    'Webhook dispatch: enqueue→arrival latency under a steady stream',
    ['database', 'target ev/s', 'achieved ev/s', 'delivered', 'p50', 'p99', 'max'],
    runs.flatMap((r) =>
      r.streams.map((s) => [
        r.kind,
        s.rate,
        int(s.achieved),
        `${s.delivered}/${s.total}`,
        ms(s.p50),
        ms(s.p99),
        ms(s.max),
      ]),
    ),
  );
  goals(
    'Webhook goals',
    runs.flatMap((r) => {
      const name = r.kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
      return [
        {
          name: `${name}: deliveries/s (backlog)`,
          measured: int(r.deliveriesPerSecond),
          target: '≥ 1,000/s',
          met: r.deliveriesPerSecond >= 1000,
        },
        ...r.streams.map((s) => ({
          name: `${name}: enqueue→delivery p99 at ${s.rate} ev/s`,
          measured: ms(s.p99),
          target: '< 250 ms',
          met: s.p99 < 250,
        })),
      ];
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.env.BENCH_DB as Kind | undefined;
  runBench(() => runWebhookBench(only ? [only] : undefined));
}
