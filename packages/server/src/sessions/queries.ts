/**
 * The session reads on the hot path (by id), prepared once per database: Drizzle otherwise rebuilds
 * the SQL text on every call, which costs several times the driver's own work. (Creates are grouped
 * in insert-batch.ts.)
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ownedBy } from '../db/ownership.ts';
import { sessions } from '../db/schema.ts';

const p = <T extends string>(name: T) => sql.placeholder(name);

function prepare(db: Db) {
  return {
    byId: db
      .select()
      .from(sessions)
      .where(eq(sessions.id, p('id')))
      .prepare('finlet_session_by_id'),
    byIdForOwner: db
      .select()
      .from(sessions)
      .where(
        and(
          eq(sessions.id, p('id')),
          ownedBy(sessions, { partnerId: p('partnerId'), livemode: p('livemode') }),
        ),
      )
      .prepare('finlet_session_by_id_for_owner'),
  };
}

const cache = new WeakMap<Db, ReturnType<typeof prepare>>();

export function sessionQueries(db: Db): ReturnType<typeof prepare> {
  let q = cache.get(db);
  if (!q) {
    q = prepare(db);
    cache.set(db, q);
  }
  return q;
}
