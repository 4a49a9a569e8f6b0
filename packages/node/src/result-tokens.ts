/**
 * Verifies the result token the widget hands the partner's page on success (a JWT Finlet signs with
 * ES256 or EdDSA: `iss` Finlet's public URL, `aud` the partner's id, `sub` the session id, short
 * `exp`, `livemode`, `status` and the flows' summary), offline against Finlet's published keys at
 * `/.well-known/jwks.json`. jose's failures become FinletError codes here and nowhere else:
 * `result_token_expired`, or `result_token_invalid` for any other (signature, issuer, audience,
 * session, algorithm, shape).
 */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
} from 'jose';
import { FinletError } from './errors.ts';

/** Finlet signs with these; anything else (notably `none` and HMAC) is refused. */
const ALGORITHMS = ['ES256', 'EdDSA'];

export interface ResultTokenClaims extends JWTPayload {
  /** The session id. */
  sub: string;
  livemode: boolean;
  /** The session's status when the token was issued (`completed`). */
  status: string;
  [claim: string]: unknown;
}

export interface VerifyResultTokenOptions {
  /** Your partner id (`aud`): a token issued to another partner is refused. */
  audience: string;
  /** Finlet's JWKS URL, e.g. `https://finlet.example/.well-known/jwks.json` (fetched and cached). */
  jwksUrl?: string | URL;
  /** Or the key set itself. */
  jwks?: JSONWebKeySet;
  /** Finlet's public URL (`iss`); defaults to the JWKS URL's origin. */
  issuer?: string;
  /** Pin the session the token must be about (`sub`). */
  sessionId?: string;
}

type KeyGetter = JWTVerifyGetKey;
// One remote key set per URL, so its cache (and cooldown on unknown `kid`s) spans calls.
const remoteSets = new Map<string, KeyGetter>();

function keysOf(o: VerifyResultTokenOptions): KeyGetter {
  if (o.jwks) return createLocalJWKSet(o.jwks);
  if (!o.jwksUrl) throw new TypeError('resultTokens.verify needs jwksUrl or jwks');
  const url = String(o.jwksUrl);
  const known = remoteSets.get(url);
  if (known) return known;
  const set = createRemoteJWKSet(new URL(url));
  remoteSets.set(url, set);
  return set;
}

export const resultTokens = {
  /** The token's claims once verified; throws FinletError otherwise. */
  async verify(token: string, o: VerifyResultTokenOptions): Promise<ResultTokenClaims> {
    const issuer = o.issuer ?? (o.jwksUrl ? new URL(String(o.jwksUrl)).origin : undefined);
    const keys = keysOf(o);
    try {
      const { payload } = await jwtVerify(token, keys, {
        audience: o.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
        ...(issuer ? { issuer } : {}),
        ...(o.sessionId ? { subject: o.sessionId } : {}),
      });
      return payload as ResultTokenClaims;
    } catch (cause) {
      // The key set could not be fetched: not a verdict on the token.
      if (!(cause instanceof joseErrors.JOSEError) || cause instanceof joseErrors.JWKSTimeout)
        throw new FinletError({ code: 'connection_error', message: "Could not fetch Finlet's keys.", cause });
      const expired = cause instanceof joseErrors.JWTExpired;
      throw new FinletError({
        code: expired ? 'result_token_expired' : 'result_token_invalid',
        message: expired ? 'The result token has expired.' : 'The result token is not valid.',
        cause,
      });
    }
  },
};
