/** Reading a partner's bank links and their chosen accounts, for the partner API and the dashboard. */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { afterCursor, pageOf } from '../db/list-cursor.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { linkAccounts, links } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import type { LinkRow } from './access.ts';

export async function listLinks(
  deps: Deps,
  owner: Owner,
  q: { limit: number; starting_after?: string | undefined },
) {
  const { db } = deps.database;
  const cursor = await afterCursor(db, links, ownedBy(links, owner), q.starting_after, 'link');
  const rows = await db
    .select()
    .from(links)
    .where(and(ownedBy(links, owner), cursor))
    .orderBy(desc(links.createdAt), desc(links.id))
    .limit(q.limit + 1);
  return pageOf(rows, q.limit);
}

export async function findLink(deps: Deps, owner: Owner, id: string): Promise<LinkRow> {
  const [row] = await deps.database.db
    .select()
    .from(links)
    .where(and(eq(links.id, id), ownedBy(links, owner)));
  if (!row) throw notFound('link');
  return row;
}

/** A page of the accounts the user chose (of one link, or all of the owner's), newest first. */
export async function pageAccounts(
  deps: Deps,
  owner: Owner,
  q: { limit: number; starting_after?: string | undefined; link?: string | undefined },
) {
  const { db } = deps.database;
  const visible = and(ownedBy(linkAccounts, owner), eq(linkAccounts.selected, true))!;
  const cursor = await afterCursor(db, linkAccounts, visible, q.starting_after, 'account');
  const rows = await db
    .select()
    .from(linkAccounts)
    .where(and(visible, q.link ? eq(linkAccounts.linkId, q.link) : undefined, cursor))
    .orderBy(desc(linkAccounts.createdAt), desc(linkAccounts.id))
    .limit(q.limit + 1);
  return pageOf(rows, q.limit);
}

/** The accounts the user chose (of one link, or all of the owner's). */
export async function listAccounts(deps: Deps, owner: Owner, linkId?: string) {
  return deps.database.db
    .select()
    .from(linkAccounts)
    .where(
      and(
        ownedBy(linkAccounts, owner),
        eq(linkAccounts.selected, true),
        linkId ? eq(linkAccounts.linkId, linkId) : undefined,
      ),
    )
    .orderBy(asc(linkAccounts.createdAt), asc(linkAccounts.id))
    .limit(500);
}

export async function findAccount(deps: Deps, owner: Owner, id: string) {
  const [row] = await deps.database.db
    .select()
    .from(linkAccounts)
    .where(and(eq(linkAccounts.id, id), ownedBy(linkAccounts, owner), eq(linkAccounts.selected, true)));
  if (!row) throw notFound('account');
  return row;
}
