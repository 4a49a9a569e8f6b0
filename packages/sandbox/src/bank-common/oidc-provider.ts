/**
 * oidc-provider for the sandbox banks, without two start-up warnings that do not apply to them:
 * - "Unsupported runtime. Use Node.js v22.x LTS": oidc-provider 9 names Node 22 as its supported
 *   runtime but runs on Node 20, Finlet's requirement — the sandbox bank tests and the e2e suite
 *   exercise every OAuth path it serves on Node 20 in CI.
 * - "a quick start development-only in-memory adapter is used": the sandbox banks keep their
 *   grants in memory on purpose (a restart forgets them, like every other sandbox state).
 * Only these two lines are dropped, only while the module loads or a provider is built; every
 * other warning reaches the console.
 */
import type { Configuration } from 'oidc-provider';

const SILENCED = [
  'oidc-provider WARNING: Unsupported runtime',
  'oidc-provider WARNING: a quick start development-only in-memory adapter',
];

async function quietly<T>(fn: () => T | Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const first = args[0];
    if (typeof first === 'string' && SILENCED.some((s) => first.includes(s))) return;
    warn(...args);
  };
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}

const oidc = await quietly(() => import('oidc-provider'));

export type { ClientMetadata, Configuration } from 'oidc-provider';
export type Provider = InstanceType<typeof oidc.Provider>;
export const { errors } = oidc;

export function createProvider(issuer: string, configuration: Configuration): Promise<Provider> {
  return quietly(() => new oidc.Provider(issuer, configuration));
}
