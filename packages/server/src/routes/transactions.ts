/**
 * Partner API: incremental transaction sync of one link (links/sync.ts): `added`, `modified`,
 * `removed`, `next_cursor`, `has_more`. Start without a cursor; keep the last `next_cursor`.
 */
import { transactionsSyncQuerySchema, transactionsSyncSchema } from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import { syncTransactions } from '../links/sync.ts';
import { contractRoutes, responses, secretKey } from '../openapi/contract.ts';
import { loadLink } from './links.ts';

const sync = createRoute({
  method: 'get',
  path: '/sync',
  operationId: 'syncTransactions',
  tags: ['Transactions'],
  security: secretKey,
  summary: 'Incremental transaction sync of a link',
  request: { query: transactionsSyncQuerySchema },
  responses: responses(200, transactionsSyncSchema, { method: 'get', extra: [404, 502, 504] }),
});

export function transactionRoutes(deps: Deps) {
  const app = contractRoutes();
  app.openapi(sync, async (c) => {
    const q = c.req.valid('query');
    const link = await loadLink(deps, ownerOf(c.get('partner')), q.link);
    return c.json(await syncTransactions(deps, link, q.cursor, q.count), 200);
  });
  return app;
}
