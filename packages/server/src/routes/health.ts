/**
 * Operations endpoints: `/healthz` (the process answers; it touches no database) and `/readyz`
 * (database answering within DATABASE_READY_TIMEOUT_MS and every migration applied — a load balancer
 * sends traffic only then; a hung database is "not ready" after that deadline, not a hung probe)
 * and every configured sanctions list usable (screening fails closed: a list that never loaded or is
 * older than FINLET_SANCTIONS_MAX_AGE_HOURS is named here and makes the node not ready). Lists load
 * lazily, at the first screening: the probe never starts that load — parsing a list holds the event
 * loop for seconds, which a probe must not cause — and reports `not_loaded` until then.
 * `/metrics` is in routes/metrics.ts.
 */
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';

export function healthRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const database = await deps.database.ready();
    const screening = deps.screening.availability();
    const ready = database && screening.status !== 'unavailable';
    return c.json(
      { status: ready ? 'ready' : 'not_ready', database: deps.database.kind, screening },
      ready ? 200 : 503,
    );
  });
  return app;
}
