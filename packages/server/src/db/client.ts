/**
 * Opens the database: PGlite (embedded, data directory on disk, or in memory for tests) when no
 * DATABASE_URL is set, a node-postgres pool otherwise. Both are driven through one Drizzle type.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { tracingOn } from '../observability/tracing.ts';
import { releaseOnEveryOutcome } from './pool-transaction.ts';
import { traceQueries } from './query-spans.ts';
import * as schema from './schema.ts';
import {
  closeOnQueryTimeout,
  type DatabaseTimeouts,
  DEFAULT_DATABASE_TIMEOUTS,
  poolTimeouts,
  withDeadline,
} from './timeouts.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  /**
   * True when the database answers within `timeouts.readyMs` and every migration shipped with this
   * build is applied (`/readyz`).
   */
  ready(): Promise<boolean>;
  close(): Promise<void>;
  /**
   * One statement straight through the driver (rows as the driver gives them: snake_case keys,
   * jsonb parsed, timestamptz as Date), for the few hot paths where Drizzle's per-parameter mapping
   * costs more than the statement. `name` makes it a prepared statement on PostgreSQL.
   */
  query<T>(text: string, params: unknown[], name?: string): Promise<T[]>;
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface DatabaseOptions {
  /** postgres://… → PostgreSQL; undefined → PGlite */
  url?: string | undefined;
  /** PGlite data directory; undefined → in memory */
  dataDir?: string | undefined;
  /** PGlite: a data-directory image (`dumpDataDir`) to start from instead of an empty database. */
  image?: Blob | undefined;
  poolSize?: number;
  /** What PostgreSQL may take (db/timeouts.ts; the defaults when unset); PGlite uses only `readyMs`. */
  timeouts?: DatabaseTimeouts;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const timeouts = opts.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
  if (opts.url) {
    const url = opts.url;
    const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10, ...poolTimeouts(timeouts) });
    // A pool error on an idle client must not crash the process; the next query reports it.
    pool.on('error', () => {});
    pool.on('connect', closeOnQueryTimeout);
    if (tracingOn()) pool.on('connect', (client) => traceQueries(client, 'postgresql'));
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    releaseOnEveryOutcome(db, pool);
    return {
      db,
      kind: 'postgres',
      migrate: () => migrateLocked(url, timeouts.connectMs),
      ready: () => withDeadline(isReady(db), timeouts.readyMs, false),
      close: () => pool.end(),
      query: async <T>(text: string, values: unknown[], name?: string) =>
        (await pool.query(name ? { name, text, values } : { text, values })).rows as T[],
    };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: opts.dataDir, loadDataDir: opts.image });
  if (tracingOn()) {
    traceQueries(client, 'pglite');
    traceQueries(client, 'pglite', 'exec');
    // A transaction's statements run on its own handle.
    const transaction = client.transaction.bind(client);
    client.transaction = (work) =>
      transaction((tx) => {
        traceQueries(tx, 'pglite');
        traceQueries(tx, 'pglite', 'exec');
        return work(tx);
      });
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
    // Only a wait for the connection (another transaction holds it) can be cut short: a statement
    // running in PGlite holds the event loop, so no timer fires until it ends.
    ready: () => withDeadline(isReady(db), timeouts.readyMs, false),
    close: () => client.close(),
    query: async <T>(text: string, params: unknown[]) => (await client.query<T>(text, params)).rows,
  };
}

/** Any fixed number: the advisory lock that serialises migrations across processes and hosts. */
export const MIGRATION_LOCK = 0x66_69_6e_6c; // "finl"

/**
 * Several servers may start at once against one PostgreSQL: one migrates, the others wait and find
 * nothing to do. On a connection of its own, outside the pool's statement, lock and query timeouts:
 * waiting for another node's migration, or building an index on a large table, may rightly take longer.
 */
async function migrateLocked(url: string, connectMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectMs });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client }), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}

async function isReady(db: Db): Promise<boolean> {
  try {
    const { readMigrationFiles } = await import('drizzle-orm/migrator');
    const expected = readMigrationFiles({ migrationsFolder }).length;
    const rows = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const n = Number((rows as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
    return n >= expected;
  } catch {
    return false;
  }
}
