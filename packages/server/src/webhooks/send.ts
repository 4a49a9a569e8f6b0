/**
 * One webhook HTTP attempt: POST the signed body, wait at most `timeoutMs` for the status line, and
 * classify what happened. Any 2xx is success; redirects are not followed (a 3xx is an `http_error`,
 * and following it could lead past the SSRF guard); an abort by the timeout is `timeout`; refused,
 * reset or closed connections and DNS failures are `network_error`.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { addressProblem, hostOf } from './url-policy.ts';

export type AttemptOutcome = 'succeeded' | 'http_error' | 'timeout' | 'network_error';

export interface AttemptResult {
  outcome: AttemptOutcome;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface SendRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
}

/** Refuses (before connecting) a host that now resolves to an address the policy refuses. */
async function refusedHost(url: string, allowPrivate: boolean): Promise<string | null> {
  const host = hostOf(new URL(url));
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  for (const address of addresses) {
    const problem = addressProblem(address, { allowPrivateWebhooks: allowPrivate });
    if (problem) return `refused: ${host} ${problem}`;
  }
  return null;
}

function describe(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const detail = e.cause?.code ?? e.cause?.message ?? e.message ?? String(err);
  return `${e.name ?? 'Error'}: ${detail}`.slice(0, 300);
}

export async function sendWebhook(req: SendRequest, fetchImpl: typeof fetch): Promise<AttemptResult> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(req.timeoutMs);
  try {
    const refused = await refusedHost(req.url, req.allowPrivate);
    if (refused) return { outcome: 'network_error', statusCode: null, durationMs: took(), error: refused };
    const res = await fetchImpl(req.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Finlet-Webhooks/1.0', ...req.headers },
      body: req.body,
      redirect: 'manual',
      signal,
    });
    // The answer's body is not needed; dropping it frees the connection.
    await res.body?.cancel().catch(() => {});
    const ok = res.status >= 200 && res.status < 300;
    return {
      outcome: ok ? 'succeeded' : 'http_error',
      statusCode: res.status,
      durationMs: took(),
      error: ok ? null : `HTTP ${res.status}`,
    };
  } catch (err) {
    const timedOut = signal.aborted || (err as { name?: string }).name === 'TimeoutError';
    return {
      outcome: timedOut ? 'timeout' : 'network_error',
      statusCode: null,
      durationMs: took(),
      error: timedOut ? `no answer within ${req.timeoutMs} ms` : describe(err),
    };
  }
}
