/**
 * The whole Finlet world in one process: the sandbox providers, the Finlet server and the demo
 * shop, each on its own port (its own origin). `pnpm start` runs it with the configured ports;
 * the e2e suite runs it on test ports with a fresh data directory.
 */
import { startDemo } from '@finlet/demo';
import { type ProviderPorts, startSandbox } from '@finlet/sandbox';
import { loadConfig } from '../packages/server/src/env.ts';
import { ensureDemoPartner } from '../packages/server/src/partners/demo.ts';
import { startServer } from '../packages/server/src/server.ts';

export interface StackOptions {
  env?: Record<string, string | undefined>;
  sandboxPorts?: Partial<ProviderPorts>;
}

export interface Stack {
  urls: { finlet: string; demo: string; bankUk: string; bankEu: string; kyc: string; processor: string };
  demoPartner: { partner_id: string; secret_key: string; webhook_secret: string };
  server: Awaited<ReturnType<typeof startServer>>;
  close(): Promise<void>;
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const env = { ...process.env, ...opts.env };
  const sandbox = await startSandbox({ env, ...(opts.sandboxPorts ? { ports: opts.sandboxPorts } : {}) });
  // Finlet reaches the sandbox processor wherever the runner put it, unless configured otherwise.
  const config = loadConfig({
    FINLET_PROCESSOR_URL: sandbox.urls.processor,
    FINLET_KYC_URL: sandbox.urls.kyc,
    FINLET_BANK_UK_URL: sandbox.urls.bankUk,
    FINLET_BANK_EU_URL: sandbox.urls.bankEu,
    ...env,
  });
  const server = await startServer(config);
  const demoPort = Number(env.DEMO_PORT ?? 3000);
  const demoOrigin = env.DEMO_PUBLIC_URL ?? `http://localhost:${demoPort}`;
  const demoPartner = await ensureDemoPartner(server.deps, demoOrigin);
  const demo = await startDemo({
    port: demoPort,
    publicUrl: demoOrigin,
    finletUrl: config.publicUrl,
    secretKey: demoPartner.secret_key,
    webhookSecret: demoPartner.webhook_secret,
    partnerId: demoPartner.partner_id,
  });
  return {
    urls: { finlet: config.publicUrl, demo: demo.url, ...sandbox.urls },
    demoPartner,
    server,
    async close() {
      await demo.close();
      await server.close();
      await sandbox.close();
    },
  };
}
