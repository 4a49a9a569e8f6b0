/**
 * Runs Finlet as a process: builds the dependencies, serves the app, runs the webhook dispatcher
 * and the housekeeping loop (session expiry, payments left waiting on a bank or owing a processor
 * cancel, idempotency-key purge), and shuts down gracefully on
 * SIGTERM: stop accepting, finish in-flight requests and deliveries, close the database.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { lt, sql } from 'drizzle-orm';
import { createApp } from './app.ts';
import { type BuildOptions, buildDeps } from './bootstrap.ts';
import type { Deps } from './context.ts';
import { lockDataDir } from './db/lock.ts';
import { idempotencyKeys } from './db/schema.ts';
import type { Config } from './env.ts';
import { purgeExpiredImages } from './identity/privacy.ts';
import { sweepExpiringLinks } from './links/lifecycle.ts';
import { isAddressInUse, PortInUseError } from './listen.ts';
import { IDEMPOTENCY_RETENTION_MS } from './middleware/idempotency.ts';
import { settleProcessingBankPayments } from './payments/bank-settle.ts';
import { retryProcessorCancels } from './payments/session-close.ts';
import { sweepExpiredSessions } from './sessions/lifecycle.ts';
import { createDispatcher } from './webhooks/dispatcher.ts';

export interface RunningServer {
  url: string;
  port: number;
  deps: Deps;
  close(): Promise<void>;
}

const HOUSEKEEPING_MS = 5_000;
/** PGlite has no autovacuum: without fresh statistics the dispatcher's claim reads every due row. */
const PGLITE_VACUUM_EVERY = 120; // housekeeping runs, i.e. every 10 minutes
const VACUUMED_TABLES = sql`webhook_deliveries, delivery_attempts, events, sessions, idempotency_keys`;

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

  // One housekeeping run at a time; shutdown waits for the one under way.
  let chores: Promise<void> | null = null;
  let runs = 0;
  const housekeeping = setInterval(() => {
    chores ??= (async () => {
      if (deps.database.kind === 'pglite' && runs++ % PGLITE_VACUUM_EVERY === 0) {
        await deps.database.db.execute(sql`vacuum analyze ${VACUUMED_TABLES}`);
      }
      await sweepExpiredSessions(deps);
      await settleProcessingBankPayments(deps);
      await retryProcessorCancels(deps);
      await sweepExpiringLinks(deps);
      await purgeExpiredImages(deps);
      const cutoff = new Date(deps.clock.now().getTime() - IDEMPOTENCY_RETENTION_MS);
      await deps.database.db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, cutoff));
    })()
      .catch((err) => deps.logger.warn({ err }, 'housekeeping failed'))
      .finally(() => {
        chores = null;
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

  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (e) {
    clearInterval(housekeeping);
    deps.screening.close();
    await deps.database.close();
    unlock();
    throw isAddressInUse(e) ? new PortInUseError('PORT', config.PORT) : e;
  }
  const port = (server.address() as AddressInfo).port;
  dispatcher.start();
  deps.logger.info(
    { port, pid: process.pid, database: deps.database.kind, public_url: config.publicUrl },
    'Finlet server listening',
  );

  let closing: Promise<void> | null = null;
  return {
    url: `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`,
    port,
    deps,
    close() {
      closing ??= (async () => {
        clearInterval(housekeeping);
        const stopped = new Promise<void>((r) => server.close(() => r()));
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        await stopped;
        await drained();
        await dispatcher.stop();
        await chores;
        deps.screening.close();
        await deps.database.close();
        unlock();
        deps.logger.info('Finlet server stopped');
      })();
      return closing;
    },
  };
}
