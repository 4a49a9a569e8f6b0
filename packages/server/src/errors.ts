/**
 * One error class for the whole server. Every failure becomes an `ApiError` with a stable code
 * from @finlet/shared; the error handler (middleware/errors.ts) turns it into the envelope.
 * `ApiError.from` is the one place where other libraries' errors become Finlet codes: zod's
 * validation errors, jose's token errors and a card processor's failures. An error it wraps stays
 * on `cause` for the logs; the envelope never carries it.
 */
import { type ErrorCode, statusOf } from '@finlet/shared';
import { errors as joseErrors } from 'jose';
import { z } from 'zod';
import { ProcessorFailure } from './connectors/payments/processor.ts';

export interface ApiErrorOptions {
  /** Sent with the error response (e.g. `Retry-After`). */
  headers?: Record<string, string>;
  /** The failure this one stands for: logged with a 5xx, never sent to the client. */
  cause?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly headers?: Record<string, string>;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly param?: string,
    options: ApiErrorOptions = {},
  ) {
    super(message ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = statusOf(code);
    this.headers = options.headers;
  }

  /**
   * `error` as an ApiError: an ApiError as it is; zod's first issue as `unknown_parameter` (an
   * unknown key) or `invalid_request`, with `param` naming the field; jose's expired token as
   * `token_expired` and any other token failure as `token_invalid`; a processor's failure as its
   * code. Anything else becomes `fallback` (500 `internal_error` unless the caller knows better),
   * keeping `error` as its cause.
   */
  static from(error: unknown, fallback: ErrorCode = 'internal_error'): ApiError {
    if (error instanceof ApiError) return error;
    if (error instanceof z.ZodError) return fromZodIssue(error.issues[0]!, error);
    // The table's messages: the same words serve a client token and an identity hand-off token.
    if (error instanceof joseErrors.JWTExpired)
      return new ApiError('token_expired', undefined, undefined, { cause: error });
    if (error instanceof joseErrors.JOSEError)
      return new ApiError('token_invalid', undefined, undefined, { cause: error });
    if (error instanceof ProcessorFailure)
      return new ApiError(error.code, error.message, error.param, { cause: error });
    return new ApiError(fallback, undefined, undefined, { cause: error });
  }
}

function fromZodIssue(issue: z.core.$ZodIssue, cause: z.ZodError): ApiError {
  const at = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const param = at ? `${at}.${key}` : key;
    return new ApiError('unknown_parameter', `Unknown parameter: ${param}.`, param, { cause });
  }
  return new ApiError('invalid_request', at ? `${at}: ${issue.message}` : issue.message, at || undefined, {
    cause,
  });
}

export const notFound = (what = 'object') => new ApiError('not_found', `No such ${what}.`);
