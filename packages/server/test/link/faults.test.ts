/**
 * Bank faults, injected by the sandbox banks themselves (real HTTP): with 30 % of bank calls
 * answering 5xx or hanging the link still completes; a 429 is retried after its Retry-After; a
 * malformed bank body becomes `provider_error` (502), never a 500; repeated failures open the
 * institution's circuit breaker, which the directory shows as `degraded`.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type LinkWorld, linkBank, linkSession, startLinkWorld, syncAll, widget } from './support.ts';

/** mulberry32: the fault draws are the same on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld({ env: { FINLET_BANK_TIMEOUT_MS: '400' } });
});
afterAll(() => world.close());

const queueFault = (url: string, spec: string, count: number, path?: string) =>
  fetch(`${url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ spec, count, ...(path ? { path } : {}) }),
  });

it('completes a link and a full sync while 30 % of bank calls fail with 503 or hang', async () => {
  const faulty = await startLinkWorld({
    bank: { faults: { rates: { error5xx: 0.2, hang: 0.1 }, random: seeded(42) } },
    // Long enough that only the injected hangs time out: a slow answer on a loaded machine taken
    // for one (300 ms) added a fault the seeded sequence does not have, and could open the breaker.
    env: { FINLET_BANK_TIMEOUT_MS: '1500' },
  });
  try {
    for (const institution of ['sandbox-bank-uk', 'sandbox-bank-eu']) {
      const { linkId } = await linkBank(faulty.ctx, institution, 'user_pending');
      const first = await syncAll(faulty.ctx, linkId);
      expect(first.added.length).toBeGreaterThan(3);
      const again = await syncAll(faulty.ctx, linkId, first.cursor);
      // The first full read booked user_pending's pending transactions at the bank and three new
      // pending ones appeared: those are new, but nothing seen before may come back as added.
      const seen = new Set(first.added.map((t) => t.bank_reference));
      expect(again.added.filter((t) => seen.has(t.bank_reference))).toEqual([]);
      expect(again.added.length).toBeLessThanOrEqual(3);
      const ids = first.added.map((t) => t.bank_reference);
      expect(new Set(ids).size).toBe(ids.length);
    }
  } finally {
    await faulty.close();
  }
}, 120_000);

it('waits for Retry-After on a 429 and then succeeds', async () => {
  const { ctx, uk } = world;
  const { linkId } = await linkBank(ctx, 'sandbox-bank-uk', 'user_good');
  const account = (await (await ctx.api('GET', `/v1/accounts?link=${linkId}`)).json()).data[0];
  await queueFault(uk.url, 'rate_limit=1', 1, '/open-banking/v4.0/aisp/accounts');
  const started = Date.now();
  const res = await ctx.api('GET', `/v1/accounts/${account.id}/balance`);
  expect(res.status).toBe(200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(950);
});

it('turns a malformed bank body into provider_error, never a 500', async () => {
  const { ctx, eu } = world;
  const { linkId } = await linkBank(ctx, 'sandbox-bank-eu', 'user_good');
  const account = (await (await ctx.api('GET', `/v1/accounts?link=${linkId}`)).json()).data[0];
  await queueFault(eu.url, 'malformed', 10, '/v1/accounts');
  const res = await ctx.api('GET', `/v1/accounts/${account.id}/balance`);
  expect(res.status).toBe(502);
  expect((await res.json()).error.code).toBe('provider_error');
  await fetch(`${eu.url}/__sandbox/faults`, { method: 'DELETE' });
});

it('opens the breaker after repeated failures and shows the bank as degraded', async () => {
  const { ctx, uk } = world;
  const session = await linkSession(ctx);
  const w = widget(ctx, session.client_token);
  const healthOf = async () =>
    (await (await w('GET', '/institutions?query=uk')).json()).data.find(
      (i: any) => i.id === 'sandbox-bank-uk',
    ).health;
  expect(await healthOf()).toBe('healthy');
  await queueFault(uk.url, 'status=503', 50);
  const start = await w('POST', '/link/start', { institution: 'sandbox-bank-uk' });
  expect(start.status).toBe(503);
  expect((await start.json()).error.code).toBe('provider_unavailable');
  expect(await healthOf()).toBe('degraded');
  // While open, calls fail fast without reaching the bank.
  const pending = ((await (await fetch(`${uk.url}/__sandbox/faults`)).json()) as any).pending[0].remaining;
  expect((await w('POST', '/link/start', { institution: 'sandbox-bank-uk' })).status).toBe(503);
  expect(((await (await fetch(`${uk.url}/__sandbox/faults`)).json()) as any).pending[0].remaining).toBe(
    pending,
  );
  await fetch(`${uk.url}/__sandbox/faults`, { method: 'DELETE' });
  // After the cool-down one trial call goes through and closes the breaker again.
  ctx.clock.advance(31_000);
  expect((await w('POST', '/link/start', { institution: 'sandbox-bank-uk' })).status).toBe(200);
  expect(await healthOf()).toBe('healthy');
});

it('reports a denied consent as consent_denied in the widget view and the callback page', async () => {
  const { ctx } = world;
  const { authorise } = await import('./support.ts');
  const session = await linkSession(ctx);
  const { page } = await authorise(ctx, session.client_token, 'sandbox-bank-eu', {
    username: 'user_deny',
    password: 'pass_good',
    decision: 'deny',
  });
  expect(page?.html).toContain('data-status="failed"');
  const view = await (await widget(ctx, session.client_token)('GET', '/link')).json();
  expect(view).toMatchObject({ status: 'failed', error: 'consent_denied' });
});
