/**
 * Entry point of the Finlet server process (`node --import tsx packages/server/src/main.ts`).
 * Bad configuration exits with status 78 (EX_CONFIG) and a message naming each bad variable.
 * With FINLET_WORKERS > 1 this process becomes the primary of a cluster (cluster.ts) and each
 * worker runs this same file down to `startServer`.
 */

import { isClusterPrimary, runPrimary } from './cluster.ts';
import { DataDirLockedError } from './db/lock.ts';
import { ConfigError, loadConfig } from './env.ts';
import { EX_CONFIG, PortInUseError } from './listen.ts';
import { startTracing } from './observability/tracing.ts';
import { startServer } from './server.ts';
import { onStopSignal } from './stop-signals.ts';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(EX_CONFIG);
    }
    throw e;
  }
  if (isClusterPrimary(config)) {
    await runPrimary(config);
    return;
  }
  // Before anything opens the database, so its clients are traced too (off unless configured).
  const tracing = startTracing(config);
  try {
    const server = await startServer(config);
    if (tracing) server.deps.logger.info({ endpoint: tracing.endpoint }, 'exporting traces (OTLP/HTTP)');
    const shutdown = (signal: string) => {
      server.deps.logger.info({ signal }, 'shutting down');
      server
        .close()
        .then(() => tracing?.shutdown())
        .then(
          () => process.exit(0),
          () => process.exit(1),
        );
    };
    onStopSignal(shutdown);
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      console.error(e.message);
      process.exit(75);
    }
    if (e instanceof PortInUseError) {
      console.error(e.message);
      process.exit(EX_CONFIG);
    }
    throw e;
  }
}

await main();
