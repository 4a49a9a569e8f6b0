/**
 * What the app is built from (`createApp(deps)`) and the request-scoped values middleware sets.
 * Tests pass their own clock, database and connectors here instead of mocking modules.
 */
import type { Logger } from 'pino';
import type { ApiKeyCache } from './auth/api-key-cache.ts';
import type { AuthenticatedPartner } from './auth/api-keys.ts';
import type { KeyStore } from './auth/keys.ts';
import type { Tokens } from './auth/tokens.ts';
import type { Clock } from './clock.ts';
import type { BankDirectory } from './connectors/bank/directory.ts';
import type { KycConnector } from './connectors/kyc/kyc.ts';
import type { CardProcessor } from './connectors/payments/processor.ts';
import type { DataCipher } from './crypto/data-cipher.ts';
import type { Database } from './db/client.ts';
import type { sessions } from './db/schema.ts';
import type { Config } from './env.ts';
import type { ScreeningService } from './identity/screening-service.ts';
import type { RateLimits } from './middleware/rate-limit.ts';
import type { Metrics } from './observability/metrics.ts';

export interface Deps {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
  cipher: DataCipher;
  keys: KeyStore;
  tokens: Tokens;
  metrics: Metrics;
  /** The card processor connector (payments). */
  processor: CardProcessor;
  /** Wakes the webhook dispatcher after an event commits (no-op when none runs in this process). */
  pokeDispatcher: () => void;
  /** The banks a customer can link (connectors with their breakers) and Finlet's bank-client key. */
  banks: BankDirectory;
  bankClientJwk: Record<string, unknown>;
  /** Document + selfie verification (identity flow). */
  kyc: KycConnector;
  /** Sanctions and PEP screening over the loaded lists. */
  screening: ScreeningService;
  /** This node's memory of authenticated API keys (revoke and roll forget a key in it). */
  apiKeyCache: ApiKeyCache;
  /** Request limits per verified identity and failed-authentication limits per client address. */
  rateLimits: RateLimits;
}

export type SessionRow = typeof sessions.$inferSelect;

export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    partner: AuthenticatedPartner;
    session: SessionRow;
  };
}
