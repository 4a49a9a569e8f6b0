/**
 * Authenticates the widget API (`/widget/v1/*`) with the session's client token and loads the
 * session, checking its state on every call: a token stays valid only while its session is open.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { expireIfDue } from '../sessions/lifecycle.ts';
import { sessionQueries } from '../sessions/queries.ts';

export function widgetAuth(deps: Deps, opts: { allowCompleted?: boolean } = {}): MiddlewareHandler<AppEnv> {
  const queries = sessionQueries(deps.database.db);
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw new ApiError('token_missing');
    const m = /^Bearer\s+(\S{1,4096})$/.exec(header.trim());
    if (!m) throw new ApiError('token_invalid');
    const { sessionId, livemode } = await deps.tokens.verifyClientToken(m[1]!);
    const [row] = await queries.byId.execute({ id: sessionId });
    if (row?.livemode !== livemode) throw new ApiError('token_invalid');
    const session = await expireIfDue(deps, row);
    if (session.status === 'expired') throw new ApiError('session_expired');
    if (session.status === 'canceled') throw new ApiError('session_canceled');
    if (session.status === 'completed' && !opts.allowCompleted) throw new ApiError('session_completed');
    c.set('session', session);
    await next();
  };
}
