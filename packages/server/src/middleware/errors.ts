/**
 * Turns every failure into the error envelope `{ error: { type, code, message, param?, request_id } }`.
 * A database that could not be reached or did not answer in time becomes 503 `database_unavailable`
 * (db/unavailable.ts); other unknown errors become `internal_error` with no detail for the client.
 * Only these two are logged as errors; an ApiError's `cause` is logged (as a warning), never sent.
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
      message: err.message === err.code ? ERROR_CODES[err.code].description : err.message,
      ...(err.param ? { param: err.param } : {}),
      request_id: c.get('requestId') ?? 'unknown',
    },
  };
  for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
  return c.json(body, err.status as 400);
}

export function onError(err: Error, c: Context<AppEnv>): Response {
  // An unknown failure wrapped as `internal_error` (ApiError.from) is judged by what it wraps, as if
  // it had been thrown as it is: a database outage is still a 503, and the cause is what is logged.
  const failure =
    err instanceof ApiError && err.code === 'internal_error' && err.cause !== undefined ? err.cause : err;
  if (failure instanceof ApiError) {
    // A provider's failure behind a 5xx: its origin goes to the log, never into the envelope.
    if (failure.status >= 500 && failure.cause !== undefined)
      c.get('log')?.warn({ err: failure.cause, code: failure.code }, 'upstream failure');
    return errorResponse(c, failure);
  }
  const database = databaseFailure(failure);
  if (database) {
    // The driver's error only: Drizzle's wrapper carries the statement's parameters.
    c.get('log')?.error({ database }, 'database unavailable');
    return errorResponse(c, new ApiError('database_unavailable'));
  }
  if (failure instanceof HTTPException) {
    const code: ErrorCode =
      failure.status === 413
        ? 'body_too_large'
        : failure.status === 401
          ? 'missing_api_key'
          : failure.status === 415
            ? 'unsupported_media_type'
            : 'invalid_request';
    return errorResponse(c, new ApiError(code));
  }
  c.get('log')?.error({ err: failure }, 'unhandled error');
  return errorResponse(c, new ApiError('internal_error'));
}

export function onNotFound(c: Context<AppEnv>): Response {
  return errorResponse(c, new ApiError('route_not_found', `No endpoint ${c.req.method} ${c.req.path}.`));
}
