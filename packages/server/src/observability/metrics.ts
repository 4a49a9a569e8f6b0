/**
 * Prometheus metrics (`GET /metrics`): request counts and latencies by route and status, webhook
 * deliveries by outcome, and the webhook queue depth (read from the database at scrape time).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  latency: Histogram<'method' | 'route' | 'status'>;
  deliveries: Counter<'outcome'>;
  queueDepth: Gauge;
}

export function createMetrics(queueDepth: () => Promise<number>): Metrics {
  const registry = new Registry();
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
      async collect() {
        this.set(await queueDepth().catch(() => -1));
      },
    }),
  };
}
