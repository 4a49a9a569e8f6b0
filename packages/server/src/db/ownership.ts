/**
 * Who owns a partner object: the partner and the mode of the key that made it (test or live,
 * Stripe-style). Every partner query builds its condition here, so a key answers 404 for the other
 * mode's objects exactly as for another partner's (docs/architecture.md §5) — a test key never
 * reads, changes or pages through live data, nor a live key test data.
 */
import { and, eq, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { AuthenticatedPartner } from '../auth/api-keys.ts';

export interface Owner {
  partnerId: string;
  livemode: boolean;
}

/** The owner a key acts for: its partner, in its own mode. */
export const ownerOf = (partner: Pick<AuthenticatedPartner, 'id' | 'mode'>): Owner => ({
  partnerId: partner.id,
  livemode: partner.mode === 'live',
});

/** The WHERE condition "owned by `owner`" on a table with `partner_id` and `livemode`. */
export function ownedBy(
  table: { partnerId: PgColumn; livemode: PgColumn },
  owner: { partnerId: string | Placeholder; livemode: boolean | Placeholder },
): SQL {
  return and(eq(table.partnerId, owner.partnerId), eq(table.livemode, owner.livemode))!;
}

/** The same rule for a row already read (a lock, a callback): does `owner` own it? */
export function isOwnedBy(row: { partnerId: string; livemode: boolean }, owner: Owner): boolean {
  return row.partnerId === owner.partnerId && row.livemode === owner.livemode;
}

/**
 * The `partner_id` an owner's idempotency records are kept under: an Idempotency-Key of a live key
 * must never replay a test key's response (nor the reverse), so live records are scoped apart.
 * Test records keep the bare partner id, the scope every record had before modes existed.
 */
export const idempotencyScope = (owner: Owner): string =>
  owner.livemode ? `${owner.partnerId}/live` : owner.partnerId;
