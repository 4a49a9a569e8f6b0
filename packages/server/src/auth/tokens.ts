/**
 * Client and result tokens (docs/architecture.md §3), signed with jose. A token that fails to verify
 * becomes a Finlet code through `ApiError.from` (errors.ts): an expired token is `token_expired`,
 * anything else that fails (signature, issuer, audience, algorithm, shape) is `token_invalid`.
 */

import { randomBase62 } from '@finlet/shared';
import { CompactSign, createLocalJWKSet, type JSONWebKeySet, errors as joseErrors, jwtVerify } from 'jose';
import type { Clock } from '../clock.ts';
import { ApiError } from '../errors.ts';
import { ACCEPTED_ALGS, type KeyStore, MAX_TOKEN_LIFETIME_MS } from './keys.ts';

export const WIDGET_AUDIENCE = 'finlet:widget';
export const RESULT_TOKEN_TTL_MS = 15 * 60 * 1000;
const encoder = new TextEncoder();

/** A client token lives as long as its session, and never more than MAX_TOKEN_LIFETIME_MS. */
export function clientTokenExpiry(sessionExpiresAt: Date, now: Date): Date {
  return new Date(Math.min(sessionExpiresAt.getTime(), now.getTime() + MAX_TOKEN_LIFETIME_MS));
}

export interface Tokens {
  /** The `livemode` claim says which mode the session is in (it is checked against the session). */
  issueClientToken(sessionId: string, sessionExpiresAt: Date, livemode: boolean): Promise<string>;
  /** The session id (`sub`) and mode of a valid client token, or throws an ApiError. */
  verifyClientToken(token: string): Promise<{ sessionId: string; livemode: boolean }>;
  issueResultToken(partnerId: string, sessionId: string, claims: Record<string, unknown>): Promise<string>;
}

export function createTokens(keys: KeyStore, clock: Clock, issuer: string): Tokens {
  // The claims are ours and plain, so they are serialised here and signed as a JWS with jose's
  // CompactSign: SignJWT's claims builder (a structured clone and checks per token) cost as much
  // as the rest of signing on the session-create hot path.
  async function sign(payload: Record<string, unknown>, aud: string, sub: string, expMs: number) {
    const key = await keys.signingKey();
    const now = clock.now().getTime();
    const claims = {
      ...payload,
      iss: issuer,
      aud,
      sub,
      iat: Math.floor(now / 1000),
      exp: Math.floor(expMs / 1000),
      jti: randomBase62(16),
    };
    return new CompactSign(encoder.encode(JSON.stringify(claims)))
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
      .sign(key.privateKey);
  }

  // jose caches imported keys per key-set instance: keep one per snapshot of the published keys
  // (the key store returns the same object until it reloads), so a check costs no key import.
  let keySet: { source: JSONWebKeySet; get: ReturnType<typeof createLocalJWKSet> } | null = null;

  async function verify(token: string, refresh: boolean): Promise<{ sessionId: string; livemode: boolean }> {
    const source = await keys.jwks({ refresh });
    if (keySet?.source !== source) keySet = { source, get: createLocalJWKSet(source) };
    const { payload } = await jwtVerify(token, keySet.get, {
      issuer,
      audience: WIDGET_AUDIENCE,
      algorithms: ACCEPTED_ALGS,
      currentDate: clock.now(),
      requiredClaims: ['sub', 'exp', 'jti'],
    });
    // Tokens from before modes existed carry no claim: they were all test sessions.
    return { sessionId: payload.sub!, livemode: payload.livemode === true };
  }

  return {
    issueClientToken(sessionId, sessionExpiresAt, livemode) {
      const exp = clientTokenExpiry(sessionExpiresAt, clock.now()).getTime();
      return sign({ livemode }, WIDGET_AUDIENCE, sessionId, exp);
    },
    async verifyClientToken(token) {
      try {
        try {
          return await verify(token, false);
        } catch (e) {
          // Another node may have rotated keys since this one cached them.
          if (e instanceof joseErrors.JWKSNoMatchingKey) return await verify(token, true);
          throw e;
        }
      } catch (e) {
        // Any failure, jose's or not, means the token cannot be trusted.
        throw ApiError.from(e, 'token_invalid');
      }
    },
    issueResultToken(partnerId, sessionId, claims) {
      return sign(claims, partnerId, sessionId, clock.now().getTime() + RESULT_TOKEN_TTL_MS);
    },
  };
}
