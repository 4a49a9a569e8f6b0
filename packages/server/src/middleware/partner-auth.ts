/** Authenticates the partner API with `Authorization: Bearer sk_…` and sets `partner`. */
import type { MiddlewareHandler } from 'hono';
import { createApiKeyLookup } from '../auth/api-keys.ts';
import type { AppEnv, Deps } from '../context.ts';
import { ApiError } from '../errors.ts';

export function partnerAuth(deps: Deps): MiddlewareHandler<AppEnv> {
  const lookup = createApiKeyLookup(deps);
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw new ApiError('missing_api_key');
    const m = /^Bearer\s+(sk_(?:test|live)_[A-Za-z0-9]{16,64})$/.exec(header.trim());
    if (!m) throw new ApiError('invalid_api_key', 'Use Authorization: Bearer sk_test_… or sk_live_….');
    const partner = await lookup(m[1]!);
    if (!partner) throw new ApiError('invalid_api_key');
    c.set('partner', partner);
    await next();
  };
}
