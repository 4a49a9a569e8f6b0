/**
 * The API reference: `/v1/openapi.json` (OpenAPI 3.1 from the zod schemas) and `/docs`, its
 * rendering with the guides (docs/reference-page.ts).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { referencePage } from '../docs/reference-page.ts';
import type { buildOpenApi } from '../openapi/document.ts';

/** `document` builds the OpenAPI document from the app's routes (openapi/document.ts). */
export function docsRoutes(document: () => ReturnType<typeof buildOpenApi>) {
  const app = new Hono<AppEnv>();
  app.get('/v1/openapi.json', (c) => c.json(document()));
  app.route('/', referencePage(document));
  return app;
}
