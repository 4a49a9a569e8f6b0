/**
 * Gives every request an id (`request-id` response header, in every log line and error), logs one
 * structured line per request and records the request metrics by route pattern (never raw paths,
 * which would carry ids).
 */

import { randomBase62 } from '@finlet/shared';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { setResponseHeader } from './response-header.ts';

export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = `req_${randomBase62(20)}`;
    const log = deps.logger.child({ request_id: requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const start = performance.now();
    try {
      await next();
    } finally {
      setResponseHeader(c, 'request-id', requestId);
      const status = c.res.status;
      const route = c.req.routePath === '/*' ? 'unmatched' : c.req.routePath;
      const seconds = (performance.now() - start) / 1000;
      const labels = { method: c.req.method, route, status: String(status) };
      deps.metrics.requests.inc(labels);
      deps.metrics.latency.observe(labels, seconds);
      const line = { method: c.req.method, route, status, ms: Math.round(seconds * 1000) };
      if (status >= 500) log.error(line, 'request failed');
      else log.info(line, 'request');
    }
  };
}
