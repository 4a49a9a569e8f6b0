/**
 * What a failure means to the user and to the host: which message, whether Retry makes sense,
 * and — for the failures no retry can fix — the exit status the host receives. One table, keyed
 * by the server's stable error codes.
 */
import type { ExitStatus } from '@finlet/shared';
import type { Messages } from '../i18n/i18n.ts';

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

const FATAL: Record<string, [FailureKind, ExitStatus]> = {
  token_missing: ['invalid_token', 'invalid_token'],
  token_invalid: ['invalid_token', 'invalid_token'],
  token_expired: ['expired', 'expired'],
  session_expired: ['expired', 'expired'],
  session_canceled: ['canceled', 'canceled'],
  session_completed: ['completed', 'error'],
  origin_not_allowed: ['origin', 'origin_not_allowed'],
  // The link step explains these itself; Exit there ends the flow with the matching status.
  consent_denied: ['server', 'consent_denied'],
  institution_unavailable: ['server', 'institution_unavailable'],
};

export function failureOf(code: string, status: number): Failure {
  const fatal = FATAL[code];
  if (fatal) return { kind: fatal[0], code, exit: fatal[1], retryable: false };
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

export function failureText(m: Messages, kind: FailureKind): [title: string, body: string] {
  switch (kind) {
    case 'network':
      return [m.errorTitle, m.errorNetwork];
    case 'server':
      return [m.errorTitle, m.errorServer];
    case 'invalid_token':
      return [m.invalidTokenTitle, m.invalidTokenBody];
    case 'expired':
      return [m.expiredTitle, m.expiredBody];
    case 'canceled':
      return [m.canceledTitle, m.canceledBody];
    case 'completed':
      return [m.completedTitle, m.completedBody];
    case 'origin':
      return [m.originTitle, m.originBody];
  }
}
