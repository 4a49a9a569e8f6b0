/**
 * The dispatcher's HTTP client: one webhook attempt over node:http(s) through keep-alive agents,
 * classified exactly as send.ts classifies a fetch attempt (any 2xx succeeds; a 3xx is an
 * `http_error`, never followed; no status line within `timeoutMs` is a `timeout`; refused, reset
 * or closed connections and DNS failures are `network_error`). It exists because fetch costs
 * several times the CPU per request (web streams, AbortSignal, Request/Response objects), which at
 * a thousand deliveries a second is most of the process. When private addresses are not allowed,
 * the agents' DNS lookup refuses them at connect time — the address checked is the one connected to.
 */
import { type LookupAddress, type LookupOptions, lookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { AttemptResult, SendRequest } from './send.ts';
import { isPrivateAddress } from './url-guard.ts';

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** dns.lookup that fails for a name resolving to a private or loopback address. */
function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) {
      const refused: NodeJS.ErrnoException = new Error(
        `refused: ${hostname} resolves to private address ${bad.address}`,
      );
      refused.code = 'EPRIVATE';
      return callback(refused, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
}

function describe(err: NodeJS.ErrnoException): string {
  if (err.code === 'EPRIVATE') return err.message;
  return `${err.name ?? 'Error'}: ${err.code ?? err.message}`.slice(0, 300);
}

export type Sender = (req: SendRequest) => Promise<AttemptResult>;

/** A sender with its own keep-alive connection pools; `allowPrivate` of each request must match. */
export function createHttpSender(allowPrivate: boolean): Sender {
  const agentOptions = {
    keepAlive: true,
    ...(allowPrivate ? {} : { lookup: publicOnlyLookup as unknown as typeof lookup }),
  };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);

  return (req) =>
    new Promise<AttemptResult>((resolve) => {
      const started = performance.now();
      const took = () => Math.round(performance.now() - started);
      let settled = false;
      const finish = (result: Omit<AttemptResult, 'durationMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...result, durationMs: took() });
      };
      const url = new URL(req.url);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (!allowPrivate && isIP(host) && isPrivateAddress(host)) {
        const error = `refused: ${host} resolves to private address ${host}`;
        return resolve({ outcome: 'network_error', statusCode: null, durationMs: took(), error });
      }
      const tls = url.protocol === 'https:';
      const request = (tls ? https : http).request(
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
      const timer = setTimeout(() => {
        finish({ outcome: 'timeout', statusCode: null, error: `no answer within ${req.timeoutMs} ms` });
        request.destroy();
      }, req.timeoutMs);
      request.on('error', (err) =>
        finish({ outcome: 'network_error', statusCode: null, error: describe(err) }),
      );
      request.end(req.body);
    });
}
