/**
 * CSRF protection of the dashboard API, two independent checks on every request that changes
 * something (any method but GET/HEAD): the `Origin` header must be Finlet's own public origin
 * (a browser sets it on every cross-origin and every non-GET fetch; a request without it is
 * refused unless `Sec-Fetch-Site: same-origin`), and a signed-in request must carry its session's
 * CSRF token in `X-CSRF-Token` — which another site can neither read nor guess. The sign-in
 * routes, which have no session yet, get the origin check (no login CSRF).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { Deps } from '../context.ts';
import { ApiError } from '../errors.ts';

export const CSRF_HEADER = 'x-csrf-token';

export const changes = (c: Context) => c.req.method !== 'GET' && c.req.method !== 'HEAD';

export function assertSameOrigin(deps: Pick<Deps, 'config'>, c: Context): void {
  const origin = c.req.header('origin');
  const expected = new URL(deps.config.publicUrl).origin;
  if (origin === expected) return;
  if (origin === undefined && c.req.header('sec-fetch-site') === 'same-origin') return;
  throw new ApiError('csrf_failed');
}

export function assertCsrfToken(c: Context, expected: string): void {
  const sent = Buffer.from(c.req.header(CSRF_HEADER) ?? '');
  const want = Buffer.from(expected);
  if (sent.length !== want.length || !timingSafeEqual(sent, want)) throw new ApiError('csrf_failed');
}
