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
      createBankUk({
        issuer: ctx.publicUrl,
        clients: bankClientsFromEnv(ctx.env),
        faults: ctx.faults,
        consentTtlSeconds: consentTtlFromEnv(ctx.env),
        accessTokenTtlSeconds: accessTokenTtlFromEnv(ctx.env),
      }),
  },
  {
    name: 'bankEu',
    create: (ctx) =>
      createBankEu({
        issuer: ctx.publicUrl,
        clients: bankClientsFromEnv(ctx.env),
        faults: ctx.faults,
        consentTtlSeconds: consentTtlFromEnv(ctx.env),
        accessTokenTtlSeconds: accessTokenTtlFromEnv(ctx.env),
      }),
  },
  { name: 'kyc', create: createKycFromEnv },
  { name: 'processor', create: createProcessorFromEnv },
];

/** `SANDBOX_BANK_CONSENT_TTL_SECONDS`: cap on consent lifetimes (default 90 days), short in tests. */
export function consentTtlFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.SANDBOX_BANK_CONSENT_TTL_SECONDS;
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1)
    throw new Error(`SANDBOX_BANK_CONSENT_TTL_SECONDS must be a positive integer, got "${raw}"`);
  return seconds;
}

/** `SANDBOX_BANK_ACCESS_TOKEN_TTL_SECONDS`: bank access token lifetime (default 1 hour), short to see refreshes. */
export function accessTokenTtlFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.SANDBOX_BANK_ACCESS_TOKEN_TTL_SECONDS;
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1)
    throw new Error(`SANDBOX_BANK_ACCESS_TOKEN_TTL_SECONDS must be a positive integer, got "${raw}"`);
  return seconds;
}

/**
 * The OAuth client Finlet's server registers at both sandbox banks (`SANDBOX_BANK_CLIENT_ID`),
 * redirecting to Finlet's `/oauth/callback` (from `PUBLIC_URL`). It authenticates with
 * `private_key_jwt`: the public keys come from `SANDBOX_BANK_CLIENT_JWKS` (a JWKS as JSON) or are
 * fetched from `SANDBOX_BANK_CLIENT_JWKS_URI` (default: Finlet's `/.well-known/bank-client-jwks.json`).
 */
export function bankClientsFromEnv(env: NodeJS.ProcessEnv): BankClient[] {
  const finlet = (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 8080}`).replace(/\/$/, '');
  const inline = env.SANDBOX_BANK_CLIENT_JWKS;
  return [
    {
      clientId: env.SANDBOX_BANK_CLIENT_ID ?? 'finlet-sandbox',
      redirectUris: [`${finlet}/oauth/callback`],
      ...(inline
        ? { jwks: JSON.parse(inline) as { keys: Record<string, unknown>[] } }
        : { jwksUri: env.SANDBOX_BANK_CLIENT_JWKS_URI ?? `${finlet}/.well-known/bank-client-jwks.json` }),
      tokenEndpointAuthMethod: 'private_key_jwt',
    },
  ];
}
