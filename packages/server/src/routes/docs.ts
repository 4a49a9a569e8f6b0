/**
 * The API reference: `/v1/openapi.json` (OpenAPI 3.1 from the zod schemas) and `/docs`, its
 * rendering with the guides (docs/reference-page.ts).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { referencePage } from '../docs/reference-page.ts';
import { buildOpenApi, type RouteDoc } from '../openapi/document.ts';

export function docsRoutes(docs: RouteDoc[], publicUrl: string) {
  const doc = buildOpenApi(docs, publicUrl);
  const app = new Hono<AppEnv>();
  app.get('/v1/openapi.json', (c) => c.json(doc));
  app.route('/', referencePage(doc));
  return app;
}
