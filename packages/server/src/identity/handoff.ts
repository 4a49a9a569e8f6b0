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
    throw new ApiError(
      (e as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'token_expired' : 'token_invalid',
    );
  }
}

/** Client token or identity hand-off token; sets `session` (open sessions only). */
export function identityAuth(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw new ApiError('token_missing');
    const m = /^Bearer\s+(\S{1,4096})$/.exec(header.trim());
    if (!m) throw new ApiError('token_invalid');
    let sessionId: string;
    let livemode: boolean | undefined;
    try {
      ({ sessionId, livemode } = await deps.tokens.verifyClientToken(m[1]!));
    } catch (e) {
      if (!(e instanceof ApiError) || e.code !== 'token_invalid') throw e;
      sessionId = await verifyHandoff(deps, m[1]!, 'identity');
      c.set('handoff' as never, true as never);
    }
    const [row] = await deps.database.db.select().from(sessions).where(eq(sessions.id, sessionId));
    if (!row || (livemode !== undefined && row.livemode !== livemode)) throw new ApiError('token_invalid');
    const session = await expireIfDue(deps, row);
    if (session.status === 'expired') throw new ApiError('session_expired');
    if (session.status === 'canceled') throw new ApiError('session_canceled');
    if (session.status === 'completed') throw new ApiError('session_completed');
    c.set('session', session);
    await next();
  };
}
