/**
 * `db.transaction` on the PostgreSQL pool, giving its connection back however the transaction ends.
 * drizzle-orm 0.45's own pool transaction runs BEGIN before its try/finally, so a BEGIN that fails —
 * the first statement a frozen server receives, hence the query timeout's first victim — never
 * releases its connection, and a few of them leave the pool empty for good, also after the database
 * is back (drizzle-team/drizzle-orm#6241, #6114; open in 0.45.4, the latest). It also hands a
 * connection whose rollback failed back as healthy. Here the connection is checked out by us and
 * Drizzle runs the transaction on it as on a single client; on a database failure (db/unavailable.ts)
 * the release passes the error, so the pool closes that connection instead of lending it again.
 */

import { NodePgSession } from 'drizzle-orm/node-postgres';
import type { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Db } from './client.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

/** What Drizzle's pool instance already built (dialect, relational schema), reused per transaction. */
interface DrizzleInternals {
  dialect: PgDialect;
  _: { fullSchema: Record<string, unknown>; schema: never; tableNamesMap: Record<string, string> };
}

export function releaseOnEveryOutcome(db: Db, pool: pg.Pool): void {
  const { dialect, _ } = db as unknown as DrizzleInternals;
  const schema = { fullSchema: _.fullSchema, schema: _.schema, tableNamesMap: _.tableNamesMap };
  db.transaction = (async (work, config) => {
    const client = await pool.connect();
    let failure: Error | undefined;
    try {
      return await new NodePgSession(client, dialect, schema).transaction(work as never, config);
    } catch (error) {
      if (isDatabaseUnavailable(error)) failure = error as Error;
      throw error;
    } finally {
      client.release(failure);
    }
  }) as Db['transaction'];
}
