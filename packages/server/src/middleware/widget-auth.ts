/**
 * Authenticates the widget API (`/widget/v1/*`) with the session's client token and loads the
 * session, checking its state on every call: a token stays valid only while its session is open —
 * except that a completed session still answers reads (GET), so a frame whose session completed by
 * itself (its last flow reached its final result, sessions/completion.ts) can still show the
 * result and report it to the page. Anything that would change a completed session is refused.
 * The rate limit counts the session (the token's verified `sub`), not the header's spelling; a bad
 * token is a failed authentication of the client's address (middleware/auth-guard.ts), and both
 * are settled before the session is read from the database.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { expireIfDue } from '../sessions/lifecycle.ts';
import { readSession } from '../sessions/read-batch.ts';
import { guardAuthentication } from './auth-guard.ts';
import { limitRequests } from './rate-limit.ts';

/** The bearer token of the request, or an authentication error. */
export function bearerToken(header: string | undefined): string {
  if (!header) throw new ApiError('token_missing');
  const m = /^Bearer\s+(\S{1,4096})$/.exec(header.trim());
  if (!m) throw new ApiError('token_invalid');
  return m[1]!;
}

export function widgetAuth(deps: Deps, opts: { allowCompleted?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { sessionId, livemode } = await guardAuthentication(deps, c, () =>
      deps.tokens.verifyClientToken(bearerToken(c.req.header('authorization'))),
    );
    await limitRequests(deps.rateLimits, `session:${sessionId}`);
    // Grouped with the other widget calls arriving now: one statement for all of them.
    const row = await readSession(deps.database, sessionId);
    if (!row || row.livemode !== livemode) throw new ApiError('token_invalid');
    const session = await expireIfDue(deps, row);
    if (session.status === 'expired') throw new ApiError('session_expired');
    if (session.status === 'canceled') throw new ApiError('session_canceled');
    if (session.status === 'completed' && !opts.allowCompleted && !isRead(c.req.method)) {
      throw new ApiError('session_completed');
    }
    c.set('session', session);
    await next();
  };
}

/** Requests that change nothing (Hono routes HEAD to GET handlers). */
export function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}
