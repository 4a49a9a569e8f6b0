/**
 * Runs one Hono app on its own port and closes it without leaving handles behind: open
 * connections (keep-alive sockets, requests held by a `hang` fault) are destroyed on close.
 */
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

type Fetch = (request: Request) => Response | Promise<Response>;

/** Listens first, so the caller knows the final URL before it builds the app that answers. */
export async function listenOn(port: number, host: string, fetch: Fetch): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      return closing;
    },
  };
}
