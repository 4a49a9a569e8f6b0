/**
 * The exit status the loader reports for a widget that never loaded, by the server's error code:
 * every code that names a reason maps to its status, and any other code (or an inherited object
 * property) is `error`, never undefined.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors.ts';
import { exitStatusOf } from '../src/exit-status.ts';
import { EXIT_STATUSES } from '../src/protocol.ts';

describe('exitStatusOf', () => {
  it.each([
    ['origin_not_allowed', 'origin_not_allowed'],
    ['token_missing', 'invalid_token'],
    ['token_invalid', 'invalid_token'],
    ['token_expired', 'expired'],
    ['session_expired', 'expired'],
    ['session_canceled', 'canceled'],
    ['rate_limited', 'error'],
    ['network', 'error'],
    ['constructor', 'error'],
    ['__proto__', 'error'],
  ])('%s → %s', (code, status) => {
    expect(exitStatusOf(code)).toBe(status);
  });

  it('answers a known exit status for every error code the server has', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(EXIT_STATUSES).toContain(exitStatusOf(code));
  });
});
