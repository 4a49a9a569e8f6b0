/**
 * The sandbox runner: starts every provider of the table in `providers.ts` on its own port and
 * returns their URLs and a `close()` that frees the ports. Run standalone with
 * `npx tsx packages/sandbox/src/main.ts`; ports come from `SANDBOX_*_PORT`, fault rates from
 * `SANDBOX_FAULT_*` (see faults.ts).
 */
import { pathToFileURL } from 'node:url';
import type { Hono } from 'hono';
import { faultRatesFromEnv } from './faults.ts';
import { type ProviderName, type ProviderPorts, portsFromEnv } from './ports.ts';
import { PROVIDERS, type ProviderEntry } from './providers.ts';
import { listenOn, type RunningServer } from './serve.ts';

export interface StartSandboxOptions {
  /** Per-provider ports over `SANDBOX_*_PORT` and the defaults; 0 = ephemeral. */
  ports?: Partial<ProviderPorts>;
  /** Interface to listen on (default `SANDBOX_HOST` or 127.0.0.1). */
  host?: string;
  env?: NodeJS.ProcessEnv;
  /** The provider table; defaults to `PROVIDERS`. */
  providers?: ProviderEntry[];
}

export interface Sandbox {
  urls: Record<ProviderName, string>;
  close(): Promise<void>;
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<Sandbox> {
  const env = options.env ?? process.env;
  const ports = { ...portsFromEnv(env), ...options.ports };
  const host = options.host ?? env.SANDBOX_HOST ?? '127.0.0.1';
  const table = options.providers ?? PROVIDERS;
  const faultOptions = { rates: faultRatesFromEnv(env) };

  const apps = new Map<ProviderName, Hono>();
  const servers: RunningServer[] = [];
  const releases: (() => void | Promise<void>)[] = [];
  const closeAll = async () => {
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all(releases.map((release) => release()));
  };

  try {
    const urls = {} as Record<ProviderName, string>;
    for (const entry of table) {
      // The app is built after listening, once every provider's final URL is known.
      const server = await listenOn(ports[entry.name], host, (request) => {
        const app = apps.get(entry.name);
        return app ? app.fetch(request) : new Response('starting', { status: 503 });
      });
      servers.push(server);
      urls[entry.name] = server.url;
    }
    for (const entry of table) {
      const ctx = { name: entry.name, publicUrl: urls[entry.name], urls, env, faults: faultOptions };
      const instance = await entry.create(ctx);
      if ('app' in instance) {
        apps.set(entry.name, instance.app);
        releases.push(() => instance.close());
      } else {
        apps.set(entry.name, instance);
      }
    }
    let closing: Promise<void> | undefined;
    return {
      urls,
      close: () => {
        closing ??= closeAll();
        return closing;
      },
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

async function runStandalone(): Promise<void> {
  const sandbox = await startSandbox();
  const width = Math.max(...Object.keys(sandbox.urls).map((n) => n.length));
  console.log('Finlet sandbox providers:');
  for (const [name, url] of Object.entries(sandbox.urls)) console.log(`  ${name.padEnd(width)}  ${url}`);
  // `on`, not `once`: the same Ctrl-C can come twice (the terminal's group, then pnpm's copy); a
  // second signal must not kill the stop half-way (the server's stop-signals.ts says more).
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runStandalone().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
