/**
 * The parts every route contract is built from. A route is declared once with `createRoute`
 * (@hono/zod-openapi) and mounted with its handler by `app.openapi(route, handler)`: the same zod
 * schemas validate the request and become the OpenAPI document, so the two cannot drift. What is
 * the same for many routes lives here — the error responses with Finlet's envelope, the response
 * headers, `Idempotency-Key`, strict queries, ids in paths, JSON bodies and list pages.
 */
import { ERROR_CODES, type ErrorCode, errorEnvelopeSchema, ID_PREFIXES, type IdKind } from '@finlet/shared';
import type { Hook, RouteConfig } from '@hono/zod-openapi';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';
import { IDEMPOTENCY_KEY_PATTERN, IDEMPOTENCY_KEY_RULE } from '../middleware/idempotency.ts';
import { pathId } from '../middleware/path-id.ts';

/**
 * Turns a failed validation into Finlet's envelope, as `readJson`/`readQuery` do: an unknown key is
 * 400 `unknown_parameter`, anything else 400 `invalid_request`, both with `param`.
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) throw ApiError.from(result.error);
};

/** A router whose `openapi()` routes validate with `validationHook`. */
export const contractRoutes = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

/** `Idempotency-Key` (middleware/idempotency.ts has the rule): optional on partner POSTs, required on widget payments. */
export const idempotencyKeySchema = z
  .string()
  .regex(IDEMPOTENCY_KEY_PATTERN, { error: IDEMPOTENCY_KEY_RULE })
  .meta({
    description:
      'Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`).',
    example: '7f1c6f7e-3c2a-4b8e-9d51-0a2b3c4d5e6f',
  });
export const idempotencyHeaders = z.object({ 'Idempotency-Key': idempotencyKeySchema.optional() });
export const requiredIdempotencyHeaders = z.object({ 'Idempotency-Key': idempotencyKeySchema });

/**
 * `route` with middleware that needs the app's deps (the widget's token check, which must run
 * before the request is validated): the contract stays a module constant, the route's own method
 * and path alone run it.
 */
export function withMiddleware<R extends RouteConfig>(
  route: R,
  ...middleware: MiddlewareHandler<AppEnv>[]
): R {
  return { ...route, middleware: [...middleware, ...[route.middleware ?? []].flat()] };
}

/** A route that takes no query parameters still refuses unknown ones (400 `unknown_parameter`). */
export const noQuery = z.strictObject({});

/** `{id}` in a path; `pathId(kind)` (in `middleware`) answers an id of the wrong shape 404, like a missing one. */
export function byId(kind: IdKind) {
  return {
    params: z.object({
      id: z
        .string()
        .regex(new RegExp(`^${ID_PREFIXES[kind]}_[0-9A-Za-z]{8,64}$`))
        .meta({
          description: `The ${kind.replaceAll('_', ' ')}'s id.`,
          example: `${ID_PREFIXES[kind]}_8fJ2kLq0Zx7Yw3Vb5Nc1Md4R`,
        }),
    }),
  };
}
export const idMiddleware = (kind: IdKind) => [pathId(kind)];

/**
 * A JSON request body of `schema` with an example of it — typed as the schema's input, so an
 * example cannot name a field the schema does not have (test/contract/examples.test.ts checks each
 * validates against the document).
 */
export function jsonBody<S extends z.ZodType>(schema: S, example: z.input<S>) {
  return { required: true, content: { 'application/json': { schema, example } } } as const;
}
/** A POST that takes no fields: an empty body or `{}`. */
export const emptyBody = {
  required: false,
  content: { 'application/json': { schema: z.strictObject({}) } },
} as const;

const requestIdHeader = {
  'request-id': {
    description: 'This request’s id, in every log line and error.',
    schema: { type: 'string' as const },
  },
};
const replayedHeader = {
  'idempotent-replayed': {
    description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string' as const, enum: ['true'] },
  },
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field).',
  401: 'No, or an unknown, expired or revoked credential.',
  403: 'The credential may not do this.',
  404: 'No such object — or it belongs to another partner.',
  409: 'The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body.',
  410: 'The session has expired or was canceled.',
  413: 'The body is larger than the server accepts.',
  415: 'The body is not application/json.',
  429: 'Too many requests: wait `Retry-After` seconds.',
  500: 'Something went wrong on Finlet’s side; `request_id` helps find it.',
  502: 'A provider answered with an error.',
  503: 'The database or a provider is unavailable; retry later.',
  504: 'A provider did not answer in time.',
};

/** The code an example error of each status shows. */
const EXAMPLE_CODES: Record<number, ErrorCode> = {
  400: 'invalid_request',
  401: 'invalid_api_key',
  403: 'permission_denied',
  404: 'not_found',
  409: 'invalid_state',
  410: 'session_expired',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  500: 'internal_error',
  502: 'provider_error',
  503: 'database_unavailable',
  504: 'provider_timeout',
};

/** An envelope as the server writes it, for the document's example of `status`. */
function errorExample(status: number) {
  const code = EXAMPLE_CODES[status] ?? 'internal_error';
  const { type, description } = ERROR_CODES[code];
  return {
    error: {
      type,
      code,
      message: description,
      ...(status === 400 ? { param: 'amount' } : {}),
      request_id: 'req_4hN2bXc8Yq1LmP0sT7vW',
    },
  };
}

function errorResponse(status: number) {
  return {
    description: ERROR_DESCRIPTIONS[status] ?? 'Error',
    headers:
      status === 429
        ? {
            ...requestIdHeader,
            'Retry-After': {
              description: 'Seconds to wait before trying again.',
              schema: { type: 'integer' as const, minimum: 0 },
            },
          }
        : requestIdHeader,
    content: { 'application/json': { schema: errorEnvelopeSchema, example: errorExample(status) } },
  };
}

/** The errors any authenticated route can answer; the method and route add the rest. */
const BASE_ERRORS = [400, 401, 429, 500, 503] as const;

/**
 * The responses of one operation: its success with `schema`, and the error envelope for every
 * status it can answer (`extra` adds route-specific ones, e.g. 403, 410, 502).
 */
export function responses<S extends 200 | 201, T extends z.ZodType>(
  status: S,
  schema: T,
  opts: {
    method: 'get' | 'post' | 'delete';
    path?: boolean;
    extra?: readonly number[];
    description?: string;
  },
) {
  const codes = new Set<number>([...BASE_ERRORS, ...(opts.extra ?? [])]);
  if (opts.path) codes.add(404);
  if (opts.method === 'post') for (const s of [409, 413, 415]) codes.add(s);
  const errors = Object.fromEntries([...codes].sort().map((s) => [s, errorResponse(s)]));
  const ok = {
    description: opts.description ?? (status === 201 ? 'Created' : 'OK'),
    headers: opts.method === 'post' ? { ...requestIdHeader, ...replayedHeader } : requestIdHeader,
    content: { 'application/json': { schema } },
  };
  return { ...errors, [status]: ok } as Record<S, typeof ok> &
    Record<number, ReturnType<typeof errorResponse>>;
}

/** Security requirements: a partner's secret key, or the session's client token (widget). */
export const secretKey = [{ secret_key: [] }];
export const clientToken = [{ client_token: [] }];

/**
 * The responses of a widget operation (client token): those of `responses`, and 403 (the page is
 * not one of the session's origins) and 410 (the session expired or was canceled) that a session's
 * token can meet on any call.
 */
export function widgetResponses<T extends z.ZodType>(
  schema: T,
  opts: { method: 'get' | 'post'; path?: boolean; extra?: readonly number[] },
) {
  return responses(200, schema, { ...opts, extra: [403, 410, ...(opts.extra ?? [])] });
}

/** A list answer: `{ object: 'list', data, has_more }` (pages are cut by db/list-cursor.ts `pageOf`). */
export function listBody<T>(data: T[], hasMore: boolean) {
  return { object: 'list' as const, data, has_more: hasMore };
}
