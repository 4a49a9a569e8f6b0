/**
 * A stand-in provider for capabilities not simulated yet: it only answers `GET /health`, so the
 * runner can already start every service on its port and the faults apply to it like to the others.
 */
import { Hono } from 'hono';
import { faults } from './faults.ts';
import type { ProviderContext } from './providers.ts';

export function placeholderProvider(ctx: ProviderContext): Hono {
  const app = new Hono();
  app.use('*', faults(ctx.faults));
  app.get('/health', (c) => c.json({ status: 'ok', provider: ctx.name }));
  return app;
}
