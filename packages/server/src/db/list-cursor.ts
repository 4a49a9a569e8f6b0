/**
 * The `starting_after` cursor of every partner list (docs/architecture.md §5): lists run newest first by
 * (created_at, id), so the page after an object is everything strictly older than it, ties on
 * created_at broken by id. The object must be one the caller may see (`visible`: its ownership
 * condition, db/ownership.ts) — another partner's id, or the other mode's, is answered like an
 * unknown one (`invalid_request` on `starting_after`), never used as a cursor.
 */
import { and, eq, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { ApiError } from '../errors.ts';
import type { Db } from './client.ts';

type Listed = PgTable & { id: PgColumn; createdAt: PgColumn };

/** The WHERE condition for the page after `startingAfter`, or undefined for the first page. */
export async function afterCursor(
  db: Db,
  table: Listed,
  visible: SQL,
  startingAfter: string | undefined,
  noun: string,
): Promise<SQL | undefined> {
  if (!startingAfter) return undefined;
  const [after] = await db
    .select({ createdAt: table.createdAt, id: table.id })
    .from(table)
    .where(and(eq(table.id, startingAfter), visible));
  if (!after) {
    throw new ApiError('invalid_request', `starting_after names no ${noun} of yours.`, 'starting_after');
  }
  return or(
    lt(table.createdAt, after.createdAt),
    and(eq(table.createdAt, after.createdAt), lt(table.id, after.id)),
  );
}

/**
 * One page of a list query that fetched `limit + 1` rows: the page, and whether another follows
 * (`has_more`). Every partner list pages this way.
 */
export function pageOf<T>(rows: T[], limit: number): { rows: T[]; hasMore: boolean } {
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
