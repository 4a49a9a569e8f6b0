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
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import { pathId } from '../middleware/path-id.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { exportPayments, listPayments, loadPayment, refundsOf } from '../payments/listing.ts';
import { createRefund } from '../payments/refunds.ts';
import { toPaymentResource, toRefundResource } from '../payments/state.ts';

export const paymentDocs: RouteDoc[] = [
  { method: 'get', path: '/v1/payments', summary: 'List payments', tag: 'Payments', auth: 'secret_key', query: listPaymentsQuerySchema, response: listSchema(paymentSchema) },
  { method: 'get', path: '/v1/payments/export', summary: 'Export payments as CSV or ISO 20022 camt.053', tag: 'Payments', auth: 'secret_key', query: exportPaymentsQuerySchema },
  { method: 'get', path: '/v1/payments/{id}', summary: 'Retrieve a payment', tag: 'Payments', auth: 'secret_key', response: paymentSchema },
  { method: 'post', path: '/v1/payments/{id}/refunds', summary: 'Refund a payment in full or in part', tag: 'Payments', auth: 'secret_key', body: createRefundSchema, response: refundSchema, status: 201, idempotent: true },
  { method: 'get', path: '/v1/payments/{id}/refunds', summary: 'List refunds of a payment', tag: 'Payments', auth: 'secret_key', response: listSchema(refundSchema) },
]; // biome-ignore format: one route a line

export function paymentRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const owner = (c: Context<AppEnv>) => ownerOf(c.get('partner'));

  app.get('/', async (c) => {
    const { rows, hasMore } = await listPayments(deps, owner(c), readQuery(c, listPaymentsQuerySchema));
    return c.json({ object: 'list', data: rows.map(toPaymentResource), has_more: hasMore });
  });

  app.get('/export', async (c) => {
    const file = await exportPayments(deps, owner(c), readQuery(c, exportPaymentsQuerySchema));
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', file.contentType);
    c.header('Content-Disposition', `attachment; filename="${file.filename}"`);
    return c.body(file.body);
  });

  app.get('/:id', pathId('payment'), async (c) =>
    c.json(toPaymentResource(await loadPayment(deps, owner(c), c.req.valid('param').id))),
  );

  app.post('/:id/refunds', pathId('payment'), async (c) => {
    const input = await readJson(c, createRefundSchema);
    const refund = await createRefund(deps, ownerOf(c.get('partner')), c.req.valid('param').id, input.amount);
    return c.json(toRefundResource(refund), 201);
  });

  app.get('/:id/refunds', pathId('payment'), async (c) => {
    readQuery(c, z.strictObject({}));
    const rows = await refundsOf(deps, await loadPayment(deps, owner(c), c.req.valid('param').id));
    return c.json({ object: 'list', data: rows.map(toRefundResource), has_more: false });
  });

  return app;
}
