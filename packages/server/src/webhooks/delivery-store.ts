/**
 * The dispatcher's hot SQL, one statement (one round trip) per step: `claim` picks due deliveries
 * with `FOR UPDATE SKIP LOCKED`, stamps the lease and returns each with its event and endpoint;
 * `record` writes the attempts of several finished deliveries and their next state at once, each
 * state change only where the lease stamped by the claim still holds (a redelivery or a lapsed
 * lease in the meantime wins). A single statement is atomic on its own, so neither needs a
 * transaction — which also keeps PGlite's one connection free for the rest of the app. On
 * PostgreSQL the statements are named, so each pooled connection parses and plans them once.
 */
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database } from '../db/client.ts';
import type { EventRow } from './events.ts';
import type { AttemptOutcome } from './send.ts';

export interface ClaimedDelivery {
  id: string;
  eventId: string;
  endpointId: string;
  attempts: number;
  /** The lease this claim stamped; the result is written only while it is still the row's. */
  lease: string;
  event: EventRow;
  endpoint: {
    url: string;
    secretEnc: string;
    previousSecretEnc: string | null;
    previousSecretExpiresAt: Date | null;
    deletedAt: Date | null;
  };
}

/** One finished delivery: its attempt row and the state it moves to. */
export interface DeliveryOutcome {
  attemptId: string;
  deliveryId: string;
  eventId: string;
  endpointId: string;
  lease: string;
  attempt: number;
  at: Date;
  statusCode: number | null;
  outcome: AttemptOutcome;
  durationMs: number;
  error: string | null;
  status: 'pending' | 'succeeded' | 'failed';
  nextAttemptAt: Date | null;
}

type Query = (name: string, text: string, values: unknown[]) => Promise<Record<string, unknown>[]>;

/** The driver under Drizzle, asked directly so a statement can be named and rows come back typed. */
function rawQuery(database: Database): Query {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'postgres') {
    const pool = client as pg.Pool;
    return async (name, text, values) => (await pool.query({ name, text, values })).rows;
  }
  const lite = client as PGlite;
  return async (_name, text, values) => (await lite.query<Record<string, unknown>>(text, values)).rows;
}

const CLAIM = `
with due as (
  select id from webhook_deliveries
   where status = 'pending' and next_attempt_at <= $1::timestamptz
     and (locked_until is null or locked_until <= $1::timestamptz)
   order by next_attempt_at
   limit $3
   for update skip locked
), claimed as (
  update webhook_deliveries d set locked_until = $2::timestamptz, updated_at = $1::timestamptz
   where d.id = any (array(select id from due))
  returning d.id, d.event_id, d.endpoint_id, d.attempts
)
select c.id, c.event_id, c.endpoint_id, c.attempts,
       e.partner_id, e.livemode, e.type, e.data, e.created_at,
       we.url, we.secret_enc, we.previous_secret_enc, we.previous_secret_expires_at, we.deleted_at
  from claimed c
  join events e on e.id = c.event_id
  join webhook_endpoints we on we.id = c.endpoint_id`;

const RECORD = `
with r as (
  select * from jsonb_to_recordset($1::jsonb) as r(
    attempt_id text, delivery_id text, event_id text, endpoint_id text, lease timestamptz,
    attempt int, at timestamptz, status_code int, outcome text, duration_ms int, error text,
    status text, next_attempt_at timestamptz)
), logged as (
  insert into delivery_attempts
    (id, delivery_id, event_id, endpoint_id, attempt, at, status_code, outcome, duration_ms, error)
  select attempt_id, delivery_id, event_id, endpoint_id, attempt, at, status_code, outcome, duration_ms, error
    from r
)
update webhook_deliveries d
   set status = r.status, attempts = r.attempt, next_attempt_at = r.next_attempt_at,
       locked_until = null, updated_at = r.at
  from r
 where d.id = r.delivery_id and d.locked_until = r.lease`;

const ABANDON = `
update webhook_deliveries
   set status = 'failed', next_attempt_at = null, locked_until = null, updated_at = $3::timestamptz
 where id = $1 and locked_until = $2::timestamptz`;

const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

export interface DeliveryStore {
  claim(now: Date, lease: Date, limit: number): Promise<ClaimedDelivery[]>;
  record(outcomes: readonly DeliveryOutcome[]): Promise<void>;
  /** Ends a delivery whose endpoint was deleted: there is nothing left to send it to. */
  abandon(d: ClaimedDelivery, now: Date): Promise<void>;
}

export function createDeliveryStore(database: Database): DeliveryStore {
  const query = rawQuery(database);
  return {
    async claim(now, lease, limit) {
      const leaseIso = lease.toISOString();
      const rows = await query('finlet_webhook_claim', CLAIM, [now.toISOString(), leaseIso, limit]);
      return rows.map((r) => ({
        id: r.id as string,
        eventId: r.event_id as string,
        endpointId: r.endpoint_id as string,
        attempts: r.attempts as number,
        lease: leaseIso,
        event: {
          id: r.event_id as string,
          partnerId: r.partner_id as string,
          livemode: r.livemode as boolean,
          type: r.type as string,
          data: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as EventRow['data'],
          createdAt: date(r.created_at)!,
        },
        endpoint: {
          url: r.url as string,
          secretEnc: r.secret_enc as string,
          previousSecretEnc: (r.previous_secret_enc as string | null) ?? null,
          previousSecretExpiresAt: date(r.previous_secret_expires_at),
          deletedAt: date(r.deleted_at),
        },
      }));
    },
    async record(outcomes) {
      if (outcomes.length === 0) return;
      const rows = outcomes.map((o) => ({
        attempt_id: o.attemptId,
        delivery_id: o.deliveryId,
        event_id: o.eventId,
        endpoint_id: o.endpointId,
        lease: o.lease,
        attempt: o.attempt,
        at: o.at.toISOString(),
        status_code: o.statusCode,
        outcome: o.outcome,
        duration_ms: o.durationMs,
        error: o.error,
        status: o.status,
        next_attempt_at: o.nextAttemptAt?.toISOString() ?? null,
      }));
      await query('finlet_webhook_record', RECORD, [JSON.stringify(rows)]);
    },
    async abandon(d, now) {
      await query('finlet_webhook_abandon', ABANDON, [d.id, d.lease, now.toISOString()]);
    },
  };
}
