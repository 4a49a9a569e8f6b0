/**
 * Consent lifecycle housekeeping: `sweepExpiringLinks(deps)` sends `link.expiring` once per
 * consent, `FINLET_LINK_EXPIRY_NOTICE_SECONDS` before the bank consent expires, and marks links
 * whose consent has passed its expiry `expired`. A link whose user never chose accounts is `pending`
 * for at most `FINLET_LINK_PENDING_TTL_SECONDS`: it then becomes `expired`, its tokens are dropped and
 * its widget attempt fails (so choosing later cannot revive it). Each change commits with its event;
 * the row is claimed with a conditional update, so two nodes sweeping at once notify only once.
 */
import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { linkAttempts, links } from '../db/schema.ts';
import { recordEvent } from '../webhooks/outbox.ts';
import { toLinkResource } from './resources.ts';

export async function sweepExpiringLinks(
  deps: Deps,
  batch = 100,
): Promise<{ expiring: number; expired: number; abandoned: number }> {
  const now = deps.clock.now();
  const abandoned = await expireAbandonedLinks(deps, now);
  const horizon = new Date(now.getTime() + deps.config.FINLET_LINK_EXPIRY_NOTICE_SECONDS * 1000);
  const { db } = deps.database;
  const expired = await db
    .update(links)
    .set({ status: 'expired', updatedAt: now })
    .where(and(eq(links.status, 'active'), lte(links.consentExpiresAt, now)))
    .returning({ id: links.id });
  const due = await db
    .select({ id: links.id })
    .from(links)
    .where(
      and(eq(links.status, 'active'), lte(links.consentExpiresAt, horizon), isNull(links.expiringNotifiedAt)),
    )
    .limit(batch);
  let expiring = 0;
  for (const { id } of due) {
    const sent = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(links)
        .set({ expiringNotifiedAt: now })
        .where(and(eq(links.id, id), isNull(links.expiringNotifiedAt)))
        .returning();
      if (!row) return false;
      await recordEvent(tx, {
        partnerId: row.partnerId,
        type: 'link.expiring',
        object: toLinkResource(deps, row),
        now,
      });
      return true;
    });
    if (sent) expiring++;
  }
  if (expiring > 0) deps.pokeDispatcher();
  return { expiring, expired: expired.length, abandoned };
}

/** Pending links older than the TTL: expired, tokens forgotten, their attempts failed. */
async function expireAbandonedLinks(deps: Deps, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - deps.config.FINLET_LINK_PENDING_TTL_SECONDS * 1000);
  return deps.database.db.transaction(async (tx) => {
    const stale = await tx
      .update(links)
      .set({ status: 'expired', tokensEnc: null, updatedAt: now })
      .where(and(eq(links.status, 'pending'), lte(links.createdAt, cutoff)))
      .returning({ id: links.id });
    if (stale.length === 0) return 0;
    await tx
      .update(linkAttempts)
      // A code the widget already explains ("try again"): the user starts a fresh authorisation.
      .set({ status: 'failed', error: 'authorization_failed', updatedAt: now })
      .where(
        and(
          inArray(
            linkAttempts.resultLinkId,
            stale.map((l) => l.id),
          ),
          eq(linkAttempts.status, 'choose_accounts'),
        ),
      );
    return stale.length;
  });
}
