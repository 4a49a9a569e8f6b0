/**
 * Reading a partner's sessions: the list (newest first, cursor; filters by status, flow and customer
 * reference) and one session, for the partner API and the dashboard alike.
 */
import type { Flow, SessionStatus } from '@finlet/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Deps, SessionRow } from '../context.ts';
import { afterCursor, pageOf } from '../db/list-cursor.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { sessions } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { expireIfDue } from './lifecycle.ts';

export interface SessionFilter {
  limit: number;
  starting_after?: string | undefined;
  status?: SessionStatus | undefined;
  flow?: Flow | undefined;
  customer_reference?: string | undefined;
}

export async function listSessions(deps: Deps, owner: Owner, q: SessionFilter) {
  const { db } = deps.database;
  const cursor = await afterCursor(db, sessions, ownedBy(sessions, owner), q.starting_after, 'session');
  const rows = await db
    .select()
    .from(sessions)
    .where(
      and(
        ownedBy(sessions, owner),
        q.status ? eq(sessions.status, q.status) : undefined,
        q.flow ? sql`${sessions.flows} ? ${q.flow}` : undefined,
        q.customer_reference
          ? sql`(${sessions.customer}->>'reference') = ${q.customer_reference}`
          : undefined,
        cursor,
      ),
    )
    .orderBy(desc(sessions.createdAt), desc(sessions.id))
    .limit(q.limit + 1);
  return pageOf(rows, q.limit);
}

export async function loadSession(deps: Deps, owner: Owner, id: string): Promise<SessionRow> {
  const [row] = await deps.database.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), ownedBy(sessions, owner)));
  if (!row) throw notFound('session');
  return expireIfDue(deps, row);
}
