/**
 * The provider table: every sandbox service the runner starts, one row each. A row names the
 * provider and builds its Hono app from the context the runner hands over (its own public URL,
 * the environment, the fault options). Rows that still point at `placeholderProvider` are
 * services not simulated yet; replace `create` when the real one lands.
 */
import type { Hono } from 'hono';
import type { BankClient } from './bank-common/types.ts';
import { createBankEu } from './bank-eu/index.ts';
import { createBankUk } from './bank-uk/index.ts';
import type { FaultOptions } from './faults.ts';
import { createKycFromEnv } from './kyc/app.ts';
import type { ProviderName } from './ports.ts';
import { createProcessorFromEnv } from './processor/app.ts';

export interface ProviderContext {
  name: ProviderName;
  /** This provider's own origin as clients reach it, e.g. `http://127.0.0.1:8094`. */
  publicUrl: string;
  /** URLs of all providers (some providers link to others). */
  urls: Record<ProviderName, string>;
  env: NodeJS.ProcessEnv;
  /** Fault rates from the environment; pass to `faults()` in the app. */
  faults: FaultOptions;
}

/** A provider is a Hono app, optionally with resources (timers, stores) to release on close. */
export type ProviderInstance = Hono | { app: Hono; close(): void | Promise<void> };

export interface ProviderEntry {
  name: ProviderName;
  create(ctx: ProviderContext): ProviderInstance | Promise<ProviderInstance>;
}

export const PROVIDERS: ProviderEntry[] = [
  {
    name: 'bankUk',
    create: (ctx) =>
      createBankUk({ issuer: ctx.publicUrl, clients: bankClientsFromEnv(ctx.env), faults: ctx.faults }),
  },
  {
    name: 'bankEu',
    create: (ctx) =>
      createBankEu({ issuer: ctx.publicUrl, clients: bankClientsFromEnv(ctx.env), faults: ctx.faults }),
  },
  { name: 'kyc', create: createKycFromEnv },
  { name: 'processor', create: createProcessorFromEnv },
];

/**
 * The OAuth client Finlet's server registers at both sandbox banks: `SANDBOX_BANK_CLIENT_ID` /
 * `SANDBOX_BANK_CLIENT_SECRET`, redirecting to Finlet's `/oauth/callback` (from `PUBLIC_URL`).
 */
export function bankClientsFromEnv(env: NodeJS.ProcessEnv): BankClient[] {
  const finlet = (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 8080}`).replace(/\/$/, '');
  return [
    {
      clientId: env.SANDBOX_BANK_CLIENT_ID ?? 'finlet-sandbox',
      clientSecret: env.SANDBOX_BANK_CLIENT_SECRET ?? 'finlet-sandbox-secret',
      redirectUris: [`${finlet}/oauth/callback`],
      tokenEndpointAuthMethod: 'client_secret_basic',
    },
  ];
}
