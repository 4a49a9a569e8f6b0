/**
 * A real webhook receiver for tests: a node:http server on 127.0.0.1 (ephemeral port) that records
 * every request (headers and raw body) and answers according to `mode`: 2xx, 500, never answer,
 * or destroy the socket. `hold()` keeps every answer back until `release()`, so a test can see what
 * several senders have in flight at once.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceiverMode = 'ok' | 'error' | 'hang' | 'destroy';

export interface Received {
  headers: Record<string, string>;
  body: string;
}

export interface Receiver {
  url: string;
  mode: ReceiverMode;
  received: Received[];
  /** Resolves once `n` requests have arrived in all. */
  waitFor(n: number, timeoutMs?: number): Promise<Received[]>;
  /** From now on, answers wait for `release()`. */
  hold(): void;
  /** Sends every answer held back, and answers at once again. */
  release(): void;
  close(): Promise<void>;
}

const flat = (h: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));

export async function startReceiver(mode: ReceiverMode = 'ok', port = 0): Promise<Receiver> {
  const waiters: (() => void)[] = [];
  let held: (() => void)[] | undefined;
  const r: Receiver = {
    url: '',
    mode,
    received: [],
    async waitFor(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (r.received.length < n) {
        if (Date.now() > deadline) throw new Error(`receiver got ${r.received.length} of ${n} requests`);
        await new Promise<void>((res) => {
          waiters.push(res);
          setTimeout(res, 50);
        });
      }
      return r.received;
    },
    hold() {
      held ??= [];
    },
    release() {
      const answers = held ?? [];
      held = undefined;
      for (const answer of answers) answer();
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((res) => server.close(() => res()));
    },
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      r.received.push({ headers: flat(req.headers), body: Buffer.concat(chunks).toString('utf8') });
      for (const w of waiters.splice(0)) w();
      const answer = () => {
        if (r.mode === 'ok') res.writeHead(204).end();
        else if (r.mode === 'error') res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
        else if (r.mode === 'destroy') req.socket.destroy();
        // 'hang': never answer; close() ends the connection.
      };
      if (held) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((res) => server.listen(port, '127.0.0.1', () => res()));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return r;
}
