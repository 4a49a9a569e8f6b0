/**
 * A webhook receiver for the bench: an HTTP server on 127.0.0.1 that answers 200 to every POST
 * and records, per event, the time from `data.object.enqueued_at` (stamped when the event was
 * recorded) to its arrival. Counts duplicates (delivery is at least once).
 */
import { createServer } from 'node:http';
import type { Scope } from './cleanup.ts';

export interface Receiver {
  url: string;
  received: number;
  distinct: number;
  latencies: number[];
  /** `data.object.id` of every distinct event received. */
  objectIds: Set<string>;
  /** Resolves once `n` distinct events have arrived; rejects after `timeoutMs`. */
  waitFor(n: number, timeoutMs: number): Promise<void>;
  reset(): void;
}

export async function startReceiver(scope: Scope): Promise<Receiver> {
  const seen = new Set<string>();
  let waiter: { n: number; resolve: () => void } | null = null;
  const receiver: Receiver = {
    url: '',
    received: 0,
    distinct: 0,
    latencies: [],
    objectIds: new Set(),
    waitFor(n, timeoutMs) {
      if (seen.size >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`receiver: ${seen.size} of ${n} events after ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiter = {
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
      });
    },
    reset() {
      seen.clear();
      receiver.received = 0;
      receiver.distinct = 0;
      receiver.latencies = [];
      receiver.objectIds = new Set();
    },
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const arrived = performance.timeOrigin + performance.now();
      res.writeHead(200).end();
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        id: string;
        data: { object: { id: string; enqueued_at: number } };
      };
      receiver.received += 1;
      if (seen.has(event.id)) return;
      seen.add(event.id);
      receiver.distinct = seen.size;
      receiver.objectIds.add(event.data.object.id);
      receiver.latencies.push(arrived - event.data.object.enqueued_at);
      if (waiter && seen.size >= waiter.n) {
        waiter.resolve();
        waiter = null;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  scope.defer(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  receiver.url = `http://127.0.0.1:${(server.address() as { port: number }).port}/webhooks`;
  return receiver;
}
