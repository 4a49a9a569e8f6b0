/**
 * The one error the SDK throws. An API refusal carries the envelope's fields (`code`, `type`,
 * `param`, `requestId`) and the HTTP `status`; the SDK's own failures use the same class with codes
 * of their own (`connection_error`, `invalid_response`, `webhook_invalid`, `result_token_invalid`,
 * `result_token_expired`) and no status. Test and branch on `code`: messages may change, codes do not.
 */
export interface FinletErrorFields {
  code: string;
  message: string;
  /** `invalid_request_error`, `authentication_error`, … as in the error envelope; `sdk_error` for the SDK's own. */
  type?: string | undefined;
  /** The request field at fault, when the server named one (e.g. `payment.amount`). */
  param?: string | undefined;
  /** HTTP status of the refusal; undefined when no answer came (or the error is the SDK's own). */
  status?: number | undefined;
  /** The `request-id` of the refused request: quote it when asking for help. */
  requestId?: string | undefined;
  /** Seconds the server asked to wait (`Retry-After`), on a 429 or 503 the SDK gave up retrying. */
  retryAfter?: number | undefined;
  cause?: unknown;
}

export class FinletError extends Error {
  override readonly name = 'FinletError';
  readonly code: string;
  readonly type: string;
  readonly param: string | undefined;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly retryAfter: number | undefined;

  constructor(f: FinletErrorFields) {
    super(f.message, f.cause === undefined ? undefined : { cause: f.cause });
    this.code = f.code;
    this.type = f.type ?? 'sdk_error';
    this.param = f.param;
    this.status = f.status;
    this.requestId = f.requestId;
    this.retryAfter = f.retryAfter;
  }
}

interface Envelope {
  error?: { code?: unknown; message?: unknown; type?: unknown; param?: unknown; request_id?: unknown };
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The FinletError for a refused request, read from its error envelope (or what came instead). */
export async function errorFromResponse(res: Response, retryAfter?: number): Promise<FinletError> {
  const body = (await res.json().catch(() => undefined)) as Envelope | undefined;
  const e = body?.error;
  return new FinletError({
    code: text(e?.code) ?? (res.status >= 500 ? 'api_error' : 'invalid_response'),
    message: text(e?.message) ?? `Finlet answered ${res.status} ${res.statusText}`.trim(),
    type: text(e?.type) ?? 'api_error',
    param: text(e?.param),
    status: res.status,
    requestId: text(e?.request_id) ?? res.headers.get('request-id') ?? undefined,
    retryAfter,
  });
}
