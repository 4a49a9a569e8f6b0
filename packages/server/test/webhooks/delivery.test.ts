import { eq } from 'drizzle-orm';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { webhookEndpoints } from '../../src/db/schema.ts';
import { createDispatcher, type Dispatcher } from '../../src/webhooks/dispatcher.ts';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { latestEvent, type Scenario, scenario } from './scenario.ts';

const TIMEOUT_MS = 1500;
let t: TestContext;
let dispatcher: Dispatcher;
const open: Scenario[] = [];
beforeAll(async () => {
  // Short enough for the receiver that never answers, long enough that a loaded machine's slow
  // answer is not taken for one (300 ms was, now and then: an attempt recorded as a timeout).
  t = await createTestContext({ FINLET_WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS) });
  dispatcher = createDispatcher(t.deps, { random: () => 0.5 });
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
afterAll(() => t.close());

async function setup(opts: Parameters<typeof scenario>[1] = {}) {
  const s = await scenario(t, opts);
  open.push(s);
  return s;
}

describe('webhook delivery', () => {
  it('delivers session.canceled, signed so the official standardwebhooks library verifies it', async () => {
    const s = await setup();
    const sessionId = await s.cancelSession();
    expect(await dispatcher.runOnce()).toBe(1);
    const [req] = s.receiver.received;
    expect(req).toBeDefined();
    const payload = new Webhook(s.endpoint.secret).verify(req!.body, req!.headers) as Record<string, any>;
    expect(payload).toMatchObject({
      object: 'event',
      type: 'session.canceled',
      data: { object: { id: sessionId, object: 'session', status: 'canceled' } },
    });
    expect(Object.keys(payload).sort()).toEqual(['created_at', 'data', 'id', 'livemode', 'object', 'type']);
    expect(payload.livemode).toBe(false);
    expect(req!.headers['webhook-id']).toBe(payload.id);
    expect(payload.id).toMatch(/^evt_/);
    expect(req!.headers['content-type']).toBe('application/json');
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(24, 7).toString('base64')}`).verify(req!.body, req!.headers),
    ).toThrow(WebhookVerificationError);
    const event = await latestEvent(s);
    expect(event.id).toBe(payload.id);
    // The body is the event resource exactly as the API shows it.
    expect(payload).toEqual({
      id: event.id,
      object: 'event',
      livemode: false,
      type: event.type,
      created_at: event.created_at,
      data: event.data,
    });
    expect(event.deliveries).toEqual([
      { endpoint_id: s.endpoint.id, status: 'succeeded', attempts: 1, next_attempt_at: null },
    ]);
    expect(event.attempts).toMatchObject([
      { endpoint_id: s.endpoint.id, attempt: 1, status_code: 204, outcome: 'succeeded' },
    ]);
    expect(await dispatcher.runOnce()).toBe(0);
    expect(s.receiver.received).toHaveLength(1);
  });

  it('sends only the event types an endpoint enabled', async () => {
    const s = await setup({ enabledEvents: ['session.completed'] });
    await s.cancelSession();
    expect(await dispatcher.runOnce()).toBe(0);
    expect(s.receiver.received).toHaveLength(0);
    const event = await latestEvent(s);
    expect(event.type).toBe('session.canceled');
    expect(event.deliveries).toEqual([]);
    const list = await (await s.api('GET', '/v1/events?type=session.completed')).json();
    expect(list.data).toEqual([]);
    const all = await (await s.api('GET', '/v1/events?type=session.canceled')).json();
    expect(all.data.map((e: { id: string }) => e.id)).toEqual([event.id]);
  });

  it('retries a 500 on the schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), then marks it failed', async () => {
    const s = await setup({ mode: 'error' });
    await s.cancelSession();
    const delays = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];
    expect(await dispatcher.runOnce()).toBe(1);
    for (const [i, delay] of delays.entries()) {
      const event = await latestEvent(s);
      expect(event.deliveries[0]).toMatchObject({ status: 'pending', attempts: i + 1 });
      expect(new Date(event.deliveries[0].next_attempt_at).getTime() - t.clock.now().getTime()).toBe(delay);
      t.clock.advance(delay - 1);
      expect(await dispatcher.runOnce(), `before retry ${i + 1}`).toBe(0);
      t.clock.advance(1);
      expect(await dispatcher.runOnce(), `retry ${i + 1}`).toBe(1);
    }
    expect(s.receiver.received).toHaveLength(8);
    const event = await latestEvent(s);
    expect(event.deliveries).toEqual([
      { endpoint_id: s.endpoint.id, status: 'failed', attempts: 8, next_attempt_at: null },
    ]);
    expect(event.attempts).toHaveLength(8);
    expect(event.attempts.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const a of event.attempts) expect(a).toMatchObject({ outcome: 'http_error', status_code: 500 });
    t.clock.advance(48 * 3_600_000);
    expect(await dispatcher.runOnce()).toBe(0);

    // Replay after the receiver is fixed.
    s.receiver.mode = 'ok';
    const res = await s.api('POST', `/v1/events/${event.id}/redeliver`);
    expect(res.status).toBe(200);
    expect((await res.json()).deliveries[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await dispatcher.runOnce()).toBe(1);
    const after = await latestEvent(s);
    expect(after.deliveries[0]).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(after.attempts).toHaveLength(9);
    expect(after.attempts[8]).toMatchObject({ outcome: 'succeeded', status_code: 204 });
    const req = s.receiver.received[8]!;
    expect(new Webhook(s.endpoint.secret).verify(req.body, req.headers)).toMatchObject({ id: event.id });
  });

  it('records a receiver that never answers as a timeout', async () => {
    const s = await setup({ mode: 'hang' });
    await s.cancelSession();
    const started = performance.now();
    expect(await dispatcher.runOnce()).toBe(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 10);
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 5_000);
    const event = await latestEvent(s);
    expect(event.attempts).toHaveLength(1);
    expect(event.attempts[0]).toMatchObject({ outcome: 'timeout', status_code: null });
    expect(event.attempts[0].duration_ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 10);
    expect(event.deliveries[0]).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('records a dropped connection and a refused connection as network errors', async () => {
    const s = await setup({ mode: 'destroy' });
    await s.cancelSession();
    expect(await dispatcher.runOnce()).toBe(1);
    expect(s.receiver.received).toHaveLength(1);
    let event = await latestEvent(s);
    expect(event.attempts[0]).toMatchObject({ outcome: 'network_error', status_code: null });

    await s.receiver.close(); // now nothing listens on that port
    t.clock.advance(5_000);
    expect(await dispatcher.runOnce()).toBe(1);
    event = await latestEvent(s);
    expect(event.attempts.map((a: { outcome: string }) => a.outcome)).toEqual([
      'network_error',
      'network_error',
    ]);
    expect(event.deliveries[0]).toMatchObject({ status: 'pending', attempts: 2 });
  });

  it('refuses at delivery time a URL that now points at a private address (production guard)', async () => {
    const s = await setup();
    const production = { ...t.deps, config: { ...t.deps.config, allowPrivateWebhooks: false } };
    const guarded = createDispatcher(production, { random: () => 0.5 });
    await s.cancelSession();
    expect(await guarded.runOnce()).toBe(1);
    // The name was public when the endpoint was created; now it resolves to loopback.
    await t.deps.database.db
      .update(webhookEndpoints)
      .set({ url: s.receiver.url.replace('127.0.0.1', 'localhost') })
      .where(eq(webhookEndpoints.id, s.endpoint.id));
    t.clock.advance(5_000);
    expect(await guarded.runOnce()).toBe(1);
    expect(s.receiver.received).toHaveLength(0);
    const event = await latestEvent(s);
    expect(event.attempts.map((a: { outcome: string }) => a.outcome)).toEqual([
      'network_error',
      'network_error',
    ]);
    expect(event.deliveries[0]).toMatchObject({ status: 'pending', attempts: 2 });
  });

  it('spreads retries by ±20 % jitter from the injected random source', async () => {
    const s = await setup({ mode: 'error' });
    for (const [random, expected] of [
      [0, 4_000],
      [0.999_999, 6_000],
    ] as const) {
      const d = createDispatcher(t.deps, { random: () => random });
      t.clock.advance(1); // so the newest event (listed first) is this one
      await s.cancelSession();
      expect(await d.runOnce()).toBe(1);
      const event = await latestEvent(s);
      const wait = new Date(event.deliveries[0].next_attempt_at).getTime() - t.clock.now().getTime();
      expect(Math.abs(wait - expected)).toBeLessThanOrEqual(1);
    }
  });

  it('stops pending deliveries to a deleted endpoint', async () => {
    const s = await setup({ mode: 'error' });
    await s.cancelSession();
    expect(await dispatcher.runOnce()).toBe(1);
    await s.api('DELETE', `/v1/webhook_endpoints/${s.endpoint.id}`);
    t.clock.advance(10_000);
    expect(await dispatcher.runOnce()).toBe(0);
    expect(s.receiver.received).toHaveLength(1);
    const event = await latestEvent(s);
    expect(event.deliveries[0]).toMatchObject({ status: 'failed', next_attempt_at: null });
    // A redelivery goes only to current endpoints: none now.
    const again = await (await s.api('POST', `/v1/events/${event.id}/redeliver`)).json();
    expect(again.deliveries[0].status).toBe('failed');
    expect(await dispatcher.runOnce()).toBe(0);
  });

  it('signs with both secrets for 24 h after a rotation, then with the new one only', async () => {
    const s = await setup();
    const rotated = await (
      await s.api('POST', `/v1/webhook_endpoints/${s.endpoint.id}/rotate_secret`)
    ).json();
    await s.cancelSession();
    expect(await dispatcher.runOnce()).toBe(1);
    const during = s.receiver.received[0]!;
    expect(during.headers['webhook-signature']).toMatch(/^v1,\S+ v1,\S+$/);
    expect(new Webhook(rotated.secret).verify(during.body, during.headers)).toMatchObject({
      type: 'session.canceled',
    });
    expect(new Webhook(s.endpoint.secret).verify(during.body, during.headers)).toMatchObject({
      type: 'session.canceled',
    });

    t.clock.advance(24 * 3_600_000 + 1_000);
    await s.cancelSession();
    expect(await dispatcher.runOnce()).toBe(1);
    const after = s.receiver.received[1]!;
    expect(after.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(new Webhook(rotated.secret).verify(after.body, after.headers)).toMatchObject({
      type: 'session.canceled',
    });
    expect(() => new Webhook(s.endpoint.secret).verify(after.body, after.headers)).toThrow(
      /No matching signature/,
    );
  });

  it('hides other partners’ events and answers odd ids and queries with 4xx', async () => {
    const s = await setup();
    await s.cancelSession();
    await dispatcher.runOnce();
    const event = await latestEvent(s);
    for (const [method, path] of [
      ['GET', `/v1/events/${event.id}`],
      ['POST', `/v1/events/${event.id}/redeliver`],
      ['GET', '/v1/events/evt_nope'],
      ['GET', '/v1/events/evt_%00'],
      ['POST', '/v1/events/evt_%00/redeliver'],
    ] as const) {
      const res = await t.api(method, path);
      expect(res.status, path).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
    const mine = await (await t.api('GET', '/v1/events?limit=100')).json();
    expect(mine.data.map((e: { id: string }) => e.id)).not.toContain(event.id);
    for (const q of [
      'type=session.exploded',
      'limit=abc',
      'limit=1000',
      'colour=red',
      `starting_after=${event.id}`,
    ]) {
      const res = await t.api('GET', `/v1/events?${q}`);
      expect(res.status, q).toBe(400);
    }
    const bad = await s.api('POST', `/v1/events/${event.id}/redeliver`, { everyone: true });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('unknown_parameter');
  });
});

describe('running dispatcher', () => {
  it('delivers right after the event commits when poked, without waiting for the poll', async () => {
    const ctx = await createTestContext({ FINLET_DISPATCH_INTERVAL_MS: '600000' });
    const d = createDispatcher(ctx.deps);
    ctx.deps.pokeDispatcher = () => d.poke();
    const s = await scenario(ctx);
    try {
      d.start();
      await new Promise((r) => setTimeout(r, 100)); // the first (empty) claim
      const started = performance.now();
      await s.cancelSession();
      // Seconds at most on a loaded machine; the poll would take ten minutes.
      await s.receiver.waitFor(1, 15_000);
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(
        new Webhook(s.endpoint.secret).verify(s.receiver.received[0]!.body, s.receiver.received[0]!.headers),
      ).toMatchObject({
        type: 'session.canceled',
      });
    } finally {
      await d.stop();
      await s.close();
      await ctx.close();
    }
  });

  it('polls on its own and finishes in-flight deliveries on stop()', async () => {
    const ctx = await createTestContext({ FINLET_DISPATCH_INTERVAL_MS: '50' });
    const d = createDispatcher(ctx.deps);
    const s = await scenario(ctx);
    try {
      await s.cancelSession(); // deps.pokeDispatcher is a no-op here: only polling finds it
      d.start();
      await s.receiver.waitFor(1, 15_000);
      await d.stop();
      const event = await latestEvent(s);
      expect(event.deliveries[0]).toMatchObject({ status: 'succeeded', attempts: 1 });
    } finally {
      await d.stop();
      await s.close();
      await ctx.close();
    }
  });
});
