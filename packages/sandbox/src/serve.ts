/**
 * Runs one Hono app on its own port and closes it without leaving handles behind: open
 * connections (keep-alive sockets, requests held by a `hang` fault) are destroyed on close.
 */
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { SandboxBank } from './bank-common/shell.ts';

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

export interface ServedBank {
  bank: SandboxBank;
  url: string;
  close(): Promise<void>;
}

/**
 * One sandbox bank on an ephemeral port of 127.0.0.1, for tests and benches: listens first, so
 * `create` gets the bank's URL (its OAuth issuer); requests before the bank exists get 503. `close`
 * closes the bank, then the port.
 */
export async function serveBank(create: (issuer: string) => Promise<SandboxBank>): Promise<ServedBank> {
  let bank: SandboxBank | undefined;
  const server = await listenOn(
    0,
    '127.0.0.1',
    (request) => bank?.app.fetch(request) ?? new Response(null, { status: 503 }),
  );
  const created = await create(server.url);
  bank = created;
  return {
    bank: created,
    url: server.url,
    close: async () => {
      await created.close();
      await server.close();
    },
  };
}
