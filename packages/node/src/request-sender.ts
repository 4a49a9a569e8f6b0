/**
 * Every call to Finlet goes through this one sender (as stripe-node's RequestSender): the API key,
 * an `Idempotency-Key` on every POST (the caller's, or a new UUID), one timeout per attempt, and one
 * retry policy — 429, 5xx and network failures are retried with exponential backoff and jitter,
 * waiting what `Retry-After` asks when the server says — always resending the SAME idempotency key,
 * so a retried POST whose first attempt did reach the server is replayed, never done twice.
 * A refusal it does not retry becomes a FinletError; the typed client above never sees one.
 */
import { errorFromResponse, FinletError } from './errors.ts';

export interface SenderOptions {
  apiKey: string;
  /** Retries after the first attempt (default 2). */
  maxRetries: number;
  /** Per attempt, in milliseconds (default 30 s). */
  timeoutMs: number;
  fetch: typeof fetch;
  /** Waits between attempts; tests pass one that records instead of sleeping. */
  sleep: (ms: number) => Promise<void>;
  userAgent: string;
}

const RETRIED_STATUS = new Set([409, 429, 500, 502, 503, 504]);
/** A Retry-After longer than this is not waited for: the error is handed to the caller instead. */
const MAX_RETRY_AFTER_S = 60;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/** `Retry-After` in seconds (a number of seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Exponential backoff with full jitter, unless the server named its wait. */
function delayMs(attempt: number, retryAfter: number | undefined): number {
  if (retryAfter !== undefined) return retryAfter * 1000;
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/**
 * 409 is retried only for `idempotency_key_in_use` (the first attempt is still running on the
 * server); the server says so in the body, so it is read from a clone.
 */
async function retriable(res: Response): Promise<boolean> {
  if (!RETRIED_STATUS.has(res.status)) return false;
  if (res.status !== 409) return true;
  const body = (await res
    .clone()
    .json()
    .catch(() => undefined)) as { error?: { code?: string } } | undefined;
  return body?.error?.code === 'idempotency_key_in_use';
}

export function createSender(o: SenderOptions): (request: Request) => Promise<Response> {
  return async function send(request: Request): Promise<Response> {
    const headers = new Headers(request.headers);
    headers.set('authorization', `Bearer ${o.apiKey}`);
    headers.set('user-agent', o.userAgent);
    if (request.method === 'POST' && !headers.has('idempotency-key'))
      headers.set('idempotency-key', crypto.randomUUID());
    // Read once: every attempt sends the same bytes.
    const body = request.body === null ? undefined : await request.arrayBuffer();

    for (let attempt = 0; ; attempt++) {
      const last = attempt >= o.maxRetries;
      let res: Response;
      try {
        res = await o.fetch(request.url, {
          method: request.method,
          headers,
          body,
          signal: AbortSignal.timeout(o.timeoutMs),
          redirect: 'error',
        });
      } catch (cause) {
        if (last)
          throw new FinletError({
            code: 'connection_error',
            message: `Could not reach Finlet at ${new URL(request.url).origin}`,
            cause,
          });
        await o.sleep(delayMs(attempt, undefined));
        continue;
      }
      if (res.ok) return res;
      const wait = retryAfterSeconds(res.headers.get('retry-after'));
      const tooLong = wait !== undefined && wait > MAX_RETRY_AFTER_S;
      if (last || tooLong || !(await retriable(res))) throw await errorFromResponse(res, wait);
      await res.body?.cancel();
      await o.sleep(delayMs(attempt, wait));
    }
  };
}
