/**
 * A cluster of two workers for `cluster-metrics.test.ts`: each counts one request in its own
 * registry and serves the host's metrics on a port of its own. The second worker starts late
 * (`LATE_WORKER_MS`), as a worker still loading its modules or opening the database does, so a
 * scrape of the first one arrives while the second cannot answer yet. The primary prints
 * `ready <n> <port>` from its own `listening` event, after `servePrimaryMetrics` has counted the
 * worker as serving: a worker's own message, sent from its listen callback, reaches the primary
 * before Node's internal one, and the test then scraped in between (CI failed so under load). Each
 * worker stays busy for a moment after it listens, as a loaded machine leaves it, so a fixture
 * that announced too early fails every time.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { Counter, Registry } from 'prom-client';
import {
  askPrimaryForMetrics,
  reportToPrimary,
  servePrimaryMetrics,
} from '../../src/observability/cluster-metrics.ts';

const lateMs = Number(process.env.LATE_WORKER_MS ?? 0);

if (cluster.isPrimary) {
  servePrimaryMetrics();
  cluster.fork({ WORKER_NUMBER: '1' });
  cluster.fork({ WORKER_NUMBER: '2' });
  cluster.on('listening', (worker, address) => console.log(`ready ${worker.id} ${address.port}`));
  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill();
    process.exit(0);
  });
} else {
  const n = process.env.WORKER_NUMBER!;
  const start = () => {
    const registry = new Registry();
    new Counter({ name: 'fixture_requests_total', help: 'requests', registers: [registry] }).inc();
    reportToPrimary(registry);
    const server = createServer((_req, res) => {
      askPrimaryForMetrics().then(
        (text) => res.writeHead(200).end(text),
        (e: Error) => res.writeHead(503).end(e.message),
      );
    });
    server.listen(0, '127.0.0.1', () => {
      const busyUntil = Date.now() + 500;
      while (Date.now() < busyUntil);
    });
  };
  if (n === '2') setTimeout(start, lateMs);
  else start();
}
