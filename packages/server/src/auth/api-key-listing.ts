/** Listing a partner's API keys of the given modes (never the secret), for the partner API and the dashboard. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { afterCursor, pageOf } from '../db/list-cursor.ts';
import { apiKeys } from '../db/schema.ts';
import { notFound } from '../errors.ts';

export type KeyMode = 'test' | 'live';

const visible = (partnerId: string, modes: readonly KeyMode[]) =>
  and(eq(apiKeys.partnerId, partnerId), inArray(apiKeys.mode, [...modes]));

export async function listApiKeys(
  deps: Deps,
  partnerId: string,
  modes: readonly KeyMode[],
  q: { limit: number; starting_after?: string | undefined },
) {
  const { db } = deps.database;
  const cursor = await afterCursor(db, apiKeys, visible(partnerId, modes)!, q.starting_after, 'API key');
  const rows = await db
    .select()
    .from(apiKeys)
    .where(and(visible(partnerId, modes), cursor))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .limit(q.limit + 1);
  return pageOf(rows, q.limit);
}

export async function loadApiKey(deps: Deps, partnerId: string, modes: readonly KeyMode[], id: string) {
  const [row] = await deps.database.db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), visible(partnerId, modes)));
  if (!row) throw notFound('API key');
  return row;
}
