/**
 * Child process that drives autocannon, so the load generator does not share the event loop (and
 * its pauses) with the server under test. Reads one `LoadSpec` as JSON from argv, runs an optional
 * warm-up and then the measured run, and writes the summary as one JSON line to stdout.
 */
import autocannon from 'autocannon';
import type { LoadResult, LoadSpec } from './load.ts';
import { pacedLoad } from './paced.ts';

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
const base = {
  url: spec.url,
  method: spec.method,
  headers: spec.headers,
  body: spec.body,
  connections: spec.connections,
  timeout: 10,
};

if (spec.warmupSeconds > 0) {
  await autocannon({ ...base, connections: Math.min(spec.connections, 10), duration: spec.warmupSeconds });
}
// A fixed rate is paced evenly with latencies from the scheduled send time; autocannon's
// overallRate releases each second's requests in one burst, which measures the burst, not the rate.
if (spec.overallRate) {
  process.stdout.write(`${JSON.stringify(await pacedLoad({ ...spec, overallRate: spec.overallRate }))}\n`);
  process.exit(0);
}
const r = await autocannon({ ...base, duration: spec.seconds });
const result: LoadResult = {
  rps: r.requests.total / r.duration,
  ok: r['2xx'],
  p50: r.latency.p50,
  p99: r.latency.p99,
  max: r.latency.max,
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
  statusCodes: Object.fromEntries(
    Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]),
  ),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
