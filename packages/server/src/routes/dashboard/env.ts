/**
 * The dashboard API's request-scoped values and its two middlewares: `signedIn` (the cookie's
 * session and user, else 401 `not_signed_in`; on a change also the CSRF token) and `allow`
 * (a route's permission, else 403 `insufficient_role`). The Origin check of every change runs for
 * the whole API, signed in or not (routes/dashboard/index.ts).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../../context.ts';
import { assertCsrfToken, changes } from '../../dashboard/csrf.ts';
import { type Permission, requirePermission } from '../../dashboard/roles.ts';
import { currentSession, type SignedIn } from '../../dashboard/sign-in-session.ts';
import type { Owner } from '../../db/ownership.ts';
import { ApiError } from '../../errors.ts';

export interface DashboardEnv {
  Variables: AppEnv['Variables'] & { me: SignedIn };
}

export type Mode = 'test' | 'live';

export function signedIn(deps: Deps): MiddlewareHandler<DashboardEnv> {
  return async (c, next) => {
    const me = await currentSession(deps, c);
    if (!me) throw new ApiError('not_signed_in');
    if (changes(c)) assertCsrfToken(c, me.session.csrfToken);
    c.set('me', me);
    await next();
  };
}

export const allow =
  (permission: Permission): MiddlewareHandler<DashboardEnv> =>
  async (c, next) => {
    requirePermission(c.get('me').user.role, permission);
    await next();
  };

/** The partner and mode whose data a partner user's screen shows (operators have none: 403). */
export function ownerOf(me: SignedIn, mode: Mode): Owner & { partnerId: string } {
  if (!me.user.partnerId) throw new ApiError('insufficient_role');
  return { partnerId: me.user.partnerId, livemode: mode === 'live' };
}
