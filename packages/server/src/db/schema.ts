/**
 * The database schema (Drizzle, PostgreSQL 15+ and PGlite). Every piece of state lives here so
 * server nodes stay stateless. Columns ending in `_enc` hold AES-256-GCM ciphertext (crypto/).
 * Every partner-owned row carries `livemode`: the mode (test or live) of the key or session that
 * made it; a key sees only its own mode's rows (db/ownership.ts). It has no default on purpose, so
 * no insert can leave it out and land a live object in test mode.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const partners = pgTable('partners', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  allowedOrigins: jsonb('allowed_origins').$type<string[]>().notNull(),
  /** The widget's look for this partner's sessions that set none (the dashboard's settings). */
  appearance: jsonb('appearance').$type<Record<string, string> | null>(),
  createdAt: ts('created_at').notNull(),
});

/**
 * Secret API keys: only a SHA-256 of the key is kept (keys are 192-bit random, so no slow hash is
 * needed). A rolled key gets `expires_at` (the overlap); a revoked one `revoked_at`. `last_used_at`
 * is written at most once a minute per key.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    keyHash: text('key_hash').notNull(),
    hint: text('hint').notNull(),
    mode: text('mode').$type<'test' | 'live'>().notNull(),
    description: text('description'),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at'),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_keys_hash_idx').on(t.keyHash),
    index('api_keys_partner_created_idx').on(t.partnerId, t.createdAt, t.id),
  ],
);

/** Token signing keys; the private JWK is encrypted. Retired keys stay in the JWKS until `retire_after`. */
export const signingKeys = pgTable('signing_keys', {
  kid: text('kid').primaryKey(),
  alg: text('alg').notNull(),
  publicJwk: jsonb('public_jwk').$type<Record<string, unknown>>().notNull(),
  privateJwkEnc: text('private_jwk_enc').notNull(),
  createdAt: ts('created_at').notNull(),
  retiredAt: ts('retired_at'),
  publishUntil: ts('publish_until'),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    livemode: boolean('livemode').notNull(),
    status: text('status').$type<'open' | 'completed' | 'expired' | 'canceled'>().notNull(),
    flows: jsonb('flows').$type<string[]>().notNull(),
    flowStates: jsonb('flow_states')
      .$type<Record<string, { status: string; result: Record<string, unknown> | null }>>()
      .notNull(),
    customer: jsonb('customer').$type<Record<string, string>>().notNull(),
    payment: jsonb('payment').$type<{ amount: number; currency: string; description: string } | null>(),
    linkId: text('link_id'),
    allowedOrigins: jsonb('allowed_origins').$type<string[]>().notNull(),
    redirectUri: text('redirect_uri'),
    locale: text('locale'),
    appearance: jsonb('appearance').$type<Record<string, string> | null>(),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    completedAt: ts('completed_at'),
    canceledAt: ts('canceled_at'),
  },
  (t) => [
    index('sessions_partner_created_idx').on(t.partnerId, t.livemode, t.createdAt, t.id),
    // The dashboard's search by customer reference.
    index('sessions_partner_customer_idx').on(t.partnerId, sql`(customer->>'reference')`),
    index('sessions_open_expiry_idx').on(t.expiresAt).where(sql`status = 'open'`),
  ],
);

/** The event log, which is also the webhook outbox (each event fans out into deliveries). */
export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    livemode: boolean('livemode').notNull(),
    type: text('type').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('events_partner_created_idx').on(t.partnerId, t.livemode, t.createdAt, t.id)],
);

export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    livemode: boolean('livemode').notNull(),
    url: text('url').notNull(),
    enabledEvents: jsonb('enabled_events').$type<string[]>().notNull(),
    description: text('description'),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
    secretEnc: text('secret_enc').notNull(),
    previousSecretEnc: text('previous_secret_enc'),
    previousSecretExpiresAt: ts('previous_secret_expires_at'),
    createdAt: ts('created_at').notNull(),
    deletedAt: ts('deleted_at'),
    /** Disabled in the dashboard: gets no new deliveries until enabled again. */
    disabledAt: ts('disabled_at'),
  },
  (t) => [index('webhook_endpoints_partner_idx').on(t.partnerId)],
);

/** One row per (event, endpoint): the unit the dispatcher claims with FOR UPDATE SKIP LOCKED. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id),
    partnerId: text('partner_id').notNull(),
    status: text('status').$type<'pending' | 'succeeded' | 'failed'>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at'),
    lockedUntil: ts('locked_until'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index('webhook_deliveries_event_idx').on(t.eventId),
  ],
);

export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: text('id').primaryKey(),
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id),
    eventId: text('event_id').notNull(),
    endpointId: text('endpoint_id').notNull(),
    attempt: integer('attempt').notNull(),
    at: ts('at').notNull(),
    statusCode: integer('status_code'),
    outcome: text('outcome').$type<'succeeded' | 'http_error' | 'timeout' | 'network_error'>().notNull(),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
  },
  (t) => [index('delivery_attempts_event_idx').on(t.eventId)],
);

/** Idempotency records, kept ≥ 24 h. `response_body` is the exact JSON replayed. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    partnerId: text('partner_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state').$type<'running' | 'done'>().notNull(),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    lockedUntil: ts('locked_until').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.key] }), index('idempotency_created_idx').on(t.createdAt)],
);

/** A tiny key-value table for process-wide facts (e.g. the demo partner created by `pnpm start`). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

// Each flow keeps its tables in its own file.
export * from './tables/dashboard.ts';
export * from './tables/identity.ts';
export * from './tables/link.ts';
export * from './tables/payment.ts';
export * from './tables/provider-account.ts';
export * from './tables/rate-limit.ts';
export * from './tables/screening.ts';
