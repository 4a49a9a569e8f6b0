/**
 * `redirect_uri` (issue 12, item 2): where the bank callback page sends the user back in redirect
 * mode. Only https (http only for a loopback host outside production), never another scheme, and
 * its origin must be one of the session's `allowed_origins`; a value stored before this rule (or
 * written to the database by hand) is never rendered by the callback page.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThroughBank } from '../../../sandbox/src/bank-common/login-driver.ts';
import { createApp } from '../../src/app.ts';
import { sessions } from '../../src/db/schema.ts';
import { type LinkWorld, linkSession, startLinkWorld, widget } from '../link/support.ts';
import { sessionBody, type TestResponse } from '../support/harness.ts';

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld();
});
afterAll(() => world.close());

const create = async (over: Record<string, unknown>, app = world.ctx.app): Promise<TestResponse> =>
  app.request('/v1/sessions', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${world.ctx.partner.secretKey}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(sessionBody(over)),
  });

describe('redirect_uri at session creation', () => {
  it.each([
    ['a javascript: URL', 'javascript:alert(document.domain)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a foreign https origin', 'https://attacker.example/phish'],
    ['an allowed host on another port', 'https://shop.example:8443/back'],
    ['plain http to an allowed host name', 'http://shop.example/back'],
    ['credentials in the URL', 'https://user:pass@shop.example/back'],
    ['an ftp URL', 'ftp://shop.example/back'],
    ['not a URL', '/checkout/back'],
  ])('refuses %s with 400 invalid_request on redirect_uri', async (_name, redirect_uri) => {
    const res = await create({ redirect_uri });
    const body = await res.json();
    expect([res.status, body.error?.code, body.error?.param]).toEqual([
      400,
      'invalid_request',
      'redirect_uri',
    ]);
  });

  it('accepts an https URL on one of the allowed origins, with path and query', async () => {
    const res = await create({ redirect_uri: 'https://shop.example/checkout/return?order=1001' });
    expect(res.status).toBe(201);
    expect((await res.json()).redirect_uri).toBe('https://shop.example/checkout/return?order=1001');
  });

  it('allows http to a loopback host outside production, and refuses it in production', async () => {
    const partner = await world.ctx.newPartner('Local Shop', [
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ]);
    const body = (redirect_uri: string) =>
      JSON.stringify(
        sessionBody({ allowed_origins: ['http://localhost:3000', 'http://127.0.0.1:3000'], redirect_uri }),
      );
    const headers = { authorization: `Bearer ${partner.secretKey}`, 'content-type': 'application/json' };
    for (const uri of ['http://localhost:3000/back', 'http://127.0.0.1:3000/back']) {
      const dev = await world.ctx.app.request('/v1/sessions', { method: 'POST', headers, body: body(uri) });
      expect(dev.status, uri).toBe(201);
    }
    const production = createApp({
      ...world.ctx.deps,
      config: { ...world.ctx.deps.config, NODE_ENV: 'production' },
    });
    const prod: TestResponse = await production.request('/v1/sessions', {
      method: 'POST',
      headers,
      body: body('http://localhost:3000/back'),
    });
    const json = await prod.json();
    expect([prod.status, json.error?.code, json.error?.param]).toEqual([
      400,
      'invalid_request',
      'redirect_uri',
    ]);
  });
});

/** Runs the link flow in redirect mode up to Finlet's callback page and returns that page's HTML. */
async function redirectModeCallback(storedRedirectUri?: string) {
  const session = await linkSession(world.ctx, { redirect_uri: 'https://shop.example/checkout' });
  if (storedRedirectUri !== undefined) {
    // A value stored before the rule existed (or written by hand): the page must not trust it.
    await world.ctx.deps.database.db
      .update(sessions)
      .set({ redirectUri: storedRedirectUri })
      .where(eq(sessions.id, session.id));
  }
  const started = await widget(world.ctx, session.client_token)('POST', '/link/start', {
    institution: 'sandbox-bank-uk',
    mode: 'redirect',
  });
  const start = await started.json();
  expect(started.status, JSON.stringify(start)).toBe(200);
  const outcome = await loginThroughBank(start.authorization_url, {
    username: 'user_good',
    password: 'pass_good',
  });
  if (outcome.kind !== 'redirect') throw new Error(`bank login: ${JSON.stringify(outcome)}`);
  const page = await world.ctx.app.request(`${outcome.url.pathname}${outcome.url.search}`);
  return { session, status: page.status, html: await page.text() };
}

describe('the callback page in redirect mode', () => {
  it('returns the user to redirect_uri with finlet_resume', async () => {
    const { session, status, html } = await redirectModeCallback();
    expect(status).toBe(200);
    expect(html).toContain(`data-return="https://shop.example/checkout?finlet_resume=${session.id}"`);
  });

  it.each([
    ['a stored javascript: URL', 'javascript:alert(document.domain)'],
    ['a stored foreign origin', 'https://attacker.example/phish'],
    ['a stored value that is not a URL', 'not a url'],
  ])('never renders %s', async (_name, stored) => {
    const { status, html } = await redirectModeCallback(stored);
    expect(status).toBe(200);
    expect(html).toContain('data-return=""');
    expect(html).not.toMatch(/javascript:|attacker\.example|not a url/);
  });
});
