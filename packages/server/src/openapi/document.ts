/**
 * Builds the OpenAPI 3.1 document (`/v1/openapi.json`). The partner API is generated from its
 * routes' own `createRoute` contracts (openapi/contract.ts) by @hono/zod-openapi; routes not yet
 * declared that way (the widget API) still export a `RouteDoc[]` next to their handlers, turned
 * into paths here — zod 4 emits JSON Schema 2020-12, OpenAPI 3.1's schema dialect.
 */
import { errorEnvelopeSchema } from '@finlet/shared';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../context.ts';
import { IDEMPOTENCY_KEY_PATTERN } from '../middleware/idempotency.ts';

export interface RouteDoc {
  method: 'get' | 'post' | 'delete';
  /** OpenAPI path, e.g. /v1/sessions/{id} */
  path: string;
  summary: string;
  tag: string;
  auth: 'secret_key' | 'client_token' | 'none';
  body?: z.ZodType;
  query?: z.ZodType;
  response?: z.ZodType;
  /** A response that is not JSON: its media type (the body a string). */
  produces?: string;
  status?: number;
  /** Takes `Idempotency-Key`: optional (partner API), or required per attempt (widget payments). */
  idempotent?: boolean | 'required';
}

type Json = Record<string, unknown>;

/**
 * JSON Schema for one zod schema; named schemas (`.meta({ id })`) move to `components.schemas`
 * (input and output shapes can differ, e.g. defaults, so input ones get an `Input` suffix).
 */
function schemaIn(components: Json, s: z.ZodType, io: 'input' | 'output'): Json {
  const suffix = io === 'input' ? 'Input' : '';
  const json = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  const text = JSON.stringify(json).replace(/"#\/\$defs\/([\w.-]+)"/g, `"#/components/schemas/$1${suffix}"`);
  const { $defs, $schema: _, ...rest } = JSON.parse(text) as Json & { $defs?: Json };
  for (const [name, def] of Object.entries($defs ?? {})) components[`${name}${suffix}`] = def;
  return rest;
}

function queryParameters(components: Json, s: z.ZodType) {
  const json = schemaIn(components, s, 'input') as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema,
  }));
}

function legacyPaths(docs: RouteDoc[], schemas: Json) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemaOf = (s: z.ZodType, io: 'input' | 'output') => schemaIn(schemas, s, io);
  for (const d of docs) {
    const params = [...d.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const required = d.idempotent === 'required';
    const headers = d.idempotent
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required,
            schema: {
              type: 'string',
              pattern: IDEMPOTENCY_KEY_PATTERN.source,
            },
          },
        ]
      : [];
    const op: Record<string, unknown> = {
      summary: d.summary,
      tags: [d.tag],
      security: d.auth === 'none' ? [] : [{ [d.auth]: [] }],
      parameters: [...params, ...headers, ...(d.query ? queryParameters(schemas, d.query) : [])],
      responses: {
        [String(d.status ?? 200)]: {
          description: 'OK',
          ...(d.response
            ? { content: { 'application/json': { schema: schemaOf(d.response, 'output') } } }
            : {}),
          ...(d.produces ? { content: { [d.produces]: { schema: { type: 'string' } } } } : {}),
        },
        '4XX': {
          description: 'Error envelope',
          content: { 'application/json': { schema: schemaOf(errorEnvelopeSchema, 'output') } },
        },
      },
    };
    if (d.body) {
      op.requestBody = {
        required: true,
        content: { 'application/json': { schema: schemaOf(d.body, 'input') } },
      };
    }
    paths[d.path] ??= {};
    paths[d.path]![d.method] = op;
  }
  return paths;
}

const info = {
  title: 'Finlet API',
  version: '1.0.0',
  description: 'Bank linking, identity verification and payments in one embedded session.',
  license: { name: 'MIT', identifier: 'MIT' },
};

/** The whole document: the partner API from `v1`'s contracts, plus the RouteDocs of the rest. */
export function buildOpenApi(v1: OpenAPIHono<AppEnv>, docs: RouteDoc[], serverUrl: string) {
  const generated = v1.getOpenAPI31Document({ openapi: '3.1.0', info, servers: [{ url: serverUrl }] });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, item] of Object.entries(generated.paths ?? {})) paths[`/v1${path}`] = item as Json;
  const schemas: Json = { ...(generated.components?.schemas ?? {}) };
  Object.assign(paths, legacyPaths(docs, schemas));
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
    webhooks: generated.webhooks ?? {},
  };
}
