/**
 * Builds the OpenAPI 3.1 document (`/v1/openapi.json`) from the routes' own `createRoute`
 * contracts (openapi/contract.ts): @hono/zod-openapi generates each API's paths — the partner API
 * under `/v1`, the widget's under `/widget/v1` — and their named schemas; zod 4 emits JSON Schema
 * 2020-12, OpenAPI 3.1's schema dialect.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context.ts';

type Json = Record<string, unknown>;

const info = {
  title: 'Finlet API',
  version: '1.0.0',
  description: 'Bank linking, identity verification and payments in one embedded session.',
  license: { name: 'MIT', identifier: 'MIT' },
};

/** The whole document: the paths of each API under its mount point, their schemas and webhooks. */
export function buildOpenApi(apis: Record<string, OpenAPIHono<AppEnv>>, serverUrl: string) {
  const paths: Record<string, Json> = {};
  const schemas: Json = {};
  let webhooks: Json = {};
  for (const [mount, api] of Object.entries(apis)) {
    const generated = api.getOpenAPI31Document({ openapi: '3.1.0', info, servers: [{ url: serverUrl }] });
    for (const [path, item] of Object.entries(generated.paths ?? {}))
      paths[path === '/' ? mount : `${mount}${path}`] = item as Json;
    Object.assign(schemas, generated.components?.schemas);
    webhooks = { ...webhooks, ...generated.webhooks };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: serverUrl }],
    tags: [
      ...new Set(
        Object.values(paths).flatMap((item) =>
          Object.values(item).flatMap((op) => (op as { tags: string[] }).tags),
        ),
      ),
    ].map((name) => ({ name })),
    components: {
      schemas,
      securitySchemes: {
        secret_key: { type: 'http', scheme: 'bearer', description: 'sk_test_… / sk_live_…' },
        client_token: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Session client token',
        },
      },
    },
    paths,
    webhooks,
  };
}
