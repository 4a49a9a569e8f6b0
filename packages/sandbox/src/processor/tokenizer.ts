/**
 * The processor's browser tokenizer: who may call `/v1/tokens` and from where. A checkout page
 * posts the card straight from the browser to `POST /v1/tokens` with the merchant's publishable key
 * (`ppk_test_…`), so the merchant's server never sees the card number or CVC; the merchant's server
 * then reads the token (`GET /v1/tokens/:id`) and charges it with its secret key (`psk_test_…`).
 * A publishable key is public (it ships in the page), so it can only make tokens: every other
 * route, and reading a token, needs the secret key. CORS is answered only for the configured
 * checkout origins (the Finlet origin): another origin gets no CORS headers, so its page cannot
 * read the answer.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { ProcessorError } from './errors.ts';

export const DEFAULT_PROCESSOR_PUBLISHABLE_KEY = 'ppk_test_sandbox';

export interface KeyConfig {
  /** `psk_test_…`: the merchant server's key, for every route. */
  apiKey: string;
  /** `ppk_test_…`: the browser's key, for `POST /v1/tokens` only. */
  publishableKey: string;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const isTokenising = (c: Context) => c.req.method === 'POST' && c.req.path === '/v1/tokens';

/** CORS for the tokenizer route: preflight answered, headers only for an allowed origin. */
export function tokenizerCors(corsOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(corsOrigins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const ok = origin !== undefined && allowed.has(origin);
    if (c.req.method === 'OPTIONS') {
      if (!ok) return c.body(null, 204);
      return c.body(null, 204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-max-age': '600',
        vary: 'Origin',
      });
    }
    await next();
    c.header('vary', 'Origin');
    if (ok) c.header('access-control-allow-origin', origin);
  };
}

/** Bearer key check for `/v1/*`: the secret key everywhere, the publishable key only to tokenise. */
export function keyAuth(config: KeyConfig): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header?.startsWith('Bearer '))
      throw new ProcessorError('missing_api_key', 'Send Authorization: Bearer psk_test_… (or ppk_test_…).');
    const key = header.slice(7);
    if (sameSecret(key, config.apiKey)) return next();
    if (sameSecret(key, config.publishableKey)) {
      if (isTokenising(c)) return next();
      throw new ProcessorError('publishable_key_not_allowed', 'A publishable key can only create tokens.');
    }
    throw new ProcessorError('invalid_api_key', 'Unknown API key.');
  };
}
