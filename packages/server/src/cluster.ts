/**
 * Several server processes on one port (`FINLET_WORKERS`), so one host uses all its cores: Node
 * runs JavaScript on one core per process, and a request's cost is mostly JavaScript (HTTP, JSON,
 * validation, token signing). Workers share nothing but PostgreSQL — every piece of server state
 * that matters is in the database, the webhook dispatcher claims rows with SKIP LOCKED, and
 * housekeeping sweeps are safe to run from several processes — so a worker is just `startServer`.
 *
 * The primary does the first-run work once before forking (migrations, the development data key,
 * the first signing key, the bank client key), so workers never race on it; it restarts a worker
 * that dies, gives up when they keep dying, and on SIGTERM/SIGINT passes the signal on and exits
 * when every worker has finished its graceful shutdown (0 if all exited cleanly).
 * It also collects the workers' metrics for whichever worker is scraped (observability/cluster-metrics.ts).
 */
import cluster, { type Worker } from 'node:cluster';
import { buildDeps } from './bootstrap.ts';
import type { Config } from './env.ts';
import { EX_CONFIG } from './listen.ts';
import { servePrimaryMetrics } from './observability/cluster-metrics.ts';
import { createLogger } from './observability/logger.ts';
import { onStopSignal } from './stop-signals.ts';

/** More than this many unplanned worker exits within RESTART_WINDOW_MS stops the whole server. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
const RESTART_DELAY_MS = 1_000;

export const isClusterPrimary = (config: Config) => config.FINLET_WORKERS > 1 && cluster.isPrimary;

export async function runPrimary(config: Config): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL).child({ role: 'primary' });
  const setup = await buildDeps(config, { logger });
  setup.screening.close();
  await setup.database.close();

  const workers = new Set<Worker>();
  const restarts: number[] = [];
  let stopping = false;
  let failed = false;
  let exitCode: number | undefined;

  const fork = () => {
    const worker = cluster.fork();
    workers.add(worker);
    worker.once('exit', (code, signal) => {
      workers.delete(worker);
      if (stopping) {
        if (code !== 0) failed = true;
        if (workers.size === 0) process.exit(exitCode ?? (failed ? 1 : 0));
        return;
      }
      if (code === EX_CONFIG) {
        // The worker printed why (a busy port, say); starting it again would only fail again.
        logger.fatal({ code }, 'a worker could not start: stopping the server');
        exitCode = EX_CONFIG;
        stop('worker configuration error');
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length > MAX_RESTARTS) {
        logger.fatal({ code, signal }, 'workers keep exiting: stopping the server');
        failed = true;
        stop('worker failures');
        return;
      }
      logger.error({ code, signal, pid: worker.process.pid }, 'worker exited: starting a new one');
      setTimeout(() => {
        if (!stopping) fork();
      }, RESTART_DELAY_MS).unref();
    });
  };

  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason, workers: workers.size }, 'shutting down workers');
    if (workers.size === 0) process.exit(exitCode ?? (failed ? 1 : 0));
    for (const w of workers) w.process.kill('SIGTERM');
  };
  onStopSignal(stop);

  // Any worker's /metrics answers the sums over every worker, collected here.
  servePrimaryMetrics();
  for (let i = 0; i < config.FINLET_WORKERS; i++) fork();
  logger.info({ workers: config.FINLET_WORKERS }, 'Finlet primary started workers');
}
