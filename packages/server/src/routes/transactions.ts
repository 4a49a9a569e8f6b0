/**
 * Partner API: incremental transaction sync of one link (links/sync.ts): `added`, `modified`,
 * `removed`, `next_cursor`, `has_more`. Start without a cursor; keep the last `next_cursor`.
 */
import { transactionsSyncQuerySchema, transactionsSyncSchema } from '@finlet/shared';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import { syncTransactions } from '../links/sync.ts';
import { readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { loadLink } from './links.ts';

export const transactionDocs: RouteDoc[] = [
  { method: 'get', path: '/v1/transactions/sync', summary: 'Incremental transaction sync of a link', tag: 'Transactions', auth: 'secret_key', query: transactionsSyncQuerySchema, response: transactionsSyncSchema },
]; // biome-ignore format: one route a line

export function transactionRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/sync', async (c) => {
    const q = readQuery(c, transactionsSyncQuerySchema);
    const link = await loadLink(deps, ownerOf(c.get('partner')), q.link);
    return c.json(await syncTransactions(deps, link, q.cursor, q.count));
  });
  return app;
}
