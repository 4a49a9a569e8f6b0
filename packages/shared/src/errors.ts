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

/** code → [HTTP status, type, what it means (README table)] */
export const ERROR_CODES = {
  invalid_json: [400, 'invalid_request_error', 'The body is not valid JSON.'],
  invalid_request: [
    400,
    'invalid_request_error',
    'A parameter is missing, of the wrong type or not allowed.',
  ],
  unknown_parameter: [
    400,
    'invalid_request_error',
    'The body or query has a field the endpoint does not accept.',
  ],
  unsupported_media_type: [415, 'invalid_request_error', 'The body must be application/json.'],
  body_too_large: [413, 'invalid_request_error', 'The request body exceeds the size limit.'],
  invalid_state: [409, 'invalid_request_error', 'The object is not in a state that allows this operation.'],
  flow_not_enabled: [409, 'invalid_request_error', 'The session does not include this flow.'],
  missing_api_key: [401, 'authentication_error', 'No Authorization: Bearer sk_… header was sent.'],
  invalid_api_key: [401, 'authentication_error', 'The secret key is unknown, revoked or expired (rolled).'],
  token_missing: [401, 'authentication_error', 'No client token was sent.'],
  token_invalid: [
    401,
    'authentication_error',
    'The client token is malformed, tampered or not for this audience.',
  ],
  token_expired: [401, 'authentication_error', 'The client token has expired.'],
  invalid_metrics_token: [
    401,
    'authentication_error',
    'GET /metrics needs Authorization: Bearer with the FINLET_METRICS_TOKEN value.',
  ],
  invalid_credentials: [401, 'authentication_error', 'The e-mail address or password is wrong.'],
  not_signed_in: [401, 'authentication_error', 'No dashboard session, or it has ended: sign in again.'],
  passkey_invalid: [
    401,
    'authentication_error',
    'The passkey could not be verified (unknown, stale or forged).',
  ],
  account_locked: [
    429,
    'rate_limit_error',
    'Too many failed sign-ins: the account is locked; retry after the Retry-After seconds.',
  ],
  csrf_failed: [
    403,
    'permission_error',
    'The request came from another origin or without the session’s CSRF token.',
  ],
  insufficient_role: [403, 'permission_error', 'Your dashboard role does not allow this.'],
  invitation_invalid: [
    400,
    'invalid_request_error',
    'The invitation link is unknown, already used, revoked or expired.',
  ],
  email_taken: [
    409,
    'invalid_request_error',
    'A dashboard user or invitation with this e-mail address exists.',
  ],
  weak_password: [
    400,
    'invalid_request_error',
    'The password must be 12 to 200 characters and not only one repeated character.',
  ],
  session_expired: [410, 'invalid_request_error', 'The session has expired.'],
  session_canceled: [410, 'invalid_request_error', 'The session was canceled by the partner.'],
  session_completed: [409, 'invalid_request_error', 'The session is already completed.'],
  permission_denied: [
    403,
    'permission_error',
    'This key may not do that: a test key cannot create or manage live keys or live provider accounts.',
  ],
  origin_not_allowed: [
    403,
    'permission_error',
    'The request origin is not one of the session’s allowed origins.',
  ],
  not_found: [404, 'not_found', 'No such object (or it belongs to another partner).'],
  route_not_found: [404, 'not_found', 'No such endpoint.'],
  method_not_allowed: [405, 'invalid_request_error', 'The endpoint does not accept this method.'],
  idempotency_key_reused: [
    409,
    'idempotency_error',
    'The Idempotency-Key was used with another request body.',
  ],
  idempotency_key_in_use: [409, 'idempotency_error', 'A request with this Idempotency-Key is still running.'],
  rate_limited: [
    429,
    'rate_limit_error',
    'Too many requests for this key; retry after the Retry-After seconds.',
  ],
  provider_error: [
    502,
    'provider_error',
    'An upstream provider failed or answered something Finlet could not read.',
  ],
  provider_unavailable: [
    503,
    'provider_error',
    'The provider is unavailable (circuit open); try again later.',
  ],
  provider_timeout: [504, 'provider_error', 'The provider did not answer in time.'],
  payment_in_progress: [
    409,
    'invalid_request_error',
    'The session already has a payment in flight or paid; no second charge is started.',
  ],
  card_invalid: [
    400,
    'invalid_request_error',
    'The card number, expiry or CVC is not valid (`param` says which).',
  ],
  card_data_not_accepted: [
    400,
    'invalid_request_error',
    "The body carries card fields (number, CVC …): Finlet takes only a token or encrypted fields from the processor's browser tokenizer, and never stores or logs the card.",
  ],
  too_many_card_attempts: [
    429,
    'rate_limit_error',
    'Too many failed card payments in this session, or for this customer reference within the window: no further card attempt is sent to the processor.',
  ],
  refund_exceeds_payment: [
    400,
    'invalid_request_error',
    'The refund is larger than what is left to refund on the payment.',
  ],
  refund_not_supported: [
    400,
    'invalid_request_error',
    'The payment method has no refund through Finlet (pay by bank): refund the customer by a transfer of your own.',
  ],
  invalid_signature: [400, 'invalid_request_error', 'A provider callback is unsigned, forged or stale.'],
  payment_method_unavailable: [
    400,
    'invalid_request_error',
    'The session’s partner takes no payment by this method (no provider account serves it): the payment read’s `methods` lists those it takes.',
  ],
  provider_not_configured: [
    400,
    'invalid_request_error',
    'A live session needs a live provider account for each capability its flows use (`param` says which flows).',
  ],
  link_expired: [
    409,
    'invalid_request_error',
    'The bank no longer honours the link’s consent; re-authorise it with an update-mode session.',
  ],
  database_unavailable: [
    503,
    'api_error',
    'Finlet’s database did not answer in time or could not be reached; retry shortly.',
  ],
  screening_unavailable: [
    503,
    'api_error',
    'A required sanctions list could not be loaded or is older than its maximum age; nothing was screened. Retry later.',
  ],
  metrics_unavailable: [
    503,
    'api_error',
    'The metrics of every worker could not be collected (the cluster primary did not answer); retry the scrape.',
  ],
  internal_error: [
    500,
    'api_error',
    'Something went wrong on Finlet’s side. The request id helps us find it.',
  ],
} as const satisfies Record<string, readonly [number, ErrorType, string]>;

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
  return ERROR_CODES[code][0];
}
export function typeOf(code: ErrorCode): ErrorType {
  return ERROR_CODES[code][1];
}
