/**
 * Starts the real Finlet server for the bench, as `finlet` would run it (`startServer(loadConfig())`)
 * on a free 127.0.0.1 port, with warn-level logs, a rate limit too high to interfere, a data key,
 * and one partner with a secret key. The server and its data dir go away with the scope.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDeps } from '../../packages/server/src/bootstrap.ts';
import { loadConfig } from '../../packages/server/src/env.ts';
import { createLogger } from '../../packages/server/src/observability/logger.ts';
import { createPartner, type PartnerCreated } from '../../packages/server/src/partners/create.ts';
import { type RunningServer, startServer } from '../../packages/server/src/server.ts';
import type { Scope } from './cleanup.ts';
import { tempDir } from './databases.ts';

export const PARTNER_ORIGIN = 'https://shop.example';

/**
 * NODE_ENV=production refuses the sandbox's provider defaults (env.ts), so the bench names each
 * provider setting. The benches call no provider: these addresses are never reached.
 */
export const benchProviders = {
  FINLET_PROCESSOR_URL: 'https://processor.invalid',
  FINLET_PROCESSOR_API_KEY: 'psk_bench_not_published',
  FINLET_PROCESSOR_CALLBACK_SECRET: 'pcs_bench_not_published',
  FINLET_KYC_URL: 'https://kyc.invalid',
  FINLET_KYC_API_KEY: 'ksk_bench_not_published',
  FINLET_KYC_CALLBACK_SECRET: 'kcs_bench_not_published',
  FINLET_BANK_UK_URL: 'https://bank-uk.invalid',
  FINLET_BANK_EU_URL: 'https://bank-eu.invalid',
  FINLET_BANK_CLIENT_ID: 'finlet-bench',
};
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchServer {
  server: RunningServer;
  partner: PartnerCreated;
}

export async function startBenchServer(
  scope: Scope,
  opts: { databaseUrl?: string; env?: Record<string, string>; webhookUrl?: string },
): Promise<BenchServer> {
  const dataDir = tempDir(scope, 'finlet-bench-');
  const config = loadConfig({
    NODE_ENV: 'production',
    ...benchProviders,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    FINLET_DATA_DIR: dataDir,
    FINLET_DATA_KEY: randomBytes(32).toString('base64'),
    FINLET_RATE_LIMIT: '10000000',
    FINLET_RATE_BURST: '10000000',
    DATABASE_URL: opts.databaseUrl,
    ...opts.env,
  });
  const server = await startServer(config);
  scope.defer(() => server.close());
  const partner = await createPartner(server.deps, {
    name: 'Bench Shop',
    allowedOrigins: [PARTNER_ORIGIN],
    ...(opts.webhookUrl ? { webhookUrl: opts.webhookUrl } : {}),
  });
  return { server, partner };
}

/** A valid `POST /v1/sessions` body: a payment session, as the demo shop creates at checkout. */
export const sessionBody = JSON.stringify({
  flows: ['payment'],
  customer: { reference: 'cus_bench_1', email: 'ada@example.com' },
  payment: { amount: 1299, currency: 'EUR', description: 'Blue mug' },
  allowed_origins: [PARTNER_ORIGIN],
  metadata: { order_id: 'ord_1001' },
});

export interface BenchCluster {
  url: string;
  partner: PartnerCreated;
  workers: number;
  /** SIGTERM, then wait for the primary (and so every worker) to exit. */
  stop(): Promise<void>;
}

/**
 * The server as production runs it on a multi-core host: `main.ts` in its own process with
 * FINLET_WORKERS workers sharing one port (PostgreSQL only). The partner is created through the
 * same database first; the processes are stopped with SIGTERM when the scope closes.
 */
export async function startBenchCluster(
  scope: Scope,
  opts: { databaseUrl: string; workers: number },
): Promise<BenchCluster> {
  const port = await freePort();
  const env = {
    NODE_ENV: 'production',
    ...benchProviders,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    FINLET_DATA_DIR: tempDir(scope, 'finlet-bench-cluster-'),
    FINLET_DATA_KEY: randomBytes(32).toString('base64'),
    FINLET_RATE_LIMIT: '10000000',
    FINLET_RATE_BURST: '10000000',
    FINLET_WORKERS: String(opts.workers),
    DATABASE_URL: opts.databaseUrl,
  };
  const setup = await buildDeps(loadConfig(env), { logger: createLogger('silent') });
  const partner = await createPartner(setup, { name: 'Bench Shop', allowedOrigins: [PARTNER_ORIGIN] });
  setup.screening.close();
  await setup.database.close();

  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killer);
  };
  scope.defer(stop);
  // Logs stay at warn as for the in-process server, so readiness is read from /healthz; the
  // workers start together, and the load's warm-up follows anyway.
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`cluster exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('cluster did not start');
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 2_000));
  return { url, partner, workers: opts.workers, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
