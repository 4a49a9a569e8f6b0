/**
 * Turns every failure into the error envelope `{ error: { type, code, message, param?, request_id } }`.
 * A database that could not be reached or did not answer in time becomes 503 `database_unavailable`
 * (db/unavailable.ts); other unknown errors become `internal_error` with no detail for the client.
 * Only these two are logged as errors.
 */

import { ERROR_CODES, type ErrorCode, typeOf } from '@finlet/shared';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../context.ts';
import { databaseFailure } from '../db/unavailable.ts';
import { ApiError } from '../errors.ts';

export function errorResponse(c: Context<AppEnv>, err: ApiError): Response {
  const body = {
    error: {
      type: typeOf(err.code),
      code: err.code,
      message: err.message === err.code ? ERROR_CODES[err.code][2] : err.message,
      ...(err.param ? { param: err.param } : {}),
      request_id: c.get('requestId') ?? 'unknown',
    },
  };
  for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
  return c.json(body, err.status as 400);
}

export function onError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof ApiError) return errorResponse(c, err);
  const database = databaseFailure(err);
  if (database) {
    // The driver's error only: Drizzle's wrapper carries the statement's parameters.
    c.get('log')?.error({ database }, 'database unavailable');
    return errorResponse(c, new ApiError('database_unavailable'));
  }
  if (err instanceof HTTPException) {
    const code: ErrorCode =
      err.status === 413
        ? 'body_too_large'
        : err.status === 401
          ? 'missing_api_key'
          : err.status === 415
            ? 'unsupported_media_type'
            : 'invalid_request';
    return errorResponse(c, new ApiError(code));
  }
  c.get('log')?.error({ err }, 'unhandled error');
  return errorResponse(c, new ApiError('internal_error'));
}

export function onNotFound(c: Context<AppEnv>): Response {
  return errorResponse(c, new ApiError('route_not_found', `No endpoint ${c.req.method} ${c.req.path}.`));
}
