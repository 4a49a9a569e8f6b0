/**
 * Partner API: `POST /v1/screenings` (docs/architecture.md §8) — fuzzy name screening over the loaded sanctions
 * lists, answering the list versions used and the hits sorted by score descending.
 */
import { newId, screeningRequestSchema, screeningSchema } from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../context.ts';
import {
  contractRoutes,
  idempotencyHeaders,
  jsonBody,
  noQuery,
  responses,
  secretKey,
} from '../openapi/contract.ts';

const screen = createRoute({
  method: 'post',
  path: '/',
  operationId: 'createScreening',
  tags: ['Screening'],
  security: secretKey,
  summary: 'Screen a name against the sanctions lists',
  request: {
    query: noQuery,
    headers: idempotencyHeaders,
    body: jsonBody(screeningRequestSchema, {
      name: 'Ada Lovelace',
      birth_date: '1815-12-10',
      country: 'GB',
      type: 'individual',
    }),
  },
  responses: responses(200, screeningSchema, { method: 'post' }),
});

export function screeningRoutes(deps: Deps) {
  const app = contractRoutes();
  app.openapi(screen, async (c) => {
    const input = c.req.valid('json');
    const { lists, hits } = await deps.screening.screen(input);
    return c.json(
      {
        id: newId('screening'),
        object: 'screening' as const,
        livemode: c.get('partner').mode === 'live',
        lists,
        hits,
        created_at: deps.clock.now().toISOString(),
      },
      200,
    );
  });
  return app;
}
