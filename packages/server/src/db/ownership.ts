/**
 * Who owns a row: the ONE condition every partner-data query of the listing services builds
 * (partner API and dashboard alike). `livemode` is the mode of whoever asks: the dashboard always
 * says which mode its screen shows; the partner API says nothing yet and so sees every row, as it
 * always has.
 *
 * Test and live data are never mixed: until rows carry a `livemode` column (issue 13, go-live, is
 * adding it), every row is a test-mode row, so live mode owns none. When that column lands this
 * function becomes `eq(table.livemode, owner.livemode)` and nothing else changes.
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export interface Owner {
  partnerId: string;
  /** true: live mode, false: test mode, undefined: either (the partner API, until modes land). */
  livemode?: boolean | undefined;
}

export const modeOf = (livemode: boolean | undefined) => (livemode ? 'live' : 'test');

export function ownedBy(table: { partnerId: PgColumn }, owner: Owner): SQL {
  return and(eq(table.partnerId, owner.partnerId), owner.livemode === true ? sql`false` : undefined)!;
}
