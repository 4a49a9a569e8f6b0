/**
 * Partner API: `DELETE /v1/customers/:reference/data` erases one customer's personal data wherever
 * Finlet keeps a copy (identity details with date of birth and identity number, document images,
 * selfies, screening explanations, review notes, the sessions' customer fields, the event payloads
 * webhooks deliver, stored idempotent responses) and answers what it erased, per kind
 * (identity/privacy.ts). The decisions, ids and amounts stay, without personal data.
 */
import { erasureSchema } from '@finlet/shared';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import { ApiError } from '../errors.ts';
import { eraseCustomerData } from '../identity/privacy.ts';
import type { RouteDoc } from '../openapi/document.ts';

export const customerDocs: RouteDoc[] = [
  { method: 'delete', path: '/v1/customers/{reference}/data', summary: "Erase a customer's personal data", tag: 'Customers', auth: 'secret_key', response: erasureSchema },
]; // biome-ignore format: one route a line

export function customerRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.delete('/:reference/data', async (c) => {
    const reference = c.req.param('reference');
    if (reference.length > 200 || !reference.isWellFormed() || reference.includes('\u0000'))
      throw new ApiError('invalid_request', 'reference: not a customer reference', 'reference');
    return c.json(await eraseCustomerData(deps, ownerOf(c.get('partner')), reference));
  });
  return app;
}
