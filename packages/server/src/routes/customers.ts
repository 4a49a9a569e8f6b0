/**
 * Partner API: `DELETE /v1/customers/:reference/data` erases one customer's personal data wherever
 * Finlet keeps a copy (identity details with date of birth and identity number, document images,
 * selfies, screening explanations, review notes, the sessions' customer fields, the event payloads
 * webhooks deliver, stored idempotent responses) and answers what it erased, per kind
 * (identity/privacy.ts). The decisions, ids and amounts stay, without personal data.
 */
import { erasureSchema } from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import { ApiError } from '../errors.ts';
import { eraseCustomerData } from '../identity/privacy.ts';
import { contractRoutes, noQuery, responses, secretKey } from '../openapi/contract.ts';

const erase = createRoute({
  method: 'delete',
  path: '/{reference}/data',
  operationId: 'eraseCustomerData',
  tags: ['Customers'],
  security: secretKey,
  summary: "Erase a customer's personal data",
  request: {
    params: z.object({
      reference: z
        .string()
        .min(1)
        .max(200)
        .meta({ description: 'The customer reference the sessions were made with.', example: 'cus_42' }),
    }),
    query: noQuery,
  },
  responses: responses(200, erasureSchema, { method: 'delete', path: true }),
});

export function customerRoutes(deps: Deps) {
  const app = contractRoutes();
  app.openapi(erase, async (c) => {
    const { reference } = c.req.valid('param');
    if (!reference.isWellFormed() || reference.includes('\u0000'))
      throw new ApiError('invalid_request', 'reference: not a customer reference', 'reference');
    return c.json(await eraseCustomerData(deps, ownerOf(c.get('partner')), reference), 200);
  });
  return app;
}
