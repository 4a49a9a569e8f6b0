/**
 * Starts the real Finlet server for the bench, as `finlet` would run it (`startServer(loadConfig())`)
 * on a free 127.0.0.1 port, with warn-level logs, a rate limit too high to interfere, a data key,
 * and one partner with a secret key. The server and its data dir go away with the scope.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../packages/server/src/env.ts';
import { createPartner, type PartnerCreated } from '../../packages/server/src/partners/create.ts';
import { type RunningServer, startServer } from '../../packages/server/src/server.ts';
import type { Scope } from './cleanup.ts';
import { tempDir } from './databases.ts';

export const PARTNER_ORIGIN = 'https://shop.example';

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
