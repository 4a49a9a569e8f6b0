import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const create = (body: unknown, key?: string) =>
  t.api('POST', '/v1/webhook_endpoints', { body, ...(key ? { key } : {}) });

describe('webhook endpoints', () => {
  it('creates an endpoint, shows the secret once, reads and lists it', async () => {
    const res = await create({
      url: 'https://hooks.example/finlet',
      description: 'main',
      metadata: { team: 'ops' },
    });
    expect(res.status).toBe(201);
    const e = await res.json();
    expect(e).toMatchObject({
      object: 'webhook_endpoint',
      url: 'https://hooks.example/finlet',
      enabled_events: ['*'],
      description: 'main',
      metadata: { team: 'ops' },
      status: 'enabled',
      previous_secret_expires_at: null,
    });
    expect(e.id).toMatch(/^whe_/);
    expect(e.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const read = await (await t.api('GET', `/v1/webhook_endpoints/${e.id}`)).json();
    expect(read.secret).toBeUndefined();
    expect(read.id).toBe(e.id);
    const list = await (await t.api('GET', '/v1/webhook_endpoints')).json();
    expect(list.object).toBe('list');
    expect(list.data.map((x: { id: string }) => x.id)).toContain(e.id);
    expect(JSON.stringify(list)).not.toContain(e.secret);
  });

  it('pages the list with limit and starting_after, newest first', async () => {
    const p = await t.newPartner('Pager');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await (await create({ url: `https://hooks.example/${i}` }, p.secretKey)).json()).id);
      t.clock.advance(1000);
    }
    const first = await (await t.api('GET', '/v1/webhook_endpoints?limit=2', { key: p.secretKey })).json();
    expect(first.data.map((x: { id: string }) => x.id)).toEqual([ids[2], ids[1]]);
    expect(first.has_more).toBe(true);
    const next = await (
      await t.api('GET', `/v1/webhook_endpoints?limit=2&starting_after=${ids[1]}`, { key: p.secretKey })
    ).json();
    expect(next.data.map((x: { id: string }) => x.id)).toEqual([ids[0]]);
    expect(next.has_more).toBe(false);
  });

  it('keeps only the chosen event types and refuses unknown ones', async () => {
    const ok = await create({
      url: 'https://hooks.example/x',
      enabled_events: ['session.canceled', 'payment.succeeded'],
    });
    expect(ok.status).toBe(201);
    expect((await ok.json()).enabled_events).toEqual(['session.canceled', 'payment.succeeded']);
    const bad = await create({ url: 'https://hooks.example/x', enabled_events: ['session.exploded'] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.param).toBe('enabled_events.0');
  });

  it('hides another partner’s endpoints (404 not_found for read, delete, rotate)', async () => {
    const other = await t.newPartner('Other');
    const theirs = await (await create({ url: 'https://other.example/hook' }, other.secretKey)).json();
    for (const [method, path] of [
      ['GET', `/v1/webhook_endpoints/${theirs.id}`],
      ['DELETE', `/v1/webhook_endpoints/${theirs.id}`],
      ['POST', `/v1/webhook_endpoints/${theirs.id}/rotate_secret`],
    ] as const) {
      const res = await t.api(method, path);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
    const mine = await (await t.api('GET', '/v1/webhook_endpoints?limit=100')).json();
    expect(mine.data.map((x: { id: string }) => x.id)).not.toContain(theirs.id);
    const cursor = await t.api('GET', `/v1/webhook_endpoints?starting_after=${theirs.id}`);
    expect(cursor.status).toBe(400);
    // Still there for its owner.
    expect((await t.api('GET', `/v1/webhook_endpoints/${theirs.id}`, { key: other.secretKey })).status).toBe(
      200,
    );
  });

  it('deletes softly: the endpoint disappears from reads and lists', async () => {
    const e = await (await create({ url: 'https://hooks.example/gone' })).json();
    const del = await t.api('DELETE', `/v1/webhook_endpoints/${e.id}`);
    expect(del.status).toBe(200);
    expect((await del.json()).status).toBe('disabled');
    expect((await t.api('GET', `/v1/webhook_endpoints/${e.id}`)).status).toBe(404);
    expect((await t.api('DELETE', `/v1/webhook_endpoints/${e.id}`)).status).toBe(404);
    const list = await (await t.api('GET', '/v1/webhook_endpoints?limit=100')).json();
    expect(list.data.map((x: { id: string }) => x.id)).not.toContain(e.id);
  });

  it('rotates the secret: a new one shown once, the previous kept for 24 h', async () => {
    const e = await (await create({ url: 'https://hooks.example/rot' })).json();
    const res = await t.api('POST', `/v1/webhook_endpoints/${e.id}/rotate_secret`);
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.secret).toMatch(/^whsec_/);
    expect(r.secret).not.toBe(e.secret);
    const until = new Date(r.previous_secret_expires_at).getTime();
    expect(until - t.clock.now().getTime()).toBe(24 * 3600 * 1000);
    t.clock.advance(24 * 3600 * 1000 + 1000);
    const later = await (await t.api('GET', `/v1/webhook_endpoints/${e.id}`)).json();
    expect(later.previous_secret_expires_at).toBeNull();
    t.clock.advance(-(24 * 3600 * 1000 + 1000));
  });

  it('answers malformed input with a 4xx envelope, never a 5xx', async () => {
    const cases: [unknown, number, string, string?][] = [
      ['{"url":', 400, 'invalid_json'],
      [{ url: 'https://hooks.example/x', colour: 'red' }, 400, 'unknown_parameter', 'colour'],
      [{ url: 42 }, 400, 'invalid_request', 'url'],
      [{ url: 'ftp://hooks.example/x' }, 400, 'invalid_request', 'url'],
      [{ url: 'javascript:alert(1)' }, 400, 'invalid_request', 'url'],
      [{ url: 'not a url' }, 400, 'invalid_request', 'url'],
      [{}, 400, 'invalid_request', 'url'],
      [
        { url: 'https://hooks.example/x', enabled_events: 'session.canceled' },
        400,
        'invalid_request',
        'enabled_events',
      ],
      [{ url: 'https://hooks.example/x', enabled_events: [] }, 400, 'invalid_request', 'enabled_events'],
      [{ url: 'https://hooks.example/x', metadata: { k: 1 } }, 400, 'invalid_request', 'metadata.k'],
      [{ url: 'https://hooks.example/x\u0000' }, 400, 'invalid_request', 'url'],
      [[1, 2], 400, 'invalid_request'],
    ];
    for (const [body, status, code, param] of cases) {
      const res = await create(body);
      const json = await res.json();
      expect([res.status, json.error?.code], JSON.stringify(body)).toEqual([status, code]);
      if (param) expect(json.error.param).toBe(param);
      expect(json.error.request_id).toMatch(/^req_/);
    }
    const odd = ['whe_nope', 'whe_%00', `whe_${'x'.repeat(300)}`, '..%2F..', '%F0%9F%92%A9'];
    for (const id of odd) {
      const res = await t.api('GET', `/v1/webhook_endpoints/${id}`);
      expect(res.status, id).toBe(404);
    }
    const wrongType = await t.api('POST', '/v1/webhook_endpoints', {
      body: 'url=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.status).toBe(415);
    const e = await (await create({ url: 'https://hooks.example/r' })).json();
    const rot = await t.api('POST', `/v1/webhook_endpoints/${e.id}/rotate_secret`, { body: { now: true } });
    expect(rot.status).toBe(400);
    expect((await t.api('GET', '/v1/webhook_endpoints?limit=0')).status).toBe(400);
    expect((await t.api('GET', '/v1/webhook_endpoints?colour=red')).status).toBe(400);
    expect((await t.api('GET', '/v1/webhook_endpoints', { key: null })).status).toBe(401);
  });

  it('appears in the OpenAPI document', async () => {
    const doc = await (await t.api('GET', '/v1/openapi.json', { key: null })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/webhook_endpoints',
        '/v1/webhook_endpoints/{id}',
        '/v1/webhook_endpoints/{id}/rotate_secret',
        '/v1/events',
        '/v1/events/{id}',
        '/v1/events/{id}/redeliver',
      ]),
    );
    expect(doc.paths['/v1/webhook_endpoints/{id}'].delete).toBeDefined();
  });
});

describe('webhook URLs in production (no private addresses)', () => {
  let prod: TestContext;
  beforeAll(async () => {
    prod = await createTestContext({ FINLET_ALLOW_PRIVATE_WEBHOOKS: 'false' });
  });
  afterAll(() => prod.close());

  it('refuses loopback, private and link-local hosts with invalid_request on url', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://api.localhost/hook',
      'http://10.1.2.3/hook',
      'http://172.16.0.1/hook',
      'http://192.168.1.1/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fd00::1]/hook',
      'http://0.0.0.0/hook',
      'http://2130706433/hook',
    ]) {
      const res = await prod.api('POST', '/v1/webhook_endpoints', { body: { url } });
      const json = await res.json();
      expect([res.status, json.error?.code, json.error?.param], url).toEqual([400, 'invalid_request', 'url']);
    }
  });

  it('accepts a public address', async () => {
    const res = await prod.api('POST', '/v1/webhook_endpoints', {
      body: { url: 'https://93.184.215.14/hook' },
    });
    expect(res.status).toBe(201);
  });
});
