/**
 * The whole Finlet world in one process: the sandbox providers, the Finlet server and the demo
 * shop, each on its own port (its own origin). `pnpm start` runs it with the configured ports;
 * the e2e suite runs it on test ports with a fresh data directory.
 */
import { generateKeyPairSync } from 'node:crypto';
import { startDemo } from '@finlet/demo';
import { PORT_ENV, type ProviderName, type ProviderPorts, portsFromEnv, startSandbox } from '@finlet/sandbox';
import { loadConfig } from '../packages/server/src/env.ts';
import { isAddressInUse, PortInUseError } from '../packages/server/src/listen.ts';
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
  const env = { ...process.env, ...opts.env, ...bankClientKeyEnv(process.env, opts.env) };
  const sandboxPorts = { ...portsFromEnv(env), ...opts.sandboxPorts };
  const sandbox = await startSandbox({ env, ports: sandboxPorts }).catch((e) => {
    const name = (Object.keys(sandboxPorts) as ProviderName[]).find((n) => sandboxPorts[n] === e?.port);
    throw isAddressInUse(e) && name ? new PortInUseError(PORT_ENV[name], sandboxPorts[name]) : e;
  });
  const stopOnFailure = async <T>(start: () => Promise<T>, ...running: { close(): Promise<void> }[]) => {
    try {
      return await start();
    } catch (e) {
      for (const r of running) await r.close();
      throw e;
    }
  };
  // Finlet reaches the sandbox processor wherever the runner put it, unless configured otherwise.
  const config = loadConfig({
    FINLET_PROCESSOR_URL: sandbox.urls.processor,
    FINLET_KYC_URL: sandbox.urls.kyc,
    FINLET_BANK_UK_URL: sandbox.urls.bankUk,
    FINLET_BANK_EU_URL: sandbox.urls.bankEu,
    ...env,
  });
  const server = await stopOnFailure(() => startServer(config), sandbox);
  const demoPort = Number(env.DEMO_PORT ?? 3000);
  const demoOrigin = env.DEMO_PUBLIC_URL ?? `http://localhost:${demoPort}`;
  const { demoPartner, demo } = await stopOnFailure(
    async () => {
      const demoPartner = await ensureDemoPartner(server.deps, demoOrigin);
      const demo = await startDemo({
        port: demoPort,
        publicUrl: demoOrigin,
        finletUrl: config.publicUrl,
        secretKey: demoPartner.secret_key,
        webhookSecret: demoPartner.webhook_secret,
        partnerId: demoPartner.partner_id,
      }).catch((e) => {
        throw isAddressInUse(e) ? new PortInUseError('DEMO_PORT', demoPort) : e;
      });
      return { demoPartner, demo };
    },
    server,
    sandbox,
  );
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

/**
 * Finlet's bank-client key for this run, registered at both sandbox banks by value (its public
 * JWKS in `SANDBOX_BANK_CLIENT_JWKS`), unless the environment already names one.
 */
function bankClientKeyEnv(
  ...sources: (Record<string, string | undefined> | undefined)[]
): Record<string, string> {
  if (
    sources.some(
      (s) => s?.FINLET_BANK_CLIENT_KEY || s?.SANDBOX_BANK_CLIENT_JWKS || s?.SANDBOX_BANK_CLIENT_JWKS_URI,
    )
  )
    return {};
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = `finlet-${Date.now().toString(36)}`;
  return {
    FINLET_BANK_CLIENT_KEY: JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid }),
    SANDBOX_BANK_CLIENT_JWKS: JSON.stringify({
      keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }],
    }),
  };
}
