/**
 * Test and live modes keep apart (README "Going live"): a key of one mode answers 404 for every
 * object of the other mode — sessions, payments, refunds, events, webhook endpoints, provider
 * accounts — exactly as for another partner's, never pages past one with `starting_after`, never
 * changes one; a client token of one mode's session does not open the other's; and an event is
 * delivered only to webhook endpoints of its own mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/webhooks/dispatcher.ts';
import { type Live, type LiveProcessor, liveKey, liveProcessor } from '../payment/live.ts';
import { type PaymentWorld, startPaymentWorld } from '../payment/world.ts';
import { startReceiver } from '../webhooks/receiver.ts';

let w: PaymentWorld;
let live: Live;
let partnerProcessor: LiveProcessor;
beforeAll(async () => {
  w = await startPaymentWorld();
  live = await liveKey(w);
  partnerProcessor = await liveProcessor(w, live);
});
afterAll(async () => {
  await partnerProcessor?.close();
  await w?.close();
});

const test = (method: string, path: string, body?: unknown) =>
  w.ctx.api(method, path, body === undefined ? {} : { body });
type Api = typeof test;

/** One mode's session, succeeded card payment, refund, webhook endpoint and latest event. */
async function objectsOf(api: Api, session: () => Promise<{ id: string; token: string }>) {
  const s = await session();
  const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
  expect(pay.status).toBe('succeeded');
  const refund = await (await api('POST', `/v1/payments/${pay.id}/refunds`, { amount: 100 })).json();
  const endpoint = await (
    await api('POST', '/v1/webhook_endpoints', { url: 'https://hooks.example/finlet' })
  ).json();
  const events = await (await api('GET', '/v1/events?limit=1')).json();
  return { session: s, payment: pay.id, refund: refund.id, endpoint: endpoint.id, event: events.data[0].id };
}

async function expectNotFound(res: Response) {
  expect(res.status).toBe(404);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
}

describe('test and live modes', () => {
  it("a key of one mode answers 404 for the other mode's objects, both ways", async () => {
    const t = await objectsOf(test, () => w.session());
    const l = await objectsOf(live.api, () => live.session());
    const pa = partnerProcessor.account.id as string;

    for (const [other, mine, otherOwn] of [
      [test, t, l],
      [live.api, l, t],
    ] as const) {
      // Reads.
      await expectNotFound(await other('GET', `/v1/sessions/${otherOwn.session.id}`));
      await expectNotFound(await other('GET', `/v1/payments/${otherOwn.payment}`));
      await expectNotFound(await other('GET', `/v1/payments/${otherOwn.payment}/refunds`));
      await expectNotFound(await other('GET', `/v1/events/${otherOwn.event}`));
      await expectNotFound(await other('GET', `/v1/webhook_endpoints/${otherOwn.endpoint}`));
      // Changes.
      await expectNotFound(await other('POST', `/v1/sessions/${otherOwn.session.id}/cancel`, {}));
      await expectNotFound(await other('POST', `/v1/payments/${otherOwn.payment}/refunds`, { amount: 1 }));
      await expectNotFound(await other('POST', `/v1/events/${otherOwn.event}/redeliver`, {}));
      await expectNotFound(
        await other('POST', `/v1/webhook_endpoints/${otherOwn.endpoint}/rotate_secret`, {}),
      );
      await expectNotFound(await other('DELETE', `/v1/webhook_endpoints/${otherOwn.endpoint}`));
      // Lists show only the key's own mode, and never page from the other mode's object.
      for (const [path, ownId, foreignId] of [
        ['/v1/sessions', mine.session.id, otherOwn.session.id],
        ['/v1/payments', mine.payment, otherOwn.payment],
        ['/v1/events', mine.event, otherOwn.event],
        ['/v1/webhook_endpoints', mine.endpoint, otherOwn.endpoint],
      ] as const) {
        const list = await (await other('GET', `${path}?limit=100`)).json();
        const ids = list.data.map((o: { id: string }) => o.id);
        expect(ids, path).toContain(ownId);
        expect(ids, path).not.toContain(foreignId);
        const paged = await other('GET', `${path}?starting_after=${foreignId}`);
        expect(paged.status, path).toBe(400);
        expect((await paged.json()).error.param).toBe('starting_after');
      }
    }
    // The live provider account is invisible to the test key.
    await expectNotFound(await test('GET', `/v1/provider_accounts/${pa}`));
    await expectNotFound(await test('POST', `/v1/provider_accounts/${pa}`, { settings: {} }));
    await expectNotFound(await test('DELETE', `/v1/provider_accounts/${pa}`));
    expect((await (await test('GET', '/v1/provider_accounts')).json()).data).toEqual([]);

    // Nothing was changed by the attempts above.
    const stillOpen = await (await live.api('GET', `/v1/sessions/${l.session.id}`)).json();
    expect(stillOpen.livemode).toBe(true);
    expect((await (await live.api('GET', `/v1/payments/${l.payment}`)).json()).amount_refunded).toBe(100);
    expect((await live.api('GET', `/v1/webhook_endpoints/${l.endpoint}`)).status).toBe(200);
    expect((await live.api('GET', `/v1/provider_accounts/${pa}`)).status).toBe(200);
    // Their own keys delete the endpoints (the delivery test below must not send to them).
    expect((await test('DELETE', `/v1/webhook_endpoints/${t.endpoint}`)).status).toBe(200);
    expect((await live.api('DELETE', `/v1/webhook_endpoints/${l.endpoint}`)).status).toBe(200);
  });

  it("a client token carries its session's mode, and a token claiming the other mode is refused", async () => {
    const l = await live.session();
    const [, payload] = l.token.split('.');
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString()).livemode).toBe(true);
    expect((await w.widget(l.token, 'GET', '/session')).status).toBe(200);
    const expires = new Date(Date.now() + 600_000);
    const mismatched = await w.ctx.deps.tokens.issueClientToken(l.id, expires, false);
    const res = await w.widget(mismatched, 'GET', '/session');
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('token_invalid');
  });

  it('delivers an event only to the webhook endpoints of its own mode', async () => {
    const testReceiver = await startReceiver();
    const liveReceiver = await startReceiver();
    try {
      const body = (url: string) => ({ url, enabled_events: ['session.canceled'] });
      expect((await test('POST', '/v1/webhook_endpoints', body(testReceiver.url))).status).toBe(201);
      expect((await live.api('POST', '/v1/webhook_endpoints', body(liveReceiver.url))).status).toBe(201);
      const t = await w.session();
      const l = await live.session();
      expect((await test('POST', `/v1/sessions/${t.id}/cancel`, {})).status).toBe(200);
      expect((await live.api('POST', `/v1/sessions/${l.id}/cancel`, {})).status).toBe(200);

      const dispatcher = createDispatcher(w.ctx.deps, { random: () => 0.5 });
      while ((await dispatcher.runOnce()) > 0);
      await testReceiver.waitFor(1);
      await liveReceiver.waitFor(1);
      const got = (r: typeof testReceiver) =>
        r.received.map((x) => JSON.parse(x.body) as { livemode: boolean; data: { object: { id: string } } });
      expect(got(testReceiver).map((e) => [e.data.object.id, e.livemode])).toEqual([[t.id, false]]);
      expect(got(liveReceiver).map((e) => [e.data.object.id, e.livemode])).toEqual([[l.id, true]]);
    } finally {
      await testReceiver.close();
      await liveReceiver.close();
    }
  });
});
