/**
 * Test support: serve a Hono app on 127.0.0.1 with an ephemeral port, and a small HTTP receiver
 * that records what providers post to it (callbacks). Real sockets, no mocks.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export async function listen(app: Hono): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}

export interface ReceivedPost {
  headers: IncomingHttpHeaders;
  body: string;
}

/** An HTTP endpoint that keeps every POST it receives and answers 200 (500 for the first `failFirst`). */
export async function receiver(
  options: { failFirst?: number } = {},
): Promise<Listening & { received: ReceivedPost[]; waitFor(n: number): Promise<void> }> {
  const received: ReceivedPost[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const failing = received.length <= (options.failFirst ?? 0);
      res.writeHead(failing ? 500 : 200, { 'content-type': 'application/json' }).end(`{"ok":${!failing}}`);
      for (const w of waiters.splice(0)) w();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const waitFor = async (n: number) => {
    const deadline = Date.now() + 5000;
    while (received.length < n) {
      if (Date.now() > deadline) throw new Error(`expected ${n} posts, got ${received.length}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 100);
      });
    }
  };
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    waitFor,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
