/**
 * Builds the dependencies from configuration: database (PGlite or PostgreSQL, migrated), data
 * cipher, signing keys, tokens, metrics. Shared by the server, the CLI, the tests and the bench,
 * so all four run the same wiring.
 */
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { createApiKeyCache } from './auth/api-key-cache.ts';
import { createKeyStore } from './auth/keys.ts';
import { createTokens } from './auth/tokens.ts';
import { type Clock, systemClock } from './clock.ts';
import { createBankDirectory } from './connectors/bank/directory.ts';
import { createSandboxKyc } from './connectors/kyc/sandbox-kyc.ts';
import { createSandboxProcessor } from './connectors/payments/sandbox-processor.ts';
import { createProviders } from './connectors/providers.ts';
import type { Deps } from './context.ts';
import { createDataCipher, resolveDataKey } from './crypto/data-cipher.ts';
import { type Database, openDatabase } from './db/client.ts';
import { createCacheNotifications } from './db/notifications.ts';
import { webhookDeliveries } from './db/schema.ts';
import type { Config } from './env.ts';
import { recordListLoads } from './identity/list-loads.ts';
import { rescreenChanged } from './identity/outcome.ts';
import { createScreeningService, listStates } from './identity/screening-service.ts';
import { resolveBankClientKey } from './links/client-key.ts';
import { memoryRateLimiter, type RateLimits } from './middleware/rate-limit.ts';
import { postgresRateLimiter } from './middleware/rate-limit-postgres.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';

export interface BuildOptions {
  clock?: Clock;
  logger?: Logger;
  database?: Database;
}

export async function buildDeps(config: Config, opts: BuildOptions = {}): Promise<Deps> {
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL);
  const database =
    opts.database ??
    (await openDatabase({
      url: config.DATABASE_URL,
      dataDir: path.join(config.dataDir, 'pgdata'),
      poolSize: config.DATABASE_POOL_SIZE,
      timeouts: config.databaseTimeouts,
    }));
  await database.migrate();
  const key = resolveDataKey(config.FINLET_DATA_KEY, config.dataDir, (file) =>
    logger.warn(
      { file },
      '!!! FINLET_DATA_KEY is not set: generated a DEVELOPMENT data key. Set FINLET_DATA_KEY in production. !!!',
    ),
  );
  const cipher = createDataCipher(key);
  const clock = opts.clock ?? systemClock;
  // Announced on PostgreSQL; the listening connection is the server's (startServer), not the CLI's.
  const notifications = createCacheNotifications({
    url: database.kind === 'postgres' ? config.DATABASE_URL : undefined,
    logger,
    connectMs: config.DATABASE_CONNECT_TIMEOUT_MS || undefined,
  });
  const keys = createKeyStore(database.db, cipher, clock, notifications);
  await keys.signingKey();
  const metrics = createMetrics(
    async () => {
      const [row] = await database.db
        .select({ n: count() })
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.status, 'pending'));
      return row?.n ?? 0;
    },
    { workers: config.FINLET_WORKERS, lists: () => listStates(deps.screening, clock.now()) },
  );
  const bankKey = await resolveBankClientKey({
    configured: config.FINLET_BANK_CLIENT_KEY,
    database,
    cipher,
    now: clock.now(),
  });
  const banks = createBankDirectory({ config, clock, clientKey: bankKey });
  // Test mode's connectors: the sandbox providers named by the FINLET_PROCESSOR_* / FINLET_KYC_* settings.
  const sandbox = {
    processor: createSandboxProcessor({
      baseUrl: config.FINLET_PROCESSOR_URL,
      apiKey: config.FINLET_PROCESSOR_API_KEY,
      publishableKey: config.FINLET_PROCESSOR_PUBLISHABLE_KEY,
      callbackSecret: config.FINLET_PROCESSOR_CALLBACK_SECRET,
      timeoutMs: config.FINLET_PROCESSOR_TIMEOUT_MS,
    }),
    kyc: createSandboxKyc({
      baseUrl: config.FINLET_KYC_URL,
      apiKey: config.FINLET_KYC_API_KEY,
      callbackSecret: config.FINLET_KYC_CALLBACK_SECRET,
      timeoutMs: config.FINLET_KYC_TIMEOUT_MS,
    }),
  };
  const deps: Deps = {
    banks,
    bankClientJwk: bankKey.publicJwk,
    config,
    database,
    clock,
    logger,
    cipher,
    keys,
    tokens: createTokens(keys, clock, config.publicUrl),
    metrics,
    providers: createProviders({ config, logger, database, cipher, banks, sandbox }),
    pokeDispatcher: () => {},
    screening: createScreeningService(config, logger, () => clock.now()),
    apiKeyCache: createApiKeyCache({ ttlMs: () => (notifications.hearing() ? 30_000 : 1_000) }),
    notifications,
    rateLimits: createRateLimits(config, clock, database, logger),
  };
  deps.notifications.on('api_key', (id) => (id ? deps.apiKeyCache.forget(id) : deps.apiKeyCache.clear()));
  // Every node's loads, for `finlet lists` on any node.
  deps.screening.onLoad((loads) => recordListLoads(database.db, config.nodeName, loads));
  // A reloaded list with changes re-screens approved customers (new hits go to review); with several
  // nodes, the leader does (the others reload their lists for their own screenings only).
  deps.screening.onChange(async (changed) => {
    if (deps.leads && !deps.leads()) return;
    const { screened, flagged } = await rescreenChanged(deps);
    logger.info({ changed, screened, flagged }, 're-screened approved customers after a list change');
  });
  return deps;
}

/**
 * The limits of docs/architecture.md §5, timed by the app's clock (tests move it by hand): shared by
 * every node on PostgreSQL, in this process on PGlite (only one process can open its data directory).
 */
function createRateLimits(config: Config, clock: Clock, database: Database, logger: Logger): RateLimits {
  const now = () => clock.now().getTime();
  const limits = {
    requests: { perSecond: config.FINLET_RATE_LIMIT, burst: config.FINLET_RATE_BURST, now },
    authFailures: {
      perSecond: config.FINLET_AUTH_FAILURE_LIMIT / 60,
      burst: config.FINLET_AUTH_FAILURE_LIMIT,
      now,
    },
  };
  if (database.kind === 'pglite')
    return {
      requests: memoryRateLimiter(limits.requests),
      authFailures: memoryRateLimiter(limits.authFailures),
    };
  return {
    requests: postgresRateLimiter({ ...limits.requests, bucket: 'requests', database, logger }),
    authFailures: postgresRateLimiter({ ...limits.authFailures, bucket: 'auth_failures', database, logger }),
  };
}
