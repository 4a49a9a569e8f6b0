/**
 * Incremental transaction sync (`GET /v1/transactions/sync`, like Plaid's): every refresh from the
 * bank that changes something bumps the link's `seq`, and each changed row records it in
 * `changed_seq`. A cursor is `<base>.<seq>.<last id>`: `base` is the seq the caller had fully
 * consumed when this run of pages began, so a row first seen after it is `added`, an older one
 * `modified` or `removed`. A pending transaction that books keeps its Finlet id (matched by the
 * bank's transaction id) and comes back in `modified`; a pending one the bank drops is `removed`.
 * The bank is only asked again once the caller has consumed everything (no pagination churn).
 */
import { randomBase62, type TransactionsSync } from '@finlet/shared';
import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { BankTransactionData } from '../connectors/bank/types.ts';
import type { Deps } from '../context.ts';
import { linkAccounts, links, linkTransactions } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { type LinkRow, withBankAccess } from './access.ts';
import { toTransactionResource } from './resources.ts';

interface Cursor {
  base: number;
  seq: number;
  id: string;
}
/** Sorts after every id: "everything up to and including `seq`". */
const END = '~';

export function parseCursor(text: string | undefined): Cursor {
  if (!text) return { base: 0, seq: 0, id: END };
  const match = /^(\d{1,9})\.(\d{1,9})\.([0-9A-Za-z_]{1,64}|~)$/.exec(text);
  if (!match) throw new ApiError('invalid_request', 'The cursor is not one Finlet issued.', 'cursor');
  return { base: Number(match[1]), seq: Number(match[2]), id: match[3]! };
}

const formatCursor = (c: Cursor) => `${c.base}.${c.seq}.${c.id}`;

const differs = (row: typeof linkTransactions.$inferSelect, t: BankTransactionData) =>
  row.removed ||
  row.status !== t.status ||
  row.amount !== t.amount ||
  row.bookingDate !== t.bookingDate ||
  row.valueDate !== t.valueDate ||
  row.description !== t.description ||
  row.counterparty !== t.counterparty;

/** Reads every selected account's transactions from the bank and records what changed. */
export async function refreshTransactions(deps: Deps, link: LinkRow): Promise<number> {
  const accounts = await deps.database.db
    .select()
    .from(linkAccounts)
    .where(and(eq(linkAccounts.linkId, link.id), eq(linkAccounts.selected, true)));
  const fetched = new Map<string, BankTransactionData[]>();
  for (const account of accounts) {
    fetched.set(
      account.id,
      await withBankAccess(deps, link, (bank, access) => bank.transactions(access, account.bankAccountId)),
    );
  }
  return deps.database.db.transaction(async (tx) => {
    const [locked] = await tx.select().from(links).where(eq(links.id, link.id)).for('update');
    const seq = locked!.seq + 1;
    const existing = await tx.select().from(linkTransactions).where(eq(linkTransactions.linkId, link.id));
    const byKey = new Map(existing.map((r) => [`${r.accountId}|${r.bankTransactionId}`, r]));
    const inserts: (typeof linkTransactions.$inferInsert)[] = [];
    let changes = 0;
    for (const [accountId, list] of fetched) {
      const seen = new Set<string>();
      for (const t of list) {
        const key = `${accountId}|${t.bankTransactionId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const row = byKey.get(key);
        const values = {
          amount: t.amount,
          currency: t.currency,
          status: t.status,
          bookingDate: t.bookingDate,
          valueDate: t.valueDate,
          description: t.description,
          counterparty: t.counterparty,
        };
        if (!row) {
          inserts.push({
            id: `txn_${randomBase62(24)}`,
            linkId: link.id,
            accountId,
            bankTransactionId: t.bankTransactionId,
            ...values,
            addedSeq: seq,
            changedSeq: seq,
            removed: false,
          });
        } else if (differs(row, t)) {
          changes++;
          await tx
            .update(linkTransactions)
            .set({ ...values, removed: false, changedSeq: seq })
            .where(eq(linkTransactions.id, row.id));
        }
      }
      // A pending transaction the bank no longer lists was dropped (booked ones may just be out of range).
      for (const row of existing) {
        if (
          row.accountId === accountId &&
          row.status === 'pending' &&
          !row.removed &&
          !seen.has(`${accountId}|${row.bankTransactionId}`)
        ) {
          changes++;
          await tx
            .update(linkTransactions)
            .set({ removed: true, changedSeq: seq })
            .where(eq(linkTransactions.id, row.id));
        }
      }
    }
    for (let i = 0; i < inserts.length; i += 500)
      await tx.insert(linkTransactions).values(inserts.slice(i, i + 500));
    changes += inserts.length;
    await tx
      .update(links)
      .set({ seq: changes > 0 ? seq : locked!.seq, refreshedAt: deps.clock.now() })
      .where(eq(links.id, link.id));
    return changes;
  });
}

export async function syncTransactions(
  deps: Deps,
  link: LinkRow,
  cursorText: string | undefined,
  count: number,
): Promise<TransactionsSync> {
  const cursor = parseCursor(cursorText);
  if (cursor.seq > link.seq || cursor.base > cursor.seq)
    throw new ApiError('invalid_request', 'The cursor is not one Finlet issued.', 'cursor');
  let current = link;
  if (cursor.id === END && cursor.seq === link.seq) {
    await refreshTransactions(deps, link);
    [current] = (await deps.database.db.select().from(links).where(eq(links.id, link.id))) as [LinkRow];
  }
  const rows = await deps.database.db
    .select()
    .from(linkTransactions)
    .where(
      and(
        eq(linkTransactions.linkId, link.id),
        cursor.id === END
          ? gt(linkTransactions.changedSeq, cursor.seq)
          : or(
              gt(linkTransactions.changedSeq, cursor.seq),
              and(
                eq(linkTransactions.changedSeq, cursor.seq),
                sql`${linkTransactions.id} collate "C" > ${cursor.id}`,
              ),
            ),
      ),
    )
    .orderBy(asc(linkTransactions.changedSeq), sql`${linkTransactions.id} collate "C"`)
    .limit(count + 1);
  const page = rows.slice(0, count);
  const hasMore = rows.length > count;
  const out: TransactionsSync = {
    object: 'transactions_sync',
    added: [],
    modified: [],
    removed: [],
    next_cursor: '',
    has_more: hasMore,
  };
  for (const row of page) {
    const fresh = row.addedSeq > cursor.base;
    if (row.removed) {
      if (!fresh) out.removed.push({ id: row.id });
    } else if (fresh) out.added.push(toTransactionResource(row, link.livemode));
    else out.modified.push(toTransactionResource(row, link.livemode));
  }
  const last = page[page.length - 1];
  out.next_cursor =
    hasMore && last
      ? formatCursor({ base: cursor.base, seq: last.changedSeq, id: last.id })
      : formatCursor({ base: current.seq, seq: current.seq, id: END });
  return out;
}
