/**
 * Prometheus metrics (`GET /metrics`): request counts and latencies by route pattern and status,
 * provider calls by provider, operation and outcome, webhook deliveries by outcome, the webhook
 * queue depth (read from the database at scrape time), and each configured sanctions list's age and
 * whether screening can use it (screening fails closed: alert on `finlet_sanctions_list_usable` 0).
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
  listAge: Gauge<'source'>;
  listUsable: Gauge<'source'>;
  /** The Prometheus text `/metrics` answers: this process's, or the cluster's sums in a worker. */
  scrape(): Promise<string>;
}

/** One configured sanctions list as this process holds it (identity/screening-service.ts). */
export interface ListState {
  source: string;
  /** Seconds since its last good load; undefined before one. */
  ageSeconds?: number;
  usable: boolean;
}

export interface MetricSources {
  workers?: number;
  /** The configured lists; none until the first screening loads them (they load lazily). */
  lists?: () => ListState[];
}

export function createMetrics(queueDepth: () => Promise<number>, o: MetricSources = {}): Metrics {
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
    ...listGauges(registry, o.lists ?? (() => [])),
    scrape: inCluster ? askPrimaryForMetrics : () => registry.metrics(),
  };
}

/** Each list's age and usability, read at scrape time; across workers, the worst worker's. */
function listGauges(registry: Registry, lists: () => ListState[]) {
  const age = new Gauge({
    name: 'finlet_sanctions_list_age_seconds',
    help: 'Seconds since the last good load of each configured sanctions list',
    labelNames: ['source'],
    registers: [registry],
    aggregator: 'max',
    collect() {
      this.reset();
      for (const l of lists()) if (l.ageSeconds !== undefined) this.set({ source: l.source }, l.ageSeconds);
    },
  });
  const usable = new Gauge({
    name: 'finlet_sanctions_list_usable',
    help: 'Whether screening can use each configured sanctions list (1) or refuses for it (0)',
    labelNames: ['source'],
    registers: [registry],
    aggregator: 'min',
    collect() {
      this.reset();
      for (const l of lists()) this.set({ source: l.source }, l.usable ? 1 : 0);
    },
  });
  return { listAge: age, listUsable: usable };
}
