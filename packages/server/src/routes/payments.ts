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
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import {
  byId,
  contractRoutes,
  idempotencyHeaders,
  idMiddleware,
  jsonBody,
  listBody,
  noQuery,
  responses,
  secretKey,
} from '../openapi/contract.ts';
import { exportPayments, listPayments, loadPayment, refundsOf } from '../payments/listing.ts';
import { createRefund } from '../payments/refunds.ts';
import { toPaymentResource, toRefundResource } from '../payments/state.ts';

const tags = ['Payments'];
const security = secretKey;
const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listPayments',
  tags,
  security,
  summary: 'List payments',
  request: { query: listPaymentsQuerySchema },
  responses: responses(200, listSchema(paymentSchema), { method: 'get' }),
});
const exportFile = createRoute({
  method: 'get',
  path: '/export',
  operationId: 'exportPayments',
  tags,
  security,
  summary: 'Export payments as CSV or ISO 20022 camt.053',
  request: { query: exportPaymentsQuerySchema },
  responses: {
    ...responses(200, z.string(), { method: 'get', description: 'The file, as an attachment' }),
    200: {
      description:
        'The file, as an attachment (`Content-Disposition`): CSV, or an ISO 20022 camt.053 statement.',
      headers: {
        'Content-Disposition': { description: 'attachment; filename="…"', schema: { type: 'string' } },
        'request-id': { description: 'This request’s id.', schema: { type: 'string' } },
      },
      content: {
        'text/csv': {
          schema: z.string().meta({ description: 'One header line, then one line per payment.' }),
        },
        'application/xml': {
          schema: z.string().meta({ description: 'A camt.053.001.08 BkToCstmrStmt document.' }),
        },
      },
    },
  },
});
const retrieve = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getPayment',
  tags,
  security,
  summary: 'Retrieve a payment',
  middleware: idMiddleware('payment'),
  request: { ...byId('payment'), query: noQuery },
  responses: responses(200, paymentSchema, { method: 'get', path: true }),
});
const refund = createRoute({
  method: 'post',
  path: '/{id}/refunds',
  operationId: 'createRefund',
  tags,
  security,
  summary: 'Refund a payment in full or in part',
  middleware: idMiddleware('payment'),
  request: {
    ...byId('payment'),
    query: noQuery,
    headers: idempotencyHeaders,
    body: jsonBody(createRefundSchema, { amount: 500 }),
  },
  responses: responses(201, refundSchema, { method: 'post', path: true, extra: [502, 504] }),
});
const refunds = createRoute({
  method: 'get',
  path: '/{id}/refunds',
  operationId: 'listRefunds',
  tags,
  security,
  summary: 'List refunds of a payment',
  middleware: idMiddleware('payment'),
  request: { ...byId('payment'), query: noQuery },
  responses: responses(200, listSchema(refundSchema), { method: 'get', path: true }),
});

export function paymentRoutes(deps: Deps) {
  const app = contractRoutes();
  const owner = (c: Context<AppEnv>) => ownerOf(c.get('partner'));

  app.openapi(list, async (c) => {
    const { rows, hasMore } = await listPayments(deps, owner(c), c.req.valid('query'));
    return c.json(listBody(rows.map(toPaymentResource), hasMore), 200);
  });

  app.openapi(exportFile, async (c) => {
    const file = await exportPayments(deps, owner(c), c.req.valid('query'));
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', file.contentType);
    c.header('Content-Disposition', `attachment; filename="${file.filename}"`);
    return c.body(file.body, 200) as never;
  });

  app.openapi(retrieve, async (c) =>
    c.json(toPaymentResource(await loadPayment(deps, owner(c), c.req.valid('param').id)), 200),
  );

  app.openapi(refund, async (c) => {
    const input = c.req.valid('json');
    const refund = await createRefund(deps, ownerOf(c.get('partner')), c.req.valid('param').id, input.amount);
    return c.json(toRefundResource(refund), 201);
  });

  app.openapi(refunds, async (c) => {
    const rows = await refundsOf(deps, await loadPayment(deps, owner(c), c.req.valid('param').id));
    return c.json(listBody(rows.map(toRefundResource), false), 200);
  });

  return app;
}
