/**
 * The dashboard shows one mode at a time, the one in its URL (`/dashboard/api/test/…`,
 * `/dashboard/api/live/…`): an admin's test-mode screens never list or open a live session,
 * payment, event or webhook endpoint, and the live screens never a test one. The objects are made
 * through the partner API with a key of each mode (a live key pays through the partner's own
 * processor), as a shop would make them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Live, type LiveProcessor, liveKey, liveProcessor } from '../payment/live.ts';
import { type PaymentWorld, startPaymentWorld } from '../payment/world.ts';
import { person } from './support.ts';

let w: PaymentWorld;
let live: Live;
let processor: LiveProcessor;
let admin: Awaited<ReturnType<typeof person>>;
type Made = { session: string; payment: string; endpoint: string; event: string };
const made: Record<'test' | 'live', Made> = {} as never;

type Api = Live['api'];
async function objectsOf(api: Api, session: () => Promise<{ id: string; token: string }>): Promise<Made> {
  const s = await session();
  const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
  expect(pay.status).toBe('succeeded');
  const endpoint = await (
    await api('POST', '/v1/webhook_endpoints', { url: 'https://hooks.example/finlet' })
  ).json();
  const events = await (await api('GET', '/v1/events?limit=1')).json();
  return { session: s.id, payment: pay.id, endpoint: endpoint.id, event: events.data[0].id };
}

beforeAll(async () => {
  w = await startPaymentWorld();
  live = await liveKey(w);
  processor = await liveProcessor(w, live);
  const testApi: Api = (method, path, body) => w.ctx.api(method, path, body === undefined ? {} : { body });
  made.test = await objectsOf(testApi, () => w.session());
  made.live = await objectsOf(live.api, () => live.session());
  admin = await person(w.ctx, w.ctx.partner.id, 'admin');
}, 120_000);
afterAll(async () => {
  await processor?.close();
  await w?.close();
});

const LISTS: [path: string, kind: keyof Made][] = [
  ['/sessions', 'session'],
  ['/payments', 'payment'],
  ['/events', 'event'],
  ['/webhook_endpoints', 'endpoint'],
];
const DETAILS: [path: (id: string) => string, kind: keyof Made][] = [
  [(id) => `/sessions/${id}`, 'session'],
  [(id) => `/payments/${id}`, 'payment'],
  [(id) => `/events/${id}`, 'event'],
];

describe('the dashboard’s modes', () => {
  it.each([
    ['test', 'live'],
    ['live', 'test'],
  ] as const)('a %s-mode screen lists its own objects and never a %s one', async (mode, other) => {
    for (const [path, kind] of LISTS) {
      const res = await admin.get(`/${mode}${path}`);
      expect(res.status).toBe(200);
      const ids = ((await res.json()).data as { id: string }[]).map((x) => x.id);
      expect(ids, `${mode}${path}`).toContain(made[mode][kind]);
      expect(ids, `${mode}${path}`).not.toContain(made[other][kind]);
    }
    for (const [path, kind] of DETAILS) {
      expect((await admin.get(`/${mode}${path(made[mode][kind])}`)).status).toBe(200);
      const res = await admin.get(`/${mode}${path(made[other][kind])}`);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
    const exported = await (await admin.get(`/${mode}/payments/export?format=csv`)).text();
    expect(exported).toContain(made[mode].payment);
    expect(exported).not.toContain(made[other].payment);
  });

  it('answers 404 not_found, never 500, for an id of a wrong shape', async () => {
    for (const [path, kind] of DETAILS) {
      for (const bad of [`${made.test[kind]}%00`, 'nope']) {
        const res = await admin.get(`/test${path(bad)}`);
        expect(res.status, path(bad)).toBe(404);
        expect((await res.json()).error.code).toBe('not_found');
      }
    }
  });

  it('does not page from one mode into the other with a cursor of the other mode', async () => {
    const res = await admin.get(`/test/payments?starting_after=${made.live.payment}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_request');
  });
});
