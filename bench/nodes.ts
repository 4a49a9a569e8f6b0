/**
 * Nodes bench (issue 17): session creates flat out against 1, 2 and 3 server processes sharing one
 * PostgreSQL (FINLET_WORKERS on one port, as several nodes behind a load balancer would be), side by
 * side in one run. What it shows is the ratio to one process — how far adding nodes scales on this
 * machine, with the rate-limit bucket, idempotency and outbox all in the shared database — not the
 * absolute figures (the processes, PostgreSQL and the load generator share the same cores).
 * Prints figures and ratios; asserts nothing. Run alone: `npx tsx bench/nodes.ts` (BENCH_SECONDS).
 */
import { fileURLToPath } from 'node:url';
import { runBench, withScope } from './support/cleanup.ts';
import { freshDatabase, postgresServer } from './support/databases.ts';
import { type LoadResult, runLoad } from './support/load.ts';
import { int, ms, table } from './support/report.ts';
import { sessionBody, startBenchCluster } from './support/server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = 50;
const NODES = [1, 2, 3];

export async function runNodesBench(): Promise<void> {
  console.log('## Nodes sharing one PostgreSQL');
  console.log(
    `POST /v1/sessions flat out, autocannon ${CONNECTIONS} connections, ${SECONDS} s per run (+${WARMUP} s warm-up), ` +
      'one API key (one shared rate-limit row). Compare the ratio to 1 process, not the figures.',
  );
  await withScope(async (scope) => {
    const pgServer = await postgresServer(scope);
    const results: { nodes: number; r: LoadResult }[] = [];
    for (const workers of NODES) {
      // Each its own database (its own data key) and its own processes, run alone.
      const url = await freshDatabase(scope, pgServer.url);
      const cluster = await startBenchCluster(scope, { databaseUrl: url, workers });
      const r = await runLoad(scope, {
        url: `${cluster.url}/v1/sessions`,
        method: 'POST',
        headers: {
          authorization: `Bearer ${cluster.partner.secret_key}`,
          'content-type': 'application/json',
        },
        body: sessionBody,
        connections: CONNECTIONS,
        seconds: SECONDS,
        warmupSeconds: WARMUP,
      });
      await cluster.stop();
      results.push({ nodes: workers, r });
    }
    const one = results[0]!.r.rps;
    table(
      `Session creates by number of processes (${pgServer.origin})`,
      ['processes', 'req/s', '÷ 1 process', 'p50', 'p99', 'errors', 'non-2xx'],
      results.map(({ nodes, r }) => [
        nodes,
        int(r.rps),
        `${(r.rps / one).toFixed(2)}×`,
        ms(r.p50),
        ms(r.p99),
        r.errors,
        r.non2xx,
      ]),
    );
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runBench(() => runNodesBench());
