/**
 * Operations endpoints: `/healthz` (the process answers; it touches no database) and `/readyz`
 * (database answering within DATABASE_READY_TIMEOUT_MS and every migration applied — a load balancer
 * sends traffic only then; a hung database is "not ready" after that deadline, not a hung probe).
 * `/metrics` is in routes/metrics.ts.
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
