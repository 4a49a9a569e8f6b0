/**
 * Test control, served only by the e2e stack process (never by the product): mints a client token
 * that is already expired, signed by the real key store, for a real open session of the demo
 * partner (the product caps tokens at 30 minutes, so no test could wait for one to expire); mints a
 * token that expires in a few seconds for a given session; runs the server's expiry for one session
 * as if its `expires_at` had passed; makes the dashboard's first operator as the CLI does; plays
 * a webhook receiver that fails until told to recover; and tells what the scripted Adyen saw (its
 * requests' paths and any departure from Adyen's document).
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { MAX_TOKEN_LIFETIME_MS } from '../../packages/server/src/auth/keys.ts';
import { createTokens } from '../../packages/server/src/auth/tokens.ts';
import { CLI_ACTOR, createInvitation } from '../../packages/server/src/dashboard/team.ts';
import { expireIfDue } from '../../packages/server/src/sessions/lifecycle.ts';
import { sessionQueries } from '../../packages/server/src/sessions/queries.ts';
import type { AdyenFake } from '../../packages/server/test/support/adyen-fake.ts';
import type { Stack } from '../../scripts/stack.ts';
import type { StackInfo } from './ports.ts';

const PAST_MS = 2 * 60 * 60 * 1000;

export async function startControl(port: number, stack: Stack, info: StackInfo, adyen: AdyenFake) {
  const app = new Hono();
  app.get('/ready', (c) => c.json({ ok: true }));
  app.post('/expired-token', async (c) => {
    const res = await fetch(`${info.finlet}/v1/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${info.demoPartner.secret_key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        flows: ['payment'],
        customer: { reference: 'e2e-expired' },
        payment: { amount: 2400, currency: 'EUR', description: 'Field Notebook' },
        allowed_origins: [info.demo],
      }),
    });
    const session = (await res.json()) as { id: string; expires_at: string; livemode: boolean };
    const past = new Date(Date.now() - PAST_MS);
    const tokens = createTokens(stack.server.deps.keys, { now: () => past }, stack.urls.finlet);
    const client_token = await tokens.issueClientToken(
      session.id,
      new Date(session.expires_at),
      session.livemode,
    );
    return c.json({ session_id: session.id, client_token });
  });
  // A client token of this session that expires `seconds` from now (the product's are 30 minutes),
  // so a test can watch the widget renew its token while open.
  app.post('/sessions/:id/short-token', async (c) => {
    const seconds = Number(c.req.query('seconds') ?? 5);
    const { deps } = stack.server;
    const [row] = await sessionQueries(deps.database.db).byId.execute({ id: c.req.param('id') });
    if (!row) return c.json({ error: 'no such session' }, 404);
    const earlier = new Date(Date.now() + seconds * 1000 - MAX_TOKEN_LIFETIME_MS);
    const tokens = createTokens(deps.keys, { now: () => earlier }, stack.urls.finlet);
    return c.json({ client_token: await tokens.issueClientToken(row.id, row.expiresAt, row.livemode) });
  });
  // What the housekeeping sweep does to this session once it is past its expiry (and no other:
  // specs running alongside keep their sessions). Answers the session's status afterwards.
  app.post('/sessions/:id/past-expiry', async (c) => {
    const { deps } = stack.server;
    const [row] = await sessionQueries(deps.database.db).byId.execute({ id: c.req.param('id') });
    if (!row) return c.json({ error: 'no such session' }, 404);
    const later = { now: () => new Date(row.expiresAt.getTime() + 60_000) };
    const after = await expireIfDue({ ...deps, clock: later }, row);
    return c.json({ status: after.status });
  });
  // The dashboard's first operator, made as `finlet users create --operator` makes it.
  app.post('/operator', async (c) => {
    const { email } = (await c.req.json()) as { email: string };
    return c.json(
      await createInvitation(stack.server.deps, CLI_ACTOR, { partnerId: null, email, role: 'operator' }),
    );
  });
  // A webhook receiver that fails (500) until told to recover: the dashboard's redeliver test.
  let hookFails = true;
  const received: string[] = [];
  app.post('/hook', async (c) => {
    received.push(c.req.header('webhook-id') ?? '');
    return c.body(null, hookFails ? 500 : 204);
  });
  app.post('/hook/recover', (c) => {
    hookFails = false;
    return c.json({ received: received.length });
  });
  // Every request the live partner's Adyen received (path and body) and every problem it found.
  app.get('/adyen', (c) =>
    c.json({
      requests: adyen.requests.map((r) => ({ path: r.path, body: r.body })),
      problems: adyen.problems,
    }),
  );
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return { close: () => new Promise<void>((r) => server.close(() => r())) };
}
