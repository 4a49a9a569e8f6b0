/**
 * What a failure means to the user and to the host: which title and message, whether Retry makes
 * sense, and — for the failures no retry can fix — the exit status the host receives. Keyed by the
 * server's stable error codes: every code has a message for the customer that says what to do
 * next (`ERROR_MESSAGES`); the code itself goes to the host (`exit`, the `ERROR` event), never
 * onto the screen.
 */
import type { ExitStatus } from '@finlet/shared';
import { type MessageKey, t } from '../i18n/i18n.ts';

export type FailureKind =
  | 'network'
  | 'server'
  | 'invalid_token'
  | 'expired'
  | 'canceled'
  | 'completed'
  | 'origin';

export interface Failure {
  kind: FailureKind;
  code: string;
  /** Set when the flow cannot go on: the host is told with `exit` at once. */
  exit?: ExitStatus;
  /** Trying the same call again may work (network, rate limit, server fault). */
  retryable: boolean;
}

/** The codes no retry can fix: what the screen shows, and the exit status the host receives. */
const FATAL: Record<string, { kind: FailureKind; exit: ExitStatus }> = {
  token_missing: { kind: 'invalid_token', exit: 'invalid_token' },
  token_invalid: { kind: 'invalid_token', exit: 'invalid_token' },
  token_expired: { kind: 'expired', exit: 'expired' },
  session_expired: { kind: 'expired', exit: 'expired' },
  session_canceled: { kind: 'canceled', exit: 'canceled' },
  session_completed: { kind: 'completed', exit: 'error' },
  origin_not_allowed: { kind: 'origin', exit: 'origin_not_allowed' },
  // The link step explains these itself; Exit there ends the flow with the matching status.
  consent_denied: { kind: 'server', exit: 'consent_denied' },
  institution_unavailable: { kind: 'server', exit: 'institution_unavailable' },
};

export function failureOf(code: string, status: number): Failure {
  const fatal = FATAL[code];
  if (fatal) return { ...fatal, code, retryable: false };
  if (status === 0) return { kind: 'network', code, retryable: true };
  if (status === 429 || status >= 500) return { kind: 'server', code, retryable: true };
  return { kind: 'server', code, exit: 'error', retryable: false };
}

/**
 * A session the server still returns but that has expired or was canceled is treated like its error
 * code. A completed one is not a failure: its steps show their results and it ends in `success`.
 */
export function failureOfStatus(status: string): Failure | undefined {
  const code = { expired: 'session_expired', canceled: 'session_canceled' }[status];
  return code ? failureOf(code, 410) : undefined;
}

/**
 * The customer's message for each error code the widget can meet (every code in the server's
 * error table, and the widget's own `network`). Several codes share one message: a customer
 * cannot act differently on a missing API key and an unknown parameter — both need the business.
 */
export const ERROR_MESSAGES: Record<string, MessageKey<'app'>> = {
  network: 'error.network',
  invalid_response: 'error.server',
  internal_error: 'error.server',
  provider_error: 'error.server',
  provider_unavailable: 'error.unavailable',
  provider_timeout: 'error.unavailable',
  rate_limited: 'error.rate_limited',
  invalid_json: 'error.setup',
  invalid_request: 'error.setup',
  unknown_parameter: 'error.setup',
  unsupported_media_type: 'error.setup',
  flow_not_enabled: 'error.setup',
  missing_api_key: 'error.setup',
  invalid_api_key: 'error.setup',
  invalid_metrics_token: 'error.setup',
  permission_denied: 'error.setup',
  not_found: 'error.setup',
  route_not_found: 'error.setup',
  method_not_allowed: 'error.setup',
  invalid_signature: 'error.setup',
  refund_exceeds_payment: 'error.setup',
  refund_not_supported: 'error.setup',
  idempotency_key_reused: 'error.setup',
  idempotency_key_in_use: 'error.in_progress',
  payment_in_progress: 'error.in_progress',
  invalid_state: 'error.invalid_state',
  body_too_large: 'error.too_large',
  link_expired: 'error.link_expired',
  card_invalid: 'error.card_invalid',
  // Raw card fields reach Finlet only from a form that is not Finlet's own: the business must fix it.
  card_data_not_accepted: 'error.setup',
  too_many_card_attempts: 'error.card_attempts',
  token_missing: 'error.invalid_token',
  token_invalid: 'error.invalid_token',
  token_expired: 'error.expired',
  session_expired: 'error.expired',
  session_canceled: 'error.canceled',
  session_completed: 'error.completed',
  origin_not_allowed: 'error.origin',
  // The business has no provider for this flow in live mode: only it can fix that.
  provider_not_configured: 'error.setup',
  database_unavailable: 'error.unavailable',
  screening_unavailable: 'error.unavailable',
  metrics_unavailable: 'error.unavailable',
  // The widget offers only the methods the read lists; this answers a page that asked for another.
  payment_method_unavailable: 'error.setup',
  // Dashboard sign-in and team codes: the widget never meets them, a customer could not act on them.
  invalid_credentials: 'error.setup',
  not_signed_in: 'error.setup',
  passkey_invalid: 'error.setup',
  account_locked: 'error.setup',
  csrf_failed: 'error.setup',
  insufficient_role: 'error.setup',
  invitation_invalid: 'error.setup',
  email_taken: 'error.setup',
  weak_password: 'error.setup',
};

const TITLES: Record<FailureKind, MessageKey<'app'>> = {
  network: 'failure.error',
  server: 'failure.error',
  invalid_token: 'failure.invalid_token',
  expired: 'failure.expired',
  canceled: 'failure.canceled',
  completed: 'failure.completed',
  origin: 'failure.origin',
};

/** The message for an error code; a code the table does not know reads like a server fault. */
export function errorMessage(code: string, format = t): string {
  return format('app', ERROR_MESSAGES[code] ?? (code.startsWith('http_4') ? 'error.setup' : 'error.server'));
}

/** Title and body of the error screen, in the active locale (or, with `format`, another one). */
export function failureText(
  failure: Pick<Failure, 'kind' | 'code'>,
  format = t,
): [title: string, body: string] {
  return [format('app', TITLES[failure.kind]), errorMessage(failure.code, format)];
}
