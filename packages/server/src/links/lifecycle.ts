/**
 * Consent lifecycle housekeeping: `sweepExpiringLinks(deps)` sends `link.expiring` once per
 * consent, `FINLET_LINK_EXPIRY_NOTICE_SECONDS` before the bank consent expires, and marks links
 * whose consent has passed its expiry `expired`. Each change commits with its event; the row is
 * claimed with a conditional update, so two nodes sweeping at once notify only once.
 */
import { and, eq, isNull, lte } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { links } from '../db/schema.ts';
import { recordEvent } from '../webhooks/outbox.ts';
import { toLinkResource } from './resources.ts';

export async function sweepExpiringLinks(
  deps: Deps,
  batch = 100,
): Promise<{ expiring: number; expired: number }> {
  const now = deps.clock.now();
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
  return { expiring, expired: expired.length };
}
