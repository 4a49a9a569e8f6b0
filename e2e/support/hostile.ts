/**
 * The hostile origin: a plain page on another origin that tests drive to frame Finlet's flow,
 * open the shop in a window and post forged protocol messages. It serves a blank HTML page and
 * nothing else; the attacks run in that page through Playwright.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not a partner</title></head>
<body><main><h1>Hostile page</h1></main></body></html>`;

export async function startHostile(port: number) {
  const app = new Hono();
  app.get('*', (c) => c.html(PAGE));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
