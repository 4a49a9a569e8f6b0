/**
 * Prometheus metrics (`GET /metrics`): request counts and latencies by route pattern and status,
 * provider calls by provider, operation and outcome, webhook deliveries by outcome, and the webhook
 * queue depth (read from the database at scrape time).
 *
 * With several workers (`FINLET_WORKERS`, cluster.ts) each process counts its own requests, so a
 * scrape answered from one worker's registry would see a fraction of the traffic, and a different
 * fraction each time. There, `scrape()` asks the primary for the cluster's metrics
 * (cluster-metrics.ts): every worker's `/metrics` answers the sums over all workers.
 */
import cluster from 'node:cluster';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { askPrimaryForMetrics, reportToPrimary } from './cluster-metrics.ts';
import { providerCallMetrics } from './provider-calls.ts';

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  latency: Histogram<'method' | 'route' | 'status'>;
  deliveries: Counter<'outcome'>;
  queueDepth: Gauge;
  /** The Prometheus text `/metrics` answers: this process's, or the cluster's sums in a worker. */
  scrape(): Promise<string>;
}

export function createMetrics(queueDepth: () => Promise<number>, o: { workers?: number } = {}): Metrics {
  const registry = new Registry();
  // Provider calls are counted where every connector's HTTP goes through (connectors/http/policy.ts),
  // which knows nothing of deps: its metrics are process-wide and shown in this registry too.
  for (const metric of providerCallMetrics()) registry.registerMetric(metric);
  const inCluster = (o.workers ?? 1) > 1 && cluster.isWorker;
  if (inCluster) reportToPrimary(registry);
  return {
    registry,
    requests: new Counter({
      name: 'finlet_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'finlet_http_request_duration_seconds',
      help: 'HTTP request latency by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'finlet_webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'finlet_webhook_queue_depth',
      help: 'Webhook deliveries waiting to be sent',
      registers: [registry],
      // Every worker reads the same table: the cluster's depth is any one answer, not their sum.
      aggregator: 'max',
      async collect() {
        this.set(await queueDepth().catch(() => -1));
      },
    }),
    scrape: inCluster ? askPrimaryForMetrics : () => registry.metrics(),
  };
}
