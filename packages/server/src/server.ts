/**
 * Runs Finlet as a process: builds the dependencies, serves the app, runs the webhook dispatcher
 * and the housekeeping loop (session expiry, payments left waiting on a bank, card charges whose
 * outcome is unknown, processor cancels owed, idempotency-key purge, the list loads of nodes that
 * are gone), and shuts down gracefully on SIGTERM: stop accepting, finish in-flight requests and
 * deliveries, close the database. With several nodes on one PostgreSQL, only the leader
 * (db/leader.ts) runs housekeeping and re-screening.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { createApp } from './app.ts';
import { type BuildOptions, buildDeps } from './bootstrap.ts';
import type { Deps } from './context.ts';
import { electLeader } from './db/leader.ts';
import { lockDataDir } from './db/lock.ts';
import type { Config } from './env.ts';
import { purgeGoneNodes } from './identity/list-loads.ts';
import { anyToRescreen, rescreenChanged } from './identity/outcome.ts';
import { purgeExpiredImages } from './identity/privacy.ts';
import { sweepExpiringLinks } from './links/lifecycle.ts';
import { isAddressInUse, PortInUseError } from './listen.ts';
import { purgeIdempotencyKeys } from './middleware/idempotency.ts';
import { settleProcessingBankPayments } from './payments/bank-settle.ts';
import { reconcileCardPayments } from './payments/card-reconcile.ts';
import { retryProcessorCancels } from './payments/session-close.ts';
import { createMetricsApp } from './routes/metrics.ts';
import { sweepExpiredSessions } from './sessions/lifecycle.ts';
import { createDispatcher } from './webhooks/dispatcher.ts';

export interface RunningServer {
  url: string;
  port: number;
  /** The listener of `/metrics` when FINLET_METRICS_PORT gives it one of its own. */
  metricsUrl?: string;
  deps: Deps;
  close(): Promise<void>;
}

type NodeServer = ReturnType<typeof serve>;

/** Listens, or says which variable moves a busy port. */
async function listen(
  fetch: (r: Request, env: unknown) => Response | Promise<Response>,
  port: number,
  hostname: string,
  variable: string,
): Promise<NodeServer> {
  try {
    return await new Promise<NodeServer>((resolve, reject) => {
      const s = serve({ fetch, port, hostname }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (e) {
    throw isAddressInUse(e) ? new PortInUseError(variable, port) : e;
  }
}

const urlOf = (host: string, port: number) => `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;

const stop = (server: NodeServer) =>
  new Promise<void>((r) => {
    server.close(() => r());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });

const HOUSEKEEPING_MS = 5_000;
/** PGlite has no autovacuum: without fresh statistics the dispatcher's claim reads every due row. */
const PGLITE_VACUUM_EVERY = 120; // housekeeping runs, i.e. every 10 minutes
const VACUUMED_TABLES = sql`webhook_deliveries, delivery_attempts, events, sessions, idempotency_keys`;

/**
 * One run of the housekeeping chores. Each runs on its own: one that fails (a provider or the
 * database down) delays no other. Exported for the bench, which waits on them as the server does.
 */
export async function runHousekeeping(deps: Deps): Promise<void> {
  const chores: [string, () => Promise<unknown>][] = [
    ['session expiry', () => sweepExpiredSessions(deps)],
    ['bank settling', () => settleProcessingBankPayments(deps)],
    ['card reconciliation', () => reconcileCardPayments(deps)],
    ['processor cancels', () => retryProcessorCancels(deps)],
    ['link expiry', () => sweepExpiringLinks(deps)],
    ['image purge', () => purgeExpiredImages(deps)],
    ['idempotency purge', () => purgeIdempotencyKeys(deps)],
    ['rate limit sweep', () => sweepRateLimits(deps)],
    ['list loads of gone nodes', () => purgeGoneNodes(deps)],
  ];
  for (const [chore, run] of chores) {
    await run().catch((err) => deps.logger.warn({ err, chore }, 'housekeeping chore failed'));
  }
}

/** Shared buckets full again are forgotten (a missing one starts full). */
async function sweepRateLimits(deps: Deps): Promise<void> {
  await deps.rateLimits.requests.sweep?.();
  await deps.rateLimits.authFailures.sweep?.();
}

export async function startServer(config: Config, opts: BuildOptions = {}): Promise<RunningServer> {
  mkdirSync(config.dataDir, { recursive: true });
  const unlock =
    config.DATABASE_URL || opts.database ? () => {} : lockDataDir(config.dataDir, 'the Finlet server');
  let deps: Deps;
  try {
    deps = await buildDeps(config, opts);
  } catch (e) {
    unlock();
    throw e;
  }
  const dispatcher = createDispatcher(deps);
  deps.pokeDispatcher = () => dispatcher.poke();
  const app = createApp(deps);
  const leadership = electLeader({
    url: config.DATABASE_URL,
    logger: deps.logger,
    connectMs: config.DATABASE_CONNECT_TIMEOUT_MS || undefined,
  });
  deps.leads = () => leadership.isLeader();
  deps.notifications.listen();

  // One housekeeping run at a time, on the leader; shutdown waits for the one under way.
  let running: Promise<void> | null = null;
  let runs = 0;
  let rescreenedAgainst: string | undefined;
  const housekeeping = setInterval(() => {
    if (!leadership.isLeader()) return;
    running ??= (async () => {
      if (deps.database.kind === 'pglite' && runs++ % PGLITE_VACUUM_EVERY === 0) {
        await deps.database.db.execute(sql`vacuum analyze ${VACUUMED_TABLES}`);
      }
      await runHousekeeping(deps);
      // A new leader, or lists changed since this one last looked: customers screened with other
      // versions (stored with each verification) are re-screened. Lists load lazily, at the first
      // screening — but the leader must hold them to notice a change (its refresh timer starts with
      // that load), and a leader that has screened no one since it started (requests went to other
      // nodes, or it just took over) would never re-screen: the followers that reloaded the changed
      // lists leave re-screening to it. So the leader loads them here (versions() below) as soon as
      // an approved customer is kept screened; a deployment with none loads nothing.
      const lists = deps.screening.availability().status;
      if (lists === 'available' || (lists === 'not_loaded' && (await anyToRescreen(deps)))) {
        const versions = JSON.stringify(await deps.screening.versions());
        if (versions !== rescreenedAgainst) {
          await rescreenChanged(deps);
          rescreenedAgainst = versions;
        }
      }
    })()
      .catch((err) => deps.logger.warn({ err }, 'housekeeping failed'))
      .finally(() => {
        running = null;
      });
  }, HOUSEKEEPING_MS);
  housekeeping.unref();

  // Requests still running after their client left keep the database busy: shutdown waits for them.
  let inFlight = 0;
  let idle: (() => void) | null = null;
  // The bindings (`env`) carry the socket: the client address of the per-address limits.
  const fetch = async (request: Request, env: unknown) => {
    inFlight++;
    try {
      return await app.fetch(request, env);
    } finally {
      if (--inFlight === 0) idle?.();
    }
  };
  const drained = () =>
    inFlight === 0
      ? Promise.resolve()
      : new Promise<void>((r) => {
          idle = r;
        });

  let server: NodeServer;
  let metricsServer: NodeServer | undefined;
  try {
    server = await listen(fetch, config.PORT, config.HOST, 'PORT');
    if (config.FINLET_METRICS_PORT !== undefined) {
      const metrics = createMetricsApp(deps);
      metricsServer = await listen(
        (r) => metrics.fetch(r),
        config.FINLET_METRICS_PORT,
        config.FINLET_METRICS_HOST,
        'FINLET_METRICS_PORT',
      ).catch(async (e) => {
        await stop(server);
        throw e;
      });
    }
  } catch (e) {
    clearInterval(housekeeping);
    await leadership.close();
    await deps.notifications.close();
    deps.screening.close();
    await deps.database.close();
    unlock();
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  dispatcher.start();
  deps.logger.info(
    { port, pid: process.pid, database: deps.database.kind, public_url: config.publicUrl },
    'Finlet server listening',
  );

  let closing: Promise<void> | null = null;
  return {
    url: urlOf(config.HOST, port),
    port,
    ...(metricsServer
      ? { metricsUrl: urlOf(config.FINLET_METRICS_HOST, (metricsServer.address() as AddressInfo).port) }
      : {}),
    deps,
    close() {
      closing ??= (async () => {
        clearInterval(housekeeping);
        await Promise.all([stop(server), metricsServer && stop(metricsServer)]);
        await drained();
        await dispatcher.stop();
        await running;
        await leadership.close();
        await deps.notifications.close();
        deps.screening.close();
        await deps.database.close();
        unlock();
        deps.logger.info('Finlet server stopped');
      })();
      return closing;
    },
  };
}
