/**
 * What every provider call ended as, counted once where all of them pass (`ProviderPolicy.run`,
 * connectors/http/policy.ts) rather than in each connector. The policy is built inside connectors
 * that know nothing of deps, so these metrics are process-wide; each deps' registry shows them
 * (metrics.ts).
 *
 * Outcomes: `ok` (an answer the connector could use), `refused` (the provider answered on purpose
 * with a refusal — a 4xx, a decline), `error` (certainly not processed: 429, 503, circuit open),
 * `timeout` (no answer in time: it may have acted), `unknown` (any other failure after the request
 * went out — a 5xx, a dropped connection, an unreadable answer: it may have acted).
 */
import { Counter, Histogram } from 'prom-client';

export type ProviderCallOutcome = 'ok' | 'refused' | 'error' | 'timeout' | 'unknown';

const labelNames = ['provider', 'operation', 'outcome'] as const;

const calls = new Counter({
  name: 'finlet_provider_calls_total',
  help: 'Provider calls (retries included in one call) by provider, operation and outcome',
  labelNames,
  registers: [],
});

const duration = new Histogram({
  name: 'finlet_provider_call_duration_seconds',
  help: 'Provider call latency, retries and waits included, by provider, operation and outcome',
  labelNames,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [],
});

export const providerCallMetrics = () => [calls, duration];

export function recordProviderCall(
  call: { provider: string; operation: string; outcome: ProviderCallOutcome },
  seconds: number,
): void {
  calls.inc(call);
  duration.observe(call, seconds);
}

/**
 * A low-cardinality name for a request: its method and path with the parts that name one thing
 * (anything with a digit, save a version like `v3.1`) as `:id` — `GET /v1/checks/:id`.
 */
export function operationOf(method: string, url: string | URL): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return method;
  }
  const parts = path.split('/').map((s) => (/\d/.test(s) && !/^v\d+(\.\d+)*$/.test(s) ? ':id' : s));
  return `${method} ${parts.join('/')}`;
}
