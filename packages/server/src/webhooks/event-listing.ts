/** Reading a partner's event log (newest first, optionally one type or one session's), for the API and the dashboard. */
import { isId } from '@finlet/shared';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { afterCursor, pageOf } from '../db/list-cursor.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { events } from '../db/schema.ts';
import { notFound } from '../errors.ts';

export async function listEvents(
  deps: Deps,
  owner: Owner,
  q: { limit: number; starting_after?: string | undefined; type?: string | undefined },
) {
  const { db } = deps.database;
  const cursor = await afterCursor(db, events, ownedBy(events, owner), q.starting_after, 'event');
  const rows = await db
    .select()
    .from(events)
    .where(and(ownedBy(events, owner), q.type ? eq(events.type, q.type) : undefined, cursor))
    .orderBy(desc(events.createdAt), desc(events.id))
    .limit(q.limit + 1);
  return pageOf(rows, q.limit);
}

export async function loadEvent(deps: Deps, owner: Owner, id: string) {
  if (!isId('event', id)) throw notFound('event');
  const [row] = await deps.database.db
    .select()
    .from(events)
    .where(and(eq(events.id, id), ownedBy(events, owner)));
  if (!row) throw notFound('event');
  return row;
}

/** Every event about one session: the session's own, its payments', refunds', identity's and link's. */
export async function eventsOfSession(deps: Deps, owner: Owner, sessionId: string) {
  const o = sql`${events.data}->'object'`;
  return deps.database.db
    .select()
    .from(events)
    .where(
      and(
        ownedBy(events, owner),
        or(
          sql`${o}->>'id' = ${sessionId}`,
          sql`${o}->>'session' = ${sessionId}`,
          sql`${o}->>'session_id' = ${sessionId}`,
        ),
      ),
    )
    .orderBy(events.createdAt, events.id)
    .limit(500);
}
