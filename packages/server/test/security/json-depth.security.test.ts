/**
 * JSON nesting (issue 12, item 4): a body nested thousands of levels deep, far under the size
 * limit, used to overflow the stack of the recursive checks after JSON.parse and answer 500 — and a
 * widget token was enough to send one. Every JSON body is bounded to 64 levels: deeper → 400
 * `invalid_request` in the envelope, for partner and widget endpoints alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
let clientToken: string;
beforeAll(async () => {
  t = await createTestContext();
  clientToken = (await (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json()).client_token;
});
afterAll(() => t.close());

const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** Deep nesting with brackets inside strings on the way, which must not count as nesting. */
const mixed = (depth: number) => `${'{"k]}":["[{",'.repeat(depth)}0${']}'.repeat(depth)}`;

const bodies = [
  ['5,000 nested arrays', arrays(5000)],
  ['100,000 nested arrays', arrays(100_000)],
  ['5,000 nested objects', objects(5000)],
  ['5,000 levels with brackets inside strings', mixed(5000)],
  ['5,000 nested arrays inside a valid field', `{"metadata":${arrays(5000)}}`],
  ['65 nested objects (one past the bound)', objects(65)],
];

const widgetPosts = ['/widget/v1/session/complete', '/widget/v1/link/start', '/widget/v1/identity/details'];

describe('deeply nested JSON', () => {
  it.each(bodies)('answers %s to POST /v1/sessions with 400 invalid_request', async (_name, body) => {
    const res = await t.api('POST', '/v1/sessions', { body });
    const json = await res.json();
    expect([res.status, json.error?.code]).toEqual([400, 'invalid_request']);
    expect(json.error.request_id).toBe(res.headers.get('request-id'));
  });

  it.each(bodies)('answers %s from a widget token with 400 invalid_request', async (_name, body) => {
    for (const path of widgetPosts) {
      const res = await t.api('POST', path, {
        key: null,
        headers: { authorization: `Bearer ${clientToken}` },
        body,
      });
      const json = await res.json();
      expect([path, res.status, json.error?.code]).toEqual([path, 400, 'invalid_request']);
    }
  });

  it('still reads a body nested to the bound, and a wide shallow one', async () => {
    // 64 levels is allowed: the answer is the schema's (metadata must map strings to strings).
    const body = JSON.stringify(sessionBody({ metadata: { a: 'NESTED' } })).replace('"NESTED"', arrays(62));
    const deep = await t.api('POST', '/v1/sessions', { body });
    expect(deep.status).toBe(400);
    expect((await deep.json()).error.param).toBe('metadata.a');
    const metadata = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, '[{"x":1}]']));
    const wide = await t.api('POST', '/v1/sessions', { body: sessionBody({ metadata }) });
    expect(wide.status).toBe(201);
  });
});
