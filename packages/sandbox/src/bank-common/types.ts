/**
 * Options and client registration shared by the two sandbox bank factories. A client registers
 * either a public JWKS (token endpoint auth `private_key_jwt`, the default when `jwks` is given) or
 * a secret (`client_secret_basic`).
 */
import type { FaultOptions } from '../faults.ts';

export interface BankClient {
  clientId: string;
  redirectUris: string[];
  /** Public keys the client signs its `private_key_jwt` assertions with. */
  jwks?: { keys: Record<string, unknown>[] };
  /** Or where to fetch them (`private_key_jwt`), e.g. Finlet's `/.well-known/bank-client-jwks.json`. */
  jwksUri?: string;
  clientSecret?: string;
  tokenEndpointAuthMethod?: 'private_key_jwt' | 'client_secret_basic';
}

export interface BankOptions {
  /** Public base URL the bank is reachable at, e.g. `http://127.0.0.1:8091`; also the OAuth issuer. */
  issuer: string;
  clients: BankClient[];
  /** Access token lifetime; defaults to 1 hour (short in tests, to see tokens refreshed). */
  accessTokenTtlSeconds?: number;
  /** Consent lifetime; defaults to 90 days. */
  consentTtlSeconds?: number;
  faults?: FaultOptions;
  /** The day the deterministic transactions are generated back from; defaults to today (UTC). */
  anchor?: Date;
  /** Secrets for the OAuth server's cookies; random per process when omitted. */
  cookieKeys?: string[];
}
