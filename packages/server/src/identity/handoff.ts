/**
 * "Continue on phone": a short-lived hand-off token (audience `finlet:handoff`, at most 10 minutes,
 * bound to one session and one step) that lets a phone open the identity step of the same session.
 * `identityAuth` accepts either the session's client token or a hand-off token for the identity
 * step, and checks the session is still open on every call, like the widget's own auth.
 */
import { randomBase62 } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { TOKEN_ALG } from '../auth/keys.ts';
import type { AppEnv, Deps } from '../context.ts';
import { sessions } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { guardAuthentication } from '../middleware/auth-guard.ts';
import { limitRequests } from '../middleware/rate-limit.ts';
import { bearerToken, isRead } from '../middleware/widget-auth.ts';
import { expireIfDue } from '../sessions/lifecycle.ts';

export const HANDOFF_AUDIENCE = 'finlet:handoff';
export const HANDOFF_TTL_MS = 10 * 60 * 1000;

export async function issueHandoffToken(deps: Deps, sessionId: string, sessionExpiresAt: Date, step: string) {
  const key = await deps.keys.signingKey();
  const now = deps.clock.now().getTime();
  const exp = Math.min(now + HANDOFF_TTL_MS, sessionExpiresAt.getTime());
  const token = await new SignJWT({ step })
    .setProtectedHeader({ alg: TOKEN_ALG, kid: key.kid, typ: 'JWT' })
    .setIssuer(deps.config.publicUrl)
    .setAudience(HANDOFF_AUDIENCE)
    .setSubject(sessionId)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(exp / 1000))
    .setJti(randomBase62(16))
    .sign(key.privateKey);
  return { token, expiresAt: new Date(exp) };
}

async function verifyHandoff(deps: Deps, token: string, step: string): Promise<string> {
  try {
    const { payload } = await jwtVerify(token, createLocalJWKSet(await deps.keys.jwks({ refresh: false })), {
      issuer: deps.config.publicUrl,
      audience: HANDOFF_AUDIENCE,
      algorithms: [TOKEN_ALG],
      currentDate: deps.clock.now(),
      requiredClaims: ['sub', 'exp', 'jti'],
    });
    if (payload.step !== step) throw new Error('other step');
    return payload.sub!;
  } catch (e) {
    throw ApiError.from(e, 'token_invalid');
  }
}

/** Client token or identity hand-off token; sets `session` (open sessions only). */
export function identityAuth(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Like widgetAuth: a bad token counts against the client's address, the session's rate limit
    // against the session, both before the session is read. A hand-off token carries no mode.
    let livemode: boolean | undefined;
    const sessionId = await guardAuthentication(deps, c, async () => {
      const token = bearerToken(c.req.header('authorization'));
      try {
        const verified = await deps.tokens.verifyClientToken(token);
        livemode = verified.livemode;
        return verified.sessionId;
      } catch (e) {
        if (!(e instanceof ApiError) || e.code !== 'token_invalid') throw e;
        const id = await verifyHandoff(deps, token, 'identity');
        c.set('handoff' as never, true as never);
        return id;
      }
    });
    await limitRequests(deps.rateLimits, `session:${sessionId}`);
    const [row] = await deps.database.db.select().from(sessions).where(eq(sessions.id, sessionId));
    if (!row || (livemode !== undefined && row.livemode !== livemode)) throw new ApiError('token_invalid');
    const session = await expireIfDue(deps, row);
    if (session.status === 'expired') throw new ApiError('session_expired');
    if (session.status === 'canceled') throw new ApiError('session_canceled');
    // Reads still answer: the waiting screen sees the decision that completed the session.
    if (session.status === 'completed' && !isRead(c.req.method)) throw new ApiError('session_completed');
    c.set('session', session);
    await next();
  };
}
