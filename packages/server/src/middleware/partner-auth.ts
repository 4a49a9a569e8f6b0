/**
 * Authenticates the partner API with `Authorization: Bearer sk_…`, sets `partner` and counts the
 * request against the key's rate limit (by key id). A missing, malformed or unknown key is a failed
 * authentication of the client's address (middleware/auth-guard.ts).
 */
import type { MiddlewareHandler } from 'hono';
import { createApiKeyLookup } from '../auth/api-keys.ts';
import type { AppEnv, Deps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { guardAuthentication } from './auth-guard.ts';
import { limitRequests } from './rate-limit.ts';

export function partnerAuth(deps: Deps): MiddlewareHandler<AppEnv> {
  const lookup = createApiKeyLookup(deps);
  return async (c, next) => {
    const partner = await guardAuthentication(deps, c, async () => {
      const header = c.req.header('authorization');
      if (!header) throw new ApiError('missing_api_key');
      const m = /^Bearer\s+(sk_(?:test|live)_[A-Za-z0-9]{16,64})$/.exec(header.trim());
      if (!m) throw new ApiError('invalid_api_key', 'Use Authorization: Bearer sk_test_… or sk_live_….');
      const found = await lookup(m[1]!);
      if (!found) throw new ApiError('invalid_api_key');
      return found;
    });
    await limitRequests(deps.rateLimits, `key:${partner.keyId}`);
    c.set('partner', partner);
    await next();
  };
}
