/**
 * Failed authentication costs the client's address (middleware/rate-limit.ts, `authFailures`): junk
 * tokens, forged signatures and unknown `sk_` keys each take one from its bucket, and an address
 * with none left is answered 429 before its credentials are parsed, verified or looked up — so a
 * flood of bad credentials cannot buy database work. A valid credential from that address waits
 * too: before the lookup nothing tells the two apart.
 */
import { typeOf } from '@finlet/shared';
import type { Context } from 'hono';
import type { Deps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { clientAddress } from './client-address.ts';
import { rateLimited } from './rate-limit.ts';

/** Runs `authenticate` for the request's client address; an authentication error is counted, then thrown. */
export async function guardAuthentication<T>(
  deps: Pick<Deps, 'config' | 'rateLimits'>,
  c: Context,
  authenticate: () => Promise<T>,
): Promise<T> {
  const address = clientAddress(c, deps.config.FINLET_TRUST_PROXY);
  const wait = await deps.rateLimits.authFailures.wait(address);
  if (wait !== null) throw rateLimited(wait);
  try {
    return await authenticate();
  } catch (error) {
    if (error instanceof ApiError && typeOf(error.code) === 'authentication_error') {
      await deps.rateLimits.authFailures.take(address);
    }
    throw error;
  }
}
