/**
 * The dispatcher's HTTP client: one webhook attempt over node:http(s) through keep-alive agents,
 * classified exactly as send.ts classifies a fetch attempt (any 2xx succeeds; a 3xx is an
 * `http_error`, never followed; no status line within `timeoutMs` is a `timeout`; refused, reset
 * or closed connections and DNS failures are `network_error`). It exists because fetch costs
 * several times the CPU per request (web streams, AbortSignal, Request/Response objects), which at
 * a thousand deliveries a second is most of the process. The agents' DNS lookup refuses the
 * addresses the URL policy refuses (url-policy.ts) at connect time — the address checked is the one
 * connected to. Whatever goes wrong, the promise resolves with a classified attempt; it never rejects.
 */
import { type LookupAddress, type LookupOptions, lookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { AttemptResult, SendRequest } from './send.ts';
import { addressProblem, hostOf, type WebhookUrlPolicy } from './url-policy.ts';

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** dns.lookup that fails for a name resolving to an address the policy refuses. */
function guardedLookup(policy: WebhookUrlPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      for (const a of addresses) {
        const problem = addressProblem(a.address, policy);
        if (problem) {
          const refused: NodeJS.ErrnoException = new Error(`refused: ${hostname} ${problem}`);
          refused.code = 'EREFUSEDADDRESS';
          return callback(refused, []);
        }
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

function describe(err: NodeJS.ErrnoException): string {
  if (err.code === 'EREFUSEDADDRESS') return err.message;
  return `${err.name ?? 'Error'}: ${err.code ?? err.message}`.slice(0, 300);
}

export type Sender = (req: SendRequest) => Promise<AttemptResult>;

/** A sender with its own keep-alive connection pools; `allowPrivate` of each request must match. */
export function createHttpSender(allowPrivate: boolean): Sender {
  const policy = { allowPrivateWebhooks: allowPrivate };
  const agentOptions = { keepAlive: true, lookup: guardedLookup(policy) as unknown as typeof lookup };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);

  return (req) =>
    new Promise<AttemptResult>((resolve) => {
      const started = performance.now();
      const took = () => Math.round(performance.now() - started);
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (result: Omit<AttemptResult, 'durationMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...result, durationMs: took() });
      };
      const fail = (error: string) => finish({ outcome: 'network_error', statusCode: null, error });
      let url: URL;
      try {
        url = new URL(req.url);
      } catch {
        return fail('refused: not a URL');
      }
      // node:http would throw on any other scheme (ftp:, file:…) before a request exists.
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return fail(`refused: an ${url.protocol} URL`);
      const host = hostOf(url);
      const problem = isIP(host) ? addressProblem(host, policy) : null;
      if (problem) return fail(`refused: ${host} ${problem}`);
      const tls = url.protocol === 'https:';
      let request: http.ClientRequest;
      try {
        request = (tls ? https : http).request(
          url,
          {
            method: 'POST',
            agent: tls ? httpsAgent : httpAgent,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(req.body),
              'user-agent': 'Finlet-Webhooks/1.0',
              ...req.headers,
            },
          },
          (res) => {
            // The answer's body is not needed; draining it returns the connection to the pool.
            res.resume();
            res.on('error', () => {});
            const status = res.statusCode ?? 0;
            const ok = status >= 200 && status < 300;
            finish({
              outcome: ok ? 'succeeded' : 'http_error',
              statusCode: status,
              error: ok ? null : `HTTP ${status}`,
            });
          },
        );
      } catch (err) {
        return fail(describe(err as NodeJS.ErrnoException));
      }
      timer = setTimeout(() => {
        finish({ outcome: 'timeout', statusCode: null, error: `no answer within ${req.timeoutMs} ms` });
        request.destroy();
      }, req.timeoutMs);
      request.on('error', (err) => fail(describe(err)));
      request.end(req.body);
    });
}
