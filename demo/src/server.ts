/**
 * Runs the demo shop on its own port (its own origin): `startDemo()` is what `pnpm start` and the
 * e2e stack call; it resolves once the shop is listening and `close()` stops it gracefully.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createDemoApp } from './app.ts';

export { createDemoApp, type DemoOptions } from './app.ts';

export interface StartDemoOptions {
  port: number;
  /** The shop's origin as the browser sees it, e.g. http://localhost:3000 (the session's allowed origin). */
  publicUrl: string;
  /** Finlet's public URL (API, widget.js, JWKS). */
  finletUrl: string;
  secretKey: string;
  webhookSecret: string;
  /** The demo partner's id: the result token's audience is checked against it. */
  partnerId: string;
  host?: string;
}

export interface RunningDemo {
  url: string;
  close(): Promise<void>;
}

export async function startDemo(opts: StartDemoOptions): Promise<RunningDemo> {
  const app = createDemoApp({
    publicUrl: opts.publicUrl.replace(/\/$/, ''),
    finletUrl: opts.finletUrl.replace(/\/$/, ''),
    secretKey: opts.secretKey,
    webhookSecret: opts.webhookSecret,
    partnerId: opts.partnerId,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host ?? '127.0.0.1' }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: opts.port === port ? opts.publicUrl.replace(/\/$/, '') : `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}
