/**
 * Operations endpoints: `/healthz` (the process answers; it touches no database), `/readyz`
 * (database answering within DATABASE_READY_TIMEOUT_MS and every migration applied — a load balancer
 * sends traffic only then; a hung database is "not ready" after that deadline, not a hung probe) and
 * `/metrics` (Prometheus text).
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
  app.get('/metrics', async (c) => {
    c.header('Content-Type', deps.metrics.registry.contentType);
    return c.body(await deps.metrics.registry.metrics());
  });
  return app;
}
