/**
 * `GET /metrics` (Prometheus text). Route names, statuses and queue depths are not for the public,
 * so where it is served is configuration: on a listener of its own when `FINLET_METRICS_PORT` is
 * set (see server.ts), otherwise on the API port — in production only behind
 * `FINLET_METRICS_TOKEN`. Wherever it is served, a configured token is required.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import type { Config } from '../env.ts';
import { ApiError } from '../errors.ts';
import { onError, onNotFound } from '../middleware/errors.ts';
import { requestContext } from '../middleware/request-context.ts';

/** Whether the API port serves `/metrics`: not beside its own listener, nor unguarded in production. */
export function metricsOnApiPort(config: Config): boolean {
  if (config.FINLET_METRICS_PORT !== undefined) return false;
  return config.FINLET_METRICS_TOKEN !== undefined || config.NODE_ENV !== 'production';
}

// Digests first: timingSafeEqual needs equal lengths, and the token's length is not to leak either.
const digest = (s: string) => createHash('sha256').update(s).digest();

export function metricsRoutes(deps: Deps) {
  const token = deps.config.FINLET_METRICS_TOKEN;
  const expected = token === undefined ? undefined : digest(`Bearer ${token}`);
  const app = new Hono<AppEnv>();
  app.get('/metrics', async (c) => {
    if (expected && !timingSafeEqual(digest(c.req.header('authorization')?.trim() ?? ''), expected))
      throw new ApiError('invalid_metrics_token', undefined, undefined, {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    const text = await deps.metrics.scrape();
    c.header('Content-Type', deps.metrics.registry.contentType);
    return c.body(text);
  });
  return app;
}

/** The app of the metrics listener (`FINLET_METRICS_HOST:FINLET_METRICS_PORT`): `/metrics` only. */
export function createMetricsApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.notFound(onNotFound);
  app.use('*', requestContext(deps));
  app.route('/', metricsRoutes(deps));
  return app;
}
