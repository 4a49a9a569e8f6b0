/**
 * Configuration from environment variables, validated once at start. `pnpm start`, the server and
 * the `finlet` CLI all read the same variables, so they see the same database and keys.
 * Every variable here is documented in the README's configuration table.
 */
import cluster from 'node:cluster';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { BankFileError, type ConfiguredBank, loadBanksFile } from './connectors/bank/configured-banks.ts';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS as DB_TIMEOUTS } from './db/timeouts.ts';

const port = z.coerce.number().int().min(0).max(65535);
const ms = z.coerce.number().int().min(0).max(3_600_000);
const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(8080),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (unset it to use the embedded PGlite)')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // How long to wait on PostgreSQL (ms, 0 = no limit); why these defaults: db/timeouts.ts.
  DATABASE_CONNECT_TIMEOUT_MS: ms.default(DB_TIMEOUTS.connectMs),
  DATABASE_STATEMENT_TIMEOUT_MS: ms.default(DB_TIMEOUTS.statementMs),
  DATABASE_LOCK_TIMEOUT_MS: ms.default(DB_TIMEOUTS.lockMs),
  DATABASE_QUERY_TIMEOUT_MS: ms.default(DB_TIMEOUTS.queryMs),
  DATABASE_READY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(DB_TIMEOUTS.readyMs),
  FINLET_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** How this node is named where nodes are told apart (`finlet lists`); default `host:port`. */
  FINLET_NODE_NAME: z.string().min(1).max(200).optional(),
  FINLET_DATA_DIR: z.string().default('.finlet'),
  FINLET_DATA_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FINLET_BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
  FINLET_RATE_LIMIT: z.coerce.number().int().min(1).default(100),
  FINLET_RATE_BURST: z.coerce.number().int().min(1).default(200),
  FINLET_AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).default(60),
  FINLET_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  FINLET_SESSION_TTL: z.coerce.number().int().min(60).max(86_400).default(1800),
  FINLET_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  FINLET_WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(32),
  FINLET_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(10).default(250),
  FINLET_WIDGET_DIST: z.string().optional(),
  FINLET_DASHBOARD_DIST: z.string().optional(),
  FINLET_ALLOW_PRIVATE_WEBHOOKS: bool.optional(),
  // Identity flow: the KYC provider, sanctions lists, image retention.
  FINLET_KYC_URL: z.url().default('http://127.0.0.1:8093'),
  FINLET_KYC_API_KEY: z.string().min(8).default('ksk_test_sandbox'),
  FINLET_KYC_CALLBACK_SECRET: z.string().min(8).default('kcs_test_sandbox'),
  FINLET_KYC_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  FINLET_SANCTIONS_OFAC_SDN: z.string().optional(),
  FINLET_SANCTIONS_OFAC_ALT: z.string().optional(),
  FINLET_SANCTIONS_OFAC_ADD: z.string().optional(),
  FINLET_SANCTIONS_UN: z.string().optional(),
  FINLET_SANCTIONS_OPENSANCTIONS: z.string().optional(),
  FINLET_SANCTIONS_REFRESH_HOURS: z.coerce.number().min(0).max(720).default(24),
  /** A list whose last good load is older is missing: screening refuses (503), /readyz says not ready. 0 = no limit. */
  FINLET_SANCTIONS_MAX_AGE_HOURS: z.coerce.number().min(0).max(8760).default(72),
  FINLET_IMAGE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  FINLET_BANK_UK_URL: z.url().default('http://127.0.0.1:8091'),
  FINLET_BANK_EU_URL: z.url().default('http://127.0.0.1:8092'),
  FINLET_BANK_CLIENT_ID: z.string().min(1).default('finlet-sandbox'),
  FINLET_BANK_CLIENT_KEY: z.string().startsWith('{').optional(),
  FINLET_BANK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  // Real banks (ASPSPs) beside the sandbox ones: connectors/bank/configured-banks.ts.
  FINLET_BANKS_FILE: z.string().optional(),
  FINLET_LINK_EXPIRY_NOTICE_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(7 * 86_400),
  FINLET_LINK_PENDING_TTL_SECONDS: z.coerce.number().int().min(60).default(3600),
  FINLET_PROCESSOR_URL: z.url().default('http://127.0.0.1:8094'),
  FINLET_PROCESSOR_API_KEY: z.string().min(8).default('psk_test_sandbox'),
  FINLET_PROCESSOR_CALLBACK_SECRET: z.string().min(8).default('pcs_test_sandbox'),
  // Public by design: the widget hands it to the processor's browser tokenizer (it can only tokenise).
  FINLET_PROCESSOR_PUBLISHABLE_KEY: z.string().startsWith('ppk_').min(8).default('ppk_test_sandbox'),
  FINLET_PROCESSOR_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  // Card-testing guard (payments/card-attempts.ts): failed card payments allowed before 429.
  FINLET_CARD_FAILURES_PER_SESSION: z.coerce.number().int().min(1).max(1000).default(5),
  FINLET_CARD_FAILURES_PER_CUSTOMER: z.coerce.number().int().min(1).max(10_000).default(10),
  FINLET_CARD_FAILURES_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 86_400)
    .default(3600),
  // GET /metrics: behind a bearer token, and/or on a listener of its own (then not on the API port).
  FINLET_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  FINLET_METRICS_HOST: z.string().default('127.0.0.1'),
  FINLET_METRICS_PORT: port.optional(),
  // OpenTelemetry traces (observability/tracing.ts): off unless an OTLP endpoint or the switch is set.
  FINLET_TRACING: z.enum(['otlp', 'off']).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('finlet'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config extends Env {
  databaseTimeouts: DatabaseTimeouts;
  publicUrl: string;
  dataDir: string;
  /**
   * FINLET_NODE_NAME or `host:port` (`host:pid…` on an ephemeral port), with `#worker` in a worker
   * process (each loads its own lists).
   */
  nodeName: string;
  /** Webhook URLs on loopback/private addresses are refused in production unless allowed. */
  allowPrivateWebhooks: boolean;
  /** The banks of FINLET_BANKS_FILE, read and checked (none without it). */
  banks: ConfiguredBank[];
}

/**
 * Values printed in the README and built into the sandbox providers: anyone can sign a callback or
 * call a provider with them, so production refuses each of them in any of these variables.
 */
export const PUBLISHED_SANDBOX_VALUES: Readonly<Record<string, string>> = {
  FINLET_PROCESSOR_API_KEY: 'psk_test_sandbox',
  FINLET_PROCESSOR_CALLBACK_SECRET: 'pcs_test_sandbox',
  FINLET_KYC_API_KEY: 'ksk_test_sandbox',
  FINLET_KYC_CALLBACK_SECRET: 'kcs_test_sandbox',
  FINLET_BANK_CLIENT_ID: 'finlet-sandbox',
};

/**
 * Settings whose default is the local sandbox (its URLs, its published keys). Production must name
 * each one, so a deployment never talks to the sandbox, or trusts its secrets, by omission.
 */
const PRODUCTION_EXPLICIT = [
  'FINLET_PROCESSOR_URL',
  'FINLET_PROCESSOR_API_KEY',
  'FINLET_PROCESSOR_CALLBACK_SECRET',
  'FINLET_KYC_URL',
  'FINLET_KYC_API_KEY',
  'FINLET_KYC_CALLBACK_SECRET',
  'FINLET_BANK_UK_URL',
  'FINLET_BANK_EU_URL',
  'FINLET_BANK_CLIENT_ID',
] as const;

/** What `NODE_ENV=production` refuses: a missing data key, sandbox defaults, published values. */
function productionIssues(env: Env, given: Record<string, string | undefined>): string[] {
  const issues: string[] = [];
  if (!env.FINLET_DATA_KEY)
    issues.push('FINLET_DATA_KEY: required when NODE_ENV=production (openssl rand -base64 32)');
  const published = new Set(Object.values(PUBLISHED_SANDBOX_VALUES));
  for (const name of PRODUCTION_EXPLICIT) {
    const value = given[name];
    if (value === undefined)
      issues.push(`${name}: required when NODE_ENV=production (the default is the local sandbox)`);
    else if (published.has(value))
      issues.push(`${name}: is a published sandbox value; set your provider's own when NODE_ENV=production`);
  }
  return issues;
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
  }
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production') {
    const issues = productionIssues(env, cleaned);
    if (issues.length) throw new ConfigError(issues);
  }
  if (env.FINLET_WORKERS > 1 && !env.DATABASE_URL) {
    throw new ConfigError([
      'FINLET_WORKERS: more than one worker needs DATABASE_URL (the embedded PGlite serves one process)',
    ]);
  }
  let banks: ConfiguredBank[] = [];
  if (env.FINLET_BANKS_FILE) {
    try {
      banks = loadBanksFile(env.FINLET_BANKS_FILE, { production: env.NODE_ENV === 'production' });
    } catch (error) {
      if (!(error instanceof BankFileError)) throw error;
      const file = env.FINLET_BANKS_FILE;
      throw new ConfigError(error.issues.map((issue) => `FINLET_BANKS_FILE (${file}): ${issue}`));
    }
  }
  const { DATABASE_STATEMENT_TIMEOUT_MS: statementMs, DATABASE_QUERY_TIMEOUT_MS: queryMs } = env;
  if (statementMs && queryMs && queryMs <= statementMs) {
    // The client would give up on statements the server is still running (and drop their connection).
    throw new ConfigError([
      'DATABASE_QUERY_TIMEOUT_MS: must be longer than DATABASE_STATEMENT_TIMEOUT_MS (or 0 to turn it off)',
    ]);
  }
  return {
    ...env,
    databaseTimeouts: {
      connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs,
      lockMs: env.DATABASE_LOCK_TIMEOUT_MS,
      queryMs,
      readyMs: env.DATABASE_READY_TIMEOUT_MS,
    },
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    dataDir: path.resolve(env.FINLET_DATA_DIR),
    nodeName: `${env.FINLET_NODE_NAME ?? `${hostname()}:${env.PORT || `pid${process.pid}`}`}${cluster.isWorker ? `#${cluster.worker?.id}` : ''}`,
    allowPrivateWebhooks: env.FINLET_ALLOW_PRIVATE_WEBHOOKS ?? env.NODE_ENV !== 'production',
    banks,
  };
}
