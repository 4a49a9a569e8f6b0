/**
 * Partner API: payments and refunds (docs/architecture.md §5). Payments are created by the widget (the amount
 * comes from the session); partners list, read, refund and export them. Another partner's
 * payment answers 404 like a missing one.
 */
import {
  createRefundSchema,
  exportPaymentsQuerySchema,
  listPaymentsQuerySchema,
  listSchema,
  paymentSchema,
  refundSchema,
} from '@finlet/shared';
import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps } from '../context.ts';
import { afterCursor } from '../db/list-cursor.ts';
import { type Owner, ownedBy, ownerOf } from '../db/ownership.ts';
import { payments, refunds } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { pathId } from '../middleware/path-id.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { paymentsCamt053, paymentsCsv } from '../payments/export.ts';
import { createRefund } from '../payments/refunds.ts';
import { toPaymentResource, toRefundResource } from '../payments/state.ts';

export const paymentDocs: RouteDoc[] = [
  { method: 'get', path: '/v1/payments', summary: 'List payments', tag: 'Payments', auth: 'secret_key', query: listPaymentsQuerySchema, response: listSchema(paymentSchema) },
  { method: 'get', path: '/v1/payments/export', summary: 'Export payments as CSV or ISO 20022 camt.053', tag: 'Payments', auth: 'secret_key', query: exportPaymentsQuerySchema },
  { method: 'get', path: '/v1/payments/{id}', summary: 'Retrieve a payment', tag: 'Payments', auth: 'secret_key', response: paymentSchema },
  { method: 'post', path: '/v1/payments/{id}/refunds', summary: 'Refund a payment in full or in part', tag: 'Payments', auth: 'secret_key', body: createRefundSchema, response: refundSchema, status: 201, idempotent: true },
  { method: 'get', path: '/v1/payments/{id}/refunds', summary: 'List refunds of a payment', tag: 'Payments', auth: 'secret_key', response: listSchema(refundSchema) },
]; // biome-ignore format: one route a line

const MAX_EXPORT_ROWS = 50_000;

export function paymentRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  async function load(owner: Owner, id: string) {
    const [row] = await db
      .select()
      .from(payments)
      .where(and(eq(payments.id, id), ownedBy(payments, owner)));
    if (!row) throw notFound('payment');
    return row;
  }

  const createdRange = (q: { 'created[gte]'?: string | undefined; 'created[lt]'?: string | undefined }) => [
    q['created[gte]'] ? gte(payments.createdAt, new Date(q['created[gte]'])) : undefined,
    q['created[lt]'] ? lt(payments.createdAt, new Date(q['created[lt]'])) : undefined,
  ];

  app.get('/', async (c) => {
    const mine = ownedBy(payments, ownerOf(c.get('partner')));
    const q = readQuery(c, listPaymentsQuerySchema);
    const cursor = await afterCursor(db, payments, mine, q.starting_after, 'payment');
    const rows = await db
      .select()
      .from(payments)
      .where(
        and(
          mine,
          q.status ? eq(payments.status, q.status) : undefined,
          q.session ? eq(payments.sessionId, q.session) : undefined,
          ...createdRange(q),
          cursor,
        ),
      )
      .orderBy(desc(payments.createdAt), desc(payments.id))
      .limit(q.limit + 1);
    return c.json({
      object: 'list',
      data: rows.slice(0, q.limit).map(toPaymentResource),
      has_more: rows.length > q.limit,
    });
  });

  app.get('/export', async (c) => {
    const owner = ownerOf(c.get('partner'));
    const partnerId = owner.partnerId;
    const q = readQuery(c, exportPaymentsQuerySchema);
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
    c.header('Cache-Control', 'no-store');
    if (q.format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="payments.csv"');
      return c.body(paymentsCsv(rows));
    }
    const ids = rows.map((r) => r.id);
    const refundRows = ids.length
      ? await db
          .select()
          .from(refunds)
          .where(and(ownedBy(refunds, owner), inArray(refunds.paymentId, ids)))
      : [];
    c.header('Content-Type', 'application/xml; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="payments.camt053.xml"');
    return c.body(
      paymentsCamt053({
        partnerId,
        payments: rows,
        refunds: refundRows,
        from: q['created[gte]'] ? new Date(q['created[gte]']) : undefined,
        to: q['created[lt]'] ? new Date(q['created[lt]']) : undefined,
        now: deps.clock.now(),
      }),
    );
  });

  app.get('/:id', pathId('payment'), async (c) =>
    c.json(toPaymentResource(await load(ownerOf(c.get('partner')), c.req.valid('param').id))),
  );

  app.post('/:id/refunds', pathId('payment'), async (c) => {
    const input = await readJson(c, createRefundSchema);
    const refund = await createRefund(deps, ownerOf(c.get('partner')), c.req.valid('param').id, input.amount);
    return c.json(toRefundResource(refund), 201);
  });

  app.get('/:id/refunds', pathId('payment'), async (c) => {
    readQuery(c, z.strictObject({}));
    const payment = await load(ownerOf(c.get('partner')), c.req.valid('param').id);
    const rows = await db
      .select()
      .from(refunds)
      .where(eq(refunds.paymentId, payment.id))
      .orderBy(desc(refunds.createdAt), desc(refunds.id));
    return c.json({ object: 'list', data: rows.map(toRefundResource), has_more: false });
  });

  return app;
}
