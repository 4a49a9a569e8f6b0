/**
 * How long Finlet waits on PostgreSQL, so a database that stops answering costs a request a bounded
 * wait and a 503 (`database_unavailable`), never a hang. A paused VM, a stalled disk or a network
 * that drops packets all look alike from here: the kernel still accepts the TCP connection, the
 * query is sent, nothing comes back. Four limits, each catching a different part of that:
 *
 * - connect (5 s): opening a connection, or waiting for a free one when the pool is busy. A healthy
 *   server on the same network answers in milliseconds; 5 s leaves room for TLS and a busy host.
 * - lock (5 s, server side): waiting for a row or table lock. Finlet holds locks for milliseconds and
 *   never across a provider call (payments/state.ts), so a 5 s wait means something is stuck.
 * - statement (10 s, server side): one statement's run time. Request-path statements take
 *   milliseconds; 10 s leaves room for exports and housekeeping on a large database, and the server
 *   cancels its own statement cleanly (the connection stays usable).
 * - query (12 s, client side): no answer at all. Only this catches a frozen server; it outlasts the
 *   statement timeout so that a slow but alive server cancels first, and when it fires the connection
 *   is closed (its answer may still arrive, so it cannot be reused).
 *
 * So a frozen database answers a request with 503 after at most the connect timeout (new connection)
 * or the query timeout (one already open). 0 turns a limit off; the statement and lock limits are
 * startup parameters, which some poolers (PgBouncer) refuse — then set them on the database role.
 * Migrations run outside these limits (db/client.ts). PGlite has none of this: it runs in the
 * server's own thread, PostgreSQL's timers do not run in it, and the event loop waits for it.
 */
import type pg from 'pg';
import { watchQueries } from './query-hook.ts';

export interface DatabaseTimeouts {
  /** Opening a connection or waiting for a free one in the pool (ms, 0 = none). */
  connectMs: number;
  /** One statement's run time, enforced by the server (ms, 0 = none). */
  statementMs: number;
  /** Waiting for a lock, enforced by the server (ms, 0 = none). */
  lockMs: number;
  /** A query with no answer at all, enforced by the client (ms, 0 = none). */
  queryMs: number;
  /** `/readyz`'s own deadline for its check (ms). */
  readyMs: number;
}

/** The defaults of the DATABASE_*_TIMEOUT_MS variables (env.ts), reasons above. */
export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  connectMs: 5_000,
  statementMs: 10_000,
  lockMs: 5_000,
  queryMs: 12_000,
  readyMs: 2_000,
};

/** The node-postgres pool settings that enforce the timeouts. */
export function poolTimeouts(t: DatabaseTimeouts): pg.PoolConfig {
  return {
    connectionTimeoutMillis: t.connectMs,
    statement_timeout: t.statementMs || undefined,
    lock_timeout: t.lockMs || undefined,
    query_timeout: t.queryMs || undefined,
  };
}

const READ_TIMEOUT = 'Query read timeout';

/**
 * After node-postgres's query timeout the query is still in flight on its connection, and every
 * later query on it would queue behind that unanswered one. So the connection is closed at once:
 * the rest of a transaction frozen midway (its rollback) fails at once instead of waiting out a
 * second timeout, and the pool drops the client on release. Applied to each new pool connection.
 */
export function closeOnQueryTimeout(client: pg.PoolClient): void {
  watchQueries(client, 'query', () => (err) => {
    if (err instanceof Error && err.message === READ_TIMEOUT) client.end().catch(() => {});
  });
}

/** `work`'s value, or `late` when it takes longer than `ms` (the work carries on and is ignored). */
export function withDeadline<T>(work: Promise<T>, ms: number, late: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
