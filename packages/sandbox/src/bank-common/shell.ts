/**
 * Assembles one sandbox bank as a plain Hono app (`app.fetch(request)` is all a runner needs).
 * oidc-provider is a Koa app that needs real Node request/response objects, so it and the
 * interaction pages that call it run on a private loopback server; the public app answers the
 * fault middleware, the sandbox admin endpoints and the bank API itself, and forwards every other
 * path (`/auth`, `/token`, `/request`, `/jwks`, `/.well-known/openid-configuration`,
 * `/interaction/…`) to that private server with `X-Forwarded-Host`, so the OAuth server sees the
 * public origin (its issuer) and builds its URLs from it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { Hono } from 'hono';
import { type FaultMiddleware, type FaultOptions, faults } from '../faults.ts';
import { type ConsentGate, interactionRoutes } from './interaction.ts';
import type { Ledger } from './ledger.ts';
import type { AuthServer } from './oauth.ts';
import type { PaymentStore } from './payments.ts';

export type BankEnv = { Bindings: HttpBindings };

export interface SandboxBank {
  app: Hono;
  ledger: Ledger;
  /** Its payment initiations, as the bank records them (read by tests and the bench's ledger check). */
  payments: PaymentStore;
  auth: AuthServer;
  faults: FaultMiddleware;
  close(): Promise<void>;
}

export async function assembleBank(o: {
  bank: string;
  auth: AuthServer;
  ledger: Ledger;
  gate: ConsentGate;
  payments: PaymentStore;
  faults?: FaultOptions;
  errorBody: (status: number) => unknown;
  /** Headers every API answer must carry, injected faults included (x-fapi-interaction-id, X-Request-ID). */
  correlation?: (request: Request) => Record<string, string>;
  api: Hono;
}): Promise<SandboxBank> {
  const inner = new Hono<BankEnv>();
  inner.route('/interaction', interactionRoutes(o));
  const oauth = o.auth.provider.callback();
  o.auth.provider.proxy = true;
  inner.all('*', async (c) => {
    await oauth(c.env.incoming, c.env.outgoing);
    return RESPONSE_ALREADY_SENT;
  });
  const server = createServer(getRequestListener(inner.fetch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const innerOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const app = new Hono();
  const faultMiddleware = faults({ errorBody: o.errorBody, ...o.faults });
  const correlation = o.correlation;
  if (correlation) {
    app.use('*', async (c, next) => {
      await next();
      const missing = Object.entries(correlation(c.req.raw)).filter(([name]) => !c.res.headers.has(name));
      if (missing.length === 0) return;
      const res = new Response(c.res.body, c.res);
      for (const [name, value] of missing) res.headers.set(name, value);
      c.res = res;
    });
  }
  // The login pages are for people; injected faults would only break a manual demo there.
  // `/auth` is the browser's first stop on the way to those pages: it is exempt too.
  const forPeople = (path: string) =>
    path.startsWith('/interaction/') || path === '/auth' || path.startsWith('/auth/');
  app.use('*', (c, next) => (forPeople(c.req.path) ? next() : faultMiddleware(c, next)));
  app.get('/health', (c) => c.json({ status: 'ok', provider: o.bank }));
  app.post('/__sandbox/advance', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { days?: unknown };
    const days = typeof body.days === 'number' && body.days > 0 ? body.days : 1;
    return c.json({ ...o.ledger.advance(days), now: o.ledger.now().toISOString() });
  });
  app.route('/', o.api);
  app.all('*', async (c) => {
    const url = new URL(c.req.url);
    const headers = new Headers(c.req.raw.headers);
    headers.set('x-forwarded-host', new URL(o.auth.provider.issuer).host);
    headers.set('x-forwarded-proto', new URL(o.auth.provider.issuer).protocol.replace(':', ''));
    const hasBody = !['GET', 'HEAD'].includes(c.req.method);
    const answer = await fetch(`${innerOrigin}${url.pathname}${url.search}`, {
      method: c.req.method,
      headers,
      body: hasBody ? await c.req.arrayBuffer() : undefined,
      redirect: 'manual',
    });
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
  return {
    app,
    ledger: o.ledger,
    payments: o.payments,
    auth: o.auth,
    faults: faultMiddleware,
    close: async () => {
      faultMiddleware.control.releaseHangs();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
