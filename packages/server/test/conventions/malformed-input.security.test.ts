/**
 * A table of malformed, oversize, unauthorised and foreign requests against every partner and
 * widget endpoint: each must get a 4xx in the error envelope — never a 5xx, never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
let sessionId: string;
let clientToken: string;
let other: { id: string; secretKey: string };
let otherSessionId: string;

beforeAll(async () => {
  t = await createTestContext({ FINLET_BODY_LIMIT: '4096' });
  const s = await (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json();
  sessionId = s.id;
  clientToken = s.client_token;
  other = await t.newPartner('Other Shop', ['https://other.example']);
  const o = await (
    await t.api('POST', '/v1/sessions', {
      key: other.secretKey,
      body: sessionBody({ allowed_origins: ['https://other.example'] }),
    })
  ).json();
  otherSessionId = o.id;
});
afterAll(() => t.close());

type Case = {
  name: string;
  method: string;
  path: () => string;
  body?: unknown;
  headers?: Record<string, string>;
  key?: string | null;
  token?: boolean;
  status: number;
  code: string;
  /** The field the error names, where the case pins it. */
  param?: string;
};

const big = 'x'.repeat(5000);
const cases: Case[] = [
  // authentication
  { name: 'no Authorization header', method: 'GET', path: () => '/v1/sessions', key: null, status: 401, code: 'missing_api_key' },
  { name: 'a malformed key', method: 'GET', path: () => '/v1/sessions', key: 'sk_nope', status: 401, code: 'invalid_api_key' },
  { name: 'an unknown key', method: 'GET', path: () => '/v1/sessions', key: 'sk_test_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', status: 401, code: 'invalid_api_key' },
  { name: 'a client token used as a secret key', method: 'GET', path: () => '/v1/sessions', headers: { authorization: 'Bearer eyJhbGciOi.x.y' }, key: null, status: 401, code: 'invalid_api_key' },
  { name: 'Basic auth', method: 'GET', path: () => '/v1/sessions', headers: { authorization: 'Basic dXNlcjpwYXNz' }, key: null, status: 401, code: 'invalid_api_key' },
  // bodies
  { name: 'invalid JSON', method: 'POST', path: () => '/v1/sessions', body: '{"flows": [', status: 400, code: 'invalid_json' },
  { name: 'a JSON array body', method: 'POST', path: () => '/v1/sessions', body: '[]', status: 400, code: 'invalid_request' },
  { name: 'a JSON string body', method: 'POST', path: () => '/v1/sessions', body: '"hello"', status: 400, code: 'invalid_request' },
  { name: 'JSON null', method: 'POST', path: () => '/v1/sessions', body: 'null', status: 400, code: 'invalid_request' },
  { name: 'a text/plain body', method: 'POST', path: () => '/v1/sessions', body: 'flows=payment', headers: { 'content-type': 'text/plain' }, status: 415, code: 'unsupported_media_type' },
  { name: 'an unknown top-level field', method: 'POST', path: () => '/v1/sessions', body: { ...sessionBody(), admin: true }, status: 400, code: 'unknown_parameter' },
  { name: 'an unknown nested field', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ customer: { reference: 'c', role: 'admin' } }), status: 400, code: 'unknown_parameter' },
  { name: 'flows of the wrong type', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ flows: 'payment' }), status: 400, code: 'invalid_request' },
  { name: 'an unknown flow', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ flows: ['crypto'] }), status: 400, code: 'invalid_request' },
  { name: 'no flows', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ flows: [] }), status: 400, code: 'invalid_request' },
  { name: 'a fractional amount', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ payment: { amount: 12.5, currency: 'EUR', description: 'x' } }), status: 400, code: 'invalid_request' },
  { name: 'a negative amount', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ payment: { amount: -1, currency: 'EUR', description: 'x' } }), status: 400, code: 'invalid_request' },
  { name: 'an amount as a string', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ payment: { amount: '1299', currency: 'EUR', description: 'x' } }), status: 400, code: 'invalid_request' },
  { name: 'an amount over the currency limit', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ payment: { amount: 1e15, currency: 'JPY', description: 'x' } }), status: 400, code: 'invalid_request' },
  { name: 'an unknown currency', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ payment: { amount: 1, currency: 'XXX', description: 'x' } }), status: 400, code: 'invalid_request' },
  { name: 'payment flow without payment', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ payment: undefined }), status: 400, code: 'invalid_request' },
  { name: 'an origin with a path', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ allowed_origins: ['https://shop.example/checkout'] }), status: 400, code: 'invalid_request' },
  { name: 'a javascript: origin', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ allowed_origins: ['javascript:alert(1)'] }), status: 400, code: 'invalid_request' },
  { name: 'a NUL character in a string', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ customer: { reference: 'a\u0000b' } }), status: 400, code: 'invalid_request' },
  { name: 'an unpaired surrogate', method: 'POST', path: () => '/v1/sessions', body: '{"flows":["link"],"customer":{"reference":"\\ud800"},"allowed_origins":["https://shop.example"]}', status: 400, code: 'invalid_request' },
  { name: 'a 200-deep nested value', method: 'POST', path: () => '/v1/sessions', body: `${'{"metadata":'.repeat(1)}${'['.repeat(200)}${']'.repeat(200)}}`, status: 400, code: 'invalid_request' },
  { name: 'an oversize body', method: 'POST', path: () => '/v1/sessions', body: sessionBody({ metadata: { a: big } }), status: 413, code: 'body_too_large' },
  { name: 'an oversize Idempotency-Key', method: 'POST', path: () => '/v1/sessions', body: sessionBody(), headers: { 'idempotency-key': 'k'.repeat(256) }, status: 400, code: 'invalid_request' },
  { name: 'a short Idempotency-Key (one rule with the widget: 8–255)', method: 'POST', path: () => '/v1/sessions', body: sessionBody(), headers: { 'idempotency-key': 'k1' }, status: 400, code: 'invalid_request', param: 'Idempotency-Key' },
  { name: 'a cancel with an unknown field', method: 'POST', path: () => `/v1/sessions/${sessionId}/cancel`, body: { reason: 'x' }, status: 400, code: 'unknown_parameter' },
  // queries
  { name: 'limit=0', method: 'GET', path: () => '/v1/sessions?limit=0', status: 400, code: 'invalid_request' },
  { name: 'limit=abc', method: 'GET', path: () => '/v1/sessions?limit=abc', status: 400, code: 'invalid_request' },
  { name: 'an unknown query parameter', method: 'GET', path: () => '/v1/sessions?status=open&x=1', status: 400, code: 'unknown_parameter' },
  { name: 'an unknown query parameter on a read', method: 'GET', path: () => `/v1/sessions/${sessionId}?expand=customer`, status: 400, code: 'unknown_parameter', param: 'expand' },
  { name: 'an unknown query parameter on the identity rules', method: 'GET', path: () => '/v1/identity_rules?x=1', status: 400, code: 'unknown_parameter', param: 'x' },
  { name: 'an unknown query parameter on a POST', method: 'POST', path: () => `/v1/sessions/${sessionId}/cancel?force=1`, status: 400, code: 'unknown_parameter', param: 'force' },
  { name: 'starting_after of another partner', method: 'GET', path: () => `/v1/sessions?starting_after=${otherSessionId}`, status: 400, code: 'invalid_request' },
  // foreign and unknown ids
  { name: "another partner's session", method: 'GET', path: () => `/v1/sessions/${otherSessionId}`, status: 404, code: 'not_found' },
  { name: "cancel another partner's session", method: 'POST', path: () => `/v1/sessions/${otherSessionId}/cancel`, status: 404, code: 'not_found' },
  { name: 'an unknown session id', method: 'GET', path: () => '/v1/sessions/ses_doesnotexist000000000000', status: 404, code: 'not_found' },
  { name: 'an id with unicode', method: 'GET', path: () => `/v1/sessions/${encodeURIComponent('ses_💥')}`, status: 404, code: 'not_found' },
  { name: 'an unknown route', method: 'GET', path: () => '/v1/nothing', status: 404, code: 'route_not_found' },
  // widget API
  { name: 'the widget API without a token', method: 'GET', path: () => '/widget/v1/session', key: null, status: 401, code: 'token_missing' },
  { name: 'the widget API with a secret key', method: 'GET', path: () => '/widget/v1/session', status: 401, code: 'token_invalid' },
  { name: 'the widget API with garbage', method: 'GET', path: () => '/widget/v1/session', headers: { authorization: 'Bearer not.a.jwt' }, key: null, status: 401, code: 'token_invalid' },
  { name: 'complete with an unknown field', method: 'POST', path: () => '/widget/v1/session/complete', token: true, body: { status: 'completed' }, status: 400, code: 'unknown_parameter' },
  { name: 'complete with invalid JSON', method: 'POST', path: () => '/widget/v1/session/complete', token: true, body: '{', status: 400, code: 'invalid_json' },
]; // biome-ignore format: one case a line

describe('malformed, oversize, unauthorised and foreign input', () => {
  it.each(cases)('answers $name with $status $code in the envelope', async (c) => {
    const res = await t.api(c.method, c.path(), {
      body: c.body,
      ...(c.headers ? { headers: c.headers } : {}),
      ...(c.token ? { headers: { authorization: `Bearer ${clientToken}` }, key: null } : {}),
      ...(c.key !== undefined ? { key: c.key } : {}),
    });
    expect(res.status).toBe(c.status);
    const body = await res.json();
    expect(body.error.code).toBe(c.code);
    if (c.param) expect(body.error.param).toBe(c.param);
    expect(body.error.request_id).toBe(res.headers.get('request-id'));
    expect(typeof body.error.message).toBe('string');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|node_modules/);
  });
});
