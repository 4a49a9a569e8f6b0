/**
 * Authenticates the widget API (`/widget/v1/*`) with the session's client token and loads the
 * session, checking its state on every call: a token stays valid only while its session is open —
 * except that a completed session still answers reads (GET), so a frame whose session completed by
 * itself (its last flow reached its final result, sessions/completion.ts) can still show the
 * result and report it to the page. Anything that would change a completed session is refused.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { expireIfDue } from '../sessions/lifecycle.ts';
import { readSession } from '../sessions/read-batch.ts';

export function widgetAuth(deps: Deps, opts: { allowCompleted?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw new ApiError('token_missing');
    const m = /^Bearer\s+(\S{1,4096})$/.exec(header.trim());
    if (!m) throw new ApiError('token_invalid');
    const sessionId = await deps.tokens.verifyClientToken(m[1]!);
    // Grouped with the other widget calls arriving now: one statement for all of them.
    const row = await readSession(deps.database, sessionId);
    if (!row) throw new ApiError('token_invalid');
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
