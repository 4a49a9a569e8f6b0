/**
 * Builds the OpenAPI 3.1 document from the same zod schemas the routes validate with. Each route
 * file exports a `RouteDoc[]` next to its handlers; zod 4 emits JSON Schema 2020-12, which is
 * OpenAPI 3.1's schema dialect, so no translation layer is needed.
 */
import { errorEnvelopeSchema } from '@finlet/shared';
import { z } from 'zod';

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

export function buildOpenApi(docs: RouteDoc[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Json = {};
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
              minLength: required ? 8 : 1,
              maxLength: 255,
              pattern: '^[\\x21-\\x7e]+$',
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
  return {
    openapi: '3.1.0',
    info: {
      title: 'Finlet API',
      version: '1.0.0',
      description: 'Bank linking, identity verification and payments in one embedded session.',
    },
    servers: [{ url: serverUrl }],
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
  };
}
