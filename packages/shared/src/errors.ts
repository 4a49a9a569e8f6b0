/**
 * The error contract (docs/architecture.md §5): one closed set of stable codes, each with its HTTP status and
 * envelope `type`. Messages may change; codes may not. Tests assert on codes.
 */
import { z } from 'zod';

export const ERROR_TYPES = [
  'invalid_request_error',
  'authentication_error',
  'permission_error',
  'not_found',
  'idempotency_error',
  'rate_limit_error',
  'provider_error',
  'api_error',
] as const;
export type ErrorType = (typeof ERROR_TYPES)[number];

/** What the error table says of one code. */
export interface ErrorCodeInfo {
  /** The HTTP status every response with this code has. */
  status: number;
  /** The envelope's `type`: the family a client may branch on. */
  type: ErrorType;
  /** What it means, as the README's error table and an error without its own message say it. */
  description: string;
}

/** Every error code the API answers with (README table). */
export const ERROR_CODES = {
  invalid_json: {
    status: 400,
    type: 'invalid_request_error',
    description: 'The body is not valid JSON.',
  },
  invalid_request: {
    status: 400,
    type: 'invalid_request_error',
    description: 'A parameter is missing, of the wrong type or not allowed.',
  },
  unknown_parameter: {
    status: 400,
    type: 'invalid_request_error',
    description: 'The body or query has a field the endpoint does not accept.',
  },
  unsupported_media_type: {
    status: 415,
    type: 'invalid_request_error',
    description: 'The body must be application/json.',
  },
  body_too_large: {
    status: 413,
    type: 'invalid_request_error',
    description: 'The request body exceeds the size limit.',
  },
  invalid_state: {
    status: 409,
    type: 'invalid_request_error',
    description: 'The object is not in a state that allows this operation.',
  },
  flow_not_enabled: {
    status: 409,
    type: 'invalid_request_error',
    description: 'The session does not include this flow.',
  },
  missing_api_key: {
    status: 401,
    type: 'authentication_error',
    description: 'No Authorization: Bearer sk_… header was sent.',
  },
  invalid_api_key: {
    status: 401,
    type: 'authentication_error',
    description: 'The secret key is unknown, revoked or expired (rolled).',
  },
  token_missing: {
    status: 401,
    type: 'authentication_error',
    description: 'No client token was sent.',
  },
  token_invalid: {
    status: 401,
    type: 'authentication_error',
    description: 'The client token is malformed, tampered or not for this audience.',
  },
  token_expired: {
    status: 401,
    type: 'authentication_error',
    description: 'The client token has expired.',
  },
  invalid_metrics_token: {
    status: 401,
    type: 'authentication_error',
    description: 'GET /metrics needs Authorization: Bearer with the FINLET_METRICS_TOKEN value.',
  },
  invalid_credentials: {
    status: 401,
    type: 'authentication_error',
    description: 'The e-mail address or password is wrong.',
  },
  not_signed_in: {
    status: 401,
    type: 'authentication_error',
    description: 'No dashboard session, or it has ended: sign in again.',
  },
  passkey_invalid: {
    status: 401,
    type: 'authentication_error',
    description: 'The passkey could not be verified (unknown, stale or forged).',
  },
  account_locked: {
    status: 429,
    type: 'rate_limit_error',
    description: 'Too many failed sign-ins: the account is locked; retry after the Retry-After seconds.',
  },
  csrf_failed: {
    status: 403,
    type: 'permission_error',
    description: 'The request came from another origin or without the session’s CSRF token.',
  },
  insufficient_role: {
    status: 403,
    type: 'permission_error',
    description: 'Your dashboard role does not allow this.',
  },
  invitation_invalid: {
    status: 400,
    type: 'invalid_request_error',
    description: 'The invitation link is unknown, already used, revoked or expired.',
  },
  email_taken: {
    status: 409,
    type: 'invalid_request_error',
    description: 'A dashboard user or invitation with this e-mail address exists.',
  },
  weak_password: {
    status: 400,
    type: 'invalid_request_error',
    description: 'The password must be 12 to 200 characters and not only one repeated character.',
  },
  session_expired: {
    status: 410,
    type: 'invalid_request_error',
    description: 'The session has expired.',
  },
  session_canceled: {
    status: 410,
    type: 'invalid_request_error',
    description: 'The session was canceled by the partner.',
  },
  session_completed: {
    status: 409,
    type: 'invalid_request_error',
    description: 'The session is already completed.',
  },
  permission_denied: {
    status: 403,
    type: 'permission_error',
    description:
      'This key may not do that: a test key cannot create or manage live keys or live provider accounts.',
  },
  origin_not_allowed: {
    status: 403,
    type: 'permission_error',
    description: 'The request origin is not one of the session’s allowed origins.',
  },
  not_found: {
    status: 404,
    type: 'not_found',
    description: 'No such object (or it belongs to another partner).',
  },
  route_not_found: {
    status: 404,
    type: 'not_found',
    description: 'No such endpoint.',
  },
  method_not_allowed: {
    status: 405,
    type: 'invalid_request_error',
    description: 'The endpoint does not accept this method.',
  },
  idempotency_key_reused: {
    status: 409,
    type: 'idempotency_error',
    description: 'The Idempotency-Key was used with another request body.',
  },
  idempotency_key_in_use: {
    status: 409,
    type: 'idempotency_error',
    description: 'A request with this Idempotency-Key is still running.',
  },
  rate_limited: {
    status: 429,
    type: 'rate_limit_error',
    description: 'Too many requests for this key; retry after the Retry-After seconds.',
  },
  provider_error: {
    status: 502,
    type: 'provider_error',
    description: 'An upstream provider failed or answered something Finlet could not read.',
  },
  provider_unavailable: {
    status: 503,
    type: 'provider_error',
    description: 'The provider is unavailable (circuit open); try again later.',
  },
  provider_timeout: {
    status: 504,
    type: 'provider_error',
    description: 'The provider did not answer in time.',
  },
  payment_in_progress: {
    status: 409,
    type: 'invalid_request_error',
    description: 'The session already has a payment in flight or paid; no second charge is started.',
  },
  card_invalid: {
    status: 400,
    type: 'invalid_request_error',
    description: 'The card number, expiry or CVC is not valid (`param` says which).',
  },
  card_data_not_accepted: {
    status: 400,
    type: 'invalid_request_error',
    description:
      "The body carries card fields (number, CVC …): Finlet takes only a token or encrypted fields from the processor's browser tokenizer, and never stores or logs the card.",
  },
  too_many_card_attempts: {
    status: 429,
    type: 'rate_limit_error',
    description:
      'Too many failed card payments in this session, or for this customer reference within the window: no further card attempt is sent to the processor.',
  },
  refund_exceeds_payment: {
    status: 400,
    type: 'invalid_request_error',
    description: 'The refund is larger than what is left to refund on the payment.',
  },
  refund_not_supported: {
    status: 400,
    type: 'invalid_request_error',
    description:
      'The payment method has no refund through Finlet (pay by bank): refund the customer by a transfer of your own.',
  },
  invalid_signature: {
    status: 400,
    type: 'invalid_request_error',
    description: 'A provider callback is unsigned, forged or stale.',
  },
  payment_method_unavailable: {
    status: 400,
    type: 'invalid_request_error',
    description:
      'The session’s partner takes no payment by this method (no provider account serves it): the payment read’s `methods` lists those it takes.',
  },
  provider_not_configured: {
    status: 400,
    type: 'invalid_request_error',
    description:
      'A live session needs a live provider account for each capability its flows use (`param` says which flows).',
  },
  link_expired: {
    status: 409,
    type: 'invalid_request_error',
    description:
      'The bank no longer honours the link’s consent; re-authorise it with an update-mode session.',
  },
  database_unavailable: {
    status: 503,
    type: 'api_error',
    description: 'Finlet’s database did not answer in time or could not be reached; retry shortly.',
  },
  screening_unavailable: {
    status: 503,
    type: 'api_error',
    description:
      'A required sanctions list could not be loaded or is older than its maximum age; nothing was screened. Retry later.',
  },
  metrics_unavailable: {
    status: 503,
    type: 'api_error',
    description:
      'The metrics of every serving worker could not be collected (a worker or the cluster primary did not answer within 5 s); retry the scrape.',
  },
  internal_error: {
    status: 500,
    type: 'api_error',
    description: 'Something went wrong on Finlet’s side. The request id helps us find it.',
  },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      type: z.enum(ERROR_TYPES),
      code: z.string(),
      message: z.string(),
      param: z.string().optional(),
      request_id: z.string(),
      doc_url: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

export function statusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}
export function typeOf(code: ErrorCode): ErrorType {
  return ERROR_CODES[code].type;
}
