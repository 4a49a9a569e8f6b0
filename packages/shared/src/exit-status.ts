/**
 * The exit status (docs/architecture.md §4) that ends a widget whose token or session cannot be
 * used, by the server's error code. Zod-free and tiny: the loader reads it when its frame never
 * loaded and the server's embedding check says why.
 */
import type { ExitStatus } from './protocol.ts';

const BY_CODE: Record<string, ExitStatus> = {
  token_missing: 'invalid_token',
  token_invalid: 'invalid_token',
  token_expired: 'expired',
  session_expired: 'expired',
  session_canceled: 'canceled',
  origin_not_allowed: 'origin_not_allowed',
};

/** `error` for any code not listed: the widget cannot run, for a reason no other status names. */
export function exitStatusOf(code: string): ExitStatus {
  return Object.hasOwn(BY_CODE, code) ? BY_CODE[code]! : 'error';
}
