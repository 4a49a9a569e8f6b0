/**
 * Operations endpoints: `/healthz` (the process answers) and `/readyz` (database reachable and every
 * migration applied — a load balancer sends traffic only then). `/metrics` is in routes/metrics.ts.
 */
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';

export function healthRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const ready = await deps.database.ready();
    return c.json({ status: ready ? 'ready' : 'not_ready', database: deps.database.kind }, ready ? 200 : 503);
  });
  return app;
}
