/**
 * Reading a partner's payments: the list (filters by status, session, creation time), one payment,
 * its refunds, and the accounting export (CSV or camt.053) — for the partner API and the dashboard
 * alike.
 */
import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { afterCursor, pageOf } from '../db/list-cursor.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { payments, refunds } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { paymentsCamt053, paymentsCsv } from './export.ts';
import type { PaymentRow } from './state.ts';

const MAX_EXPORT_ROWS = 50_000;

interface CreatedRange {
  'created[gte]'?: string | undefined;
  'created[lt]'?: string | undefined;
}

const createdRange = (q: CreatedRange) => [
  q['created[gte]'] ? gte(payments.createdAt, new Date(q['created[gte]'])) : undefined,
  q['created[lt]'] ? lt(payments.createdAt, new Date(q['created[lt]'])) : undefined,
];

export async function listPayments(
  deps: Deps,
  owner: Owner,
  q: CreatedRange & {
    limit: number;
    starting_after?: string | undefined;
    status?: string | undefined;
    session?: string | undefined;
  },
) {
  const { db } = deps.database;
  const cursor = await afterCursor(db, payments, ownedBy(payments, owner), q.starting_after, 'payment');
  const rows = await db
    .select()
    .from(payments)
    .where(
      and(
        ownedBy(payments, owner),
        q.status ? eq(payments.status, q.status) : undefined,
        q.session ? eq(payments.sessionId, q.session) : undefined,
        ...createdRange(q),
        cursor,
      ),
    )
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(q.limit + 1);
  return pageOf(rows, q.limit);
}

export async function loadPayment(deps: Deps, owner: Owner, id: string): Promise<PaymentRow> {
  const [row] = await deps.database.db
    .select()
    .from(payments)
    .where(and(eq(payments.id, id), ownedBy(payments, owner)));
  if (!row) throw notFound('payment');
  return row;
}

export async function refundsOf(deps: Deps, payment: PaymentRow) {
  return deps.database.db
    .select()
    .from(refunds)
    .where(eq(refunds.paymentId, payment.id))
    .orderBy(desc(refunds.createdAt), desc(refunds.id));
}

export async function exportPayments(
  deps: Deps,
  owner: Owner,
  q: CreatedRange & { format: 'csv' | 'camt053'; currency?: string | undefined },
): Promise<{ contentType: string; filename: string; body: string }> {
  const { db } = deps.database;
  const rows = await db
    .select()
    .from(payments)
    .where(
      and(
        ownedBy(payments, owner),
        q.currency ? eq(payments.currency, q.currency.toUpperCase()) : undefined,
        ...createdRange(q),
      ),
    )
    .orderBy(asc(payments.createdAt), asc(payments.id))
    .limit(MAX_EXPORT_ROWS);
  if (q.format === 'csv')
    return { contentType: 'text/csv; charset=utf-8', filename: 'payments.csv', body: paymentsCsv(rows) };
  const ids = rows.map((r) => r.id);
  const refundRows = ids.length
    ? await db
        .select()
        .from(refunds)
        .where(and(ownedBy(refunds, owner), inArray(refunds.paymentId, ids)))
    : [];
  return {
    contentType: 'application/xml; charset=utf-8',
    filename: 'payments.camt053.xml',
    body: paymentsCamt053({
      partnerId: owner.partnerId,
      payments: rows,
      refunds: refundRows,
      from: q['created[gte]'] ? new Date(q['created[gte]']) : undefined,
      to: q['created[lt]'] ? new Date(q['created[lt]']) : undefined,
      now: deps.clock.now(),
    }),
  };
}
