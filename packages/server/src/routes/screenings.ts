/**
 * Partner API: `POST /v1/screenings` (docs/architecture.md §8) — fuzzy name screening over the loaded sanctions
 * lists, answering the list versions used and the hits sorted by score descending.
 */
import { newId, screeningRequestSchema, screeningSchema } from '@finlet/shared';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { readJson } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';

export const screeningDocs: RouteDoc[] = [
  { method: 'post', path: '/v1/screenings', summary: 'Screen a name against the sanctions lists', tag: 'Screening', auth: 'secret_key', body: screeningRequestSchema, response: screeningSchema, idempotent: true },
]; // biome-ignore format: one route a line

export function screeningRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const input = await readJson(c, screeningRequestSchema);
    const { lists, hits } = await deps.screening.screen(input);
    return c.json({
      id: newId('screening'),
      object: 'screening',
      livemode: c.get('partner').mode === 'live',
      lists,
      hits,
      created_at: deps.clock.now().toISOString(),
    });
  });
  return app;
}
