/**
 * One error class for the whole server. Every failure becomes an `ApiError` with a stable code
 * from @finlet/shared; the error handler (middleware/errors.ts) turns it into the envelope.
 */
import { type ErrorCode, statusOf } from '@finlet/shared';

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly param?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message ?? code);
    this.status = statusOf(code);
  }
}

export const notFound = (what = 'object') => new ApiError('not_found', `No such ${what}.`);
