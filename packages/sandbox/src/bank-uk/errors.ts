/**
 * Open Banking error bodies (`OBErrorResponse1`): one place that turns a failure into the UK
 * envelope, so every 4xx/5xx the bank (or its fault middleware) returns has the same shape.
 * `ErrorCode` is a 4-letter ISO 20022 ExternalStatusReason code as the 4.0 spec requires.
 */
import { randomUUID } from 'node:crypto';

export type ObErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'server_error';

const CODES: Record<ObErrorKind, { status: number; code: string; errorCode: string }> = {
  bad_request: { status: 400, code: 'BadRequest', errorCode: 'FF01' },
  unauthorized: { status: 401, code: 'Unauthorized', errorCode: 'AM12' },
  forbidden: { status: 403, code: 'Forbidden', errorCode: 'AG01' },
  not_found: { status: 404, code: 'NotFound', errorCode: 'AC01' },
  rate_limited: { status: 429, code: 'TooManyRequests', errorCode: 'AM23' },
  server_error: { status: 500, code: 'InternalError', errorCode: 'NARR' },
};

export class ObError extends Error {
  constructor(
    readonly kind: ObErrorKind,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }

  get status(): number {
    return CODES[this.kind].status;
  }

  body(): unknown {
    return obErrorBody(this.status, this.message, this.path);
  }
}

export function obErrorBody(status: number, message = `HTTP ${status}`, path?: string): unknown {
  const entry = Object.values(CODES).find((c) => c.status === status) ?? {
    code: `HTTP${status}`,
    errorCode: 'NARR',
  };
  return {
    Code: entry.code,
    Id: randomUUID(),
    Message: message.slice(0, 500),
    Errors: [{ ErrorCode: entry.errorCode, Message: message.slice(0, 500), ...(path ? { Path: path } : {}) }],
  };
}
