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
import type { Providers } from './connectors/providers.ts';
import type { DataCipher } from './crypto/data-cipher.ts';
import type { Database } from './db/client.ts';
import type { CacheNotifications } from './db/notifications.ts';
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
  /**
   * The providers of a session, by its partner and mode (`providers.for(owner)`): test mode the
   * sandbox connectors built at boot, live mode the partner's provider accounts.
   */
  providers: Providers;
  /** Wakes the webhook dispatcher after an event commits (no-op when none runs in this process). */
  pokeDispatcher: () => void;
  /**
   * Every bank Finlet is configured for (connectors with their breakers, names, logos) and Finlet's
   * bank-client key. Which of them a session may use is `providers.for(owner).banks`.
   */
  banks: BankDirectory;
  bankClientJwk: Record<string, unknown>;
  /** Sanctions and PEP screening over the loaded lists. */
  screening: ScreeningService;
  /** This node's memory of authenticated API keys (revoke and roll forget a key in it). */
  apiKeyCache: ApiKeyCache;
  /** Changes other nodes' caches hold, announced to every node (db/notifications.ts). */
  notifications: CacheNotifications;
  /** Request limits per verified identity and failed-authentication limits per client address. */
  rateLimits: RateLimits;
  /**
   * Whether this process leads background work among the nodes sharing the database (db/leader.ts);
   * absent: it does (one process, as in tests).
   */
  leads?: () => boolean;
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
