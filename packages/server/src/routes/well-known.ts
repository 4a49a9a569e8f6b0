/** Public keys for verifying client and result tokens offline (docs/architecture.md §3). */
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';

export function wellKnownRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/jwks.json', async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    return c.json(await deps.keys.jwks());
  });
  return app;
}
