/**
 * Attacks on the pay-by-bank widget endpoints (`GET /widget/v1/payment/institutions`,
 * `POST /widget/v1/payments/bank`) with the real sandbox banks behind them: malformed, oversize,
 * unauthorised and foreign input must get a 4xx in the error envelope — never a 5xx, never a stack
 * trace — and no request may start a payment it should not. Tenancy: a session's token acts only on
 * its own order (currency and amount come from the session, never the browser), idempotency keys
 * are per session, and one session's token cannot read another session's bank payment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LinkWorld, startLinkWorld, widget } from '../link/support.ts';
import type { TestResponse } from '../support/harness.ts';

let world: LinkWorld;
/** Tokens by role: a GBP order, a link-only session, another partner's session, a canceled one. */
const tokens: Record<'gbp' | 'linkOnly' | 'otherPartner' | 'canceled', string> = {
  gbp: '',
  linkOnly: '',
  otherPartner: '',
  canceled: '',
};

async function session(body: Record<string, unknown>, key?: string) {
  const res = await world.ctx.api('POST', '/v1/sessions', {
    ...(key ? { key } : {}),
    body: {
      flows: ['payment'],
      customer: { reference: 'cus_pbb_attack' },
      payment: { amount: 1234, currency: 'GBP', description: 'Sandbox order' },
      allowed_origins: ['https://shop.example'],
      ...body,
    },
  });
  const json = await res.json();
  if (res.status !== 201) throw new Error(JSON.stringify(json));
  return json as { id: string; client_token: string };
}

beforeAll(async () => {
  world = await startLinkWorld({ env: { FINLET_BODY_LIMIT: '4096', FINLET_BANK_TIMEOUT_MS: '400' } });
  tokens.gbp = (await session({})).client_token;
  tokens.linkOnly = (await session({ flows: ['link'], payment: undefined })).client_token;
  const other = await world.ctx.newPartner('Other Shop', ['https://other.example']);
  tokens.otherPartner = (
    await session({ allowed_origins: ['https://other.example'] }, other.secretKey)
  ).client_token;
  const canceled = await session({});
  await world.ctx.api('POST', `/v1/sessions/${canceled.id}/cancel`, { body: {} });
  tokens.canceled = canceled.client_token;
});
afterAll(async () => world?.close());

const START = '/widget/v1/payments/bank';
const ok = { method: 'bank', institution: 'sandbox-bank-uk' };
let keys = 0;
const freshKey = () => `att_security_${Date.now()}_${++keys}`;

interface Case {
  name: string;
  method?: string;
  path?: string;
  body?: unknown;
  /** A role's token, `null` for no Authorization header, or a literal header value. */
  token?: keyof typeof tokens | null | { header: string };
  headers?: Record<string, string>;
  /** The Idempotency-Key: a fresh one unless given (`null`: none). */
  key?: string | null;
  status: number;
  code: string;
  param?: string;
}

const cases: Case[] = [
  // authentication and session state
  { name: 'no token (institutions)', method: 'GET', path: '/widget/v1/payment/institutions', token: null, status: 401, code: 'token_missing' },
  { name: 'no token (start)', token: null, body: ok, status: 401, code: 'token_missing' },
  { name: 'a garbage token', token: { header: 'Bearer not.a.jwt' }, body: ok, status: 401, code: 'token_invalid' },
  { name: 'a secret key instead of a token', token: { header: 'Bearer sk_test_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, body: ok, status: 401, code: 'token_invalid' },
  { name: 'Basic auth', token: { header: 'Basic dXNlcjpwYXNz' }, body: ok, status: 401, code: 'token_invalid' },
  { name: 'an oversize token', token: { header: `Bearer ${'a'.repeat(5000)}` }, body: ok, status: 401, code: 'token_invalid' },
  { name: 'a canceled session', token: 'canceled', body: ok, status: 410, code: 'session_canceled' },
  { name: 'a session without the payment flow (institutions)', method: 'GET', path: '/widget/v1/payment/institutions', token: 'linkOnly', status: 409, code: 'flow_not_enabled' },
  { name: 'a session without the payment flow (start)', token: 'linkOnly', body: ok, status: 409, code: 'flow_not_enabled' },
  // bodies
  { name: 'invalid JSON', body: '{"method":"bank",', status: 400, code: 'invalid_json' },
  { name: 'a JSON array', body: '[]', status: 400, code: 'invalid_request' },
  { name: 'JSON null', body: 'null', status: 400, code: 'invalid_request' },
  { name: 'an empty body', body: '', status: 400, code: 'invalid_request' },
  { name: 'a text/plain body', body: JSON.stringify(ok), headers: { 'content-type': 'text/plain' }, status: 415, code: 'unsupported_media_type' },
  { name: 'an amount from the browser', body: { ...ok, amount: 1 }, status: 400, code: 'unknown_parameter' },
  { name: 'a currency from the browser', body: { ...ok, currency: 'EUR' }, status: 400, code: 'unknown_parameter' },
  { name: 'a __proto__ field', body: '{"method":"bank","institution":"sandbox-bank-uk","__proto__":{"admin":true}}', status: 400, code: 'unknown_parameter' },
  { name: 'no institution', body: { method: 'bank' }, status: 400, code: 'invalid_request', param: 'institution' },
  { name: 'an institution of the wrong type', body: { method: 'bank', institution: 42 }, status: 400, code: 'invalid_request', param: 'institution' },
  { name: 'an institution as an object', body: { method: 'bank', institution: { id: 'sandbox-bank-uk' } }, status: 400, code: 'invalid_request', param: 'institution' },
  { name: 'an empty institution', body: { method: 'bank', institution: '' }, status: 400, code: 'invalid_request', param: 'institution' },
  { name: 'an oversize institution', body: { method: 'bank', institution: 'x'.repeat(65) }, status: 400, code: 'invalid_request', param: 'institution' },
  { name: 'the card method', body: { ...ok, method: 'card' }, status: 400, code: 'invalid_request', param: 'method' },
  { name: 'an unknown mode', body: { ...ok, mode: 'iframe' }, status: 400, code: 'invalid_request', param: 'mode' },
  { name: 'redirect mode without a redirect_uri', body: { ...ok, mode: 'redirect' }, status: 400, code: 'invalid_request', param: 'mode' },
  { name: 'an unknown institution', body: { method: 'bank', institution: 'sandbox-bank-xx' }, status: 400, code: 'invalid_request', param: 'institution' },
  { name: 'a path in the institution', body: { method: 'bank', institution: '../sandbox-bank-uk' }, status: 400, code: 'invalid_request', param: 'institution' },
  { name: 'an inherited property name as institution', body: { method: 'bank', institution: 'constructor' }, status: 400, code: 'invalid_request', param: 'institution' },
  { name: 'a NUL in the institution', body: { method: 'bank', institution: 'sandbox-bank-uk\u0000' }, status: 400, code: 'invalid_request', param: 'institution' },
  { name: 'a bank that cannot pay the currency', body: { method: 'bank', institution: 'sandbox-bank-eu' }, status: 400, code: 'invalid_request', param: 'institution' },
  { name: 'an oversize body', body: { ...ok, pad: 'x'.repeat(5000) }, status: 413, code: 'body_too_large' },
  // idempotency key
  { name: 'no Idempotency-Key', body: ok, key: null, status: 400, code: 'invalid_request', param: 'Idempotency-Key' },
  { name: 'a short Idempotency-Key', body: ok, key: 'short', status: 400, code: 'invalid_request', param: 'Idempotency-Key' },
  { name: 'an oversize Idempotency-Key', body: ok, key: 'k'.repeat(256), status: 400, code: 'invalid_request', param: 'Idempotency-Key' },
  { name: 'an Idempotency-Key with spaces', body: ok, key: 'key with spaces', status: 400, code: 'invalid_request', param: 'Idempotency-Key' },
  // routes
  { name: 'POST to the institutions list', method: 'POST', path: '/widget/v1/payment/institutions', body: {}, status: 404, code: 'route_not_found' },
  { name: 'GET of the start endpoint (read as payment id "bank")', method: 'GET', path: START, status: 404, code: 'not_found' },
]; // biome-ignore format: one case a line

function send(c: Case): Promise<TestResponse> {
  const headers: Record<string, string> = { ...c.headers };
  const token = c.token === undefined ? 'gbp' : c.token;
  if (typeof token === 'string') headers.authorization = `Bearer ${tokens[token]}`;
  else if (token) headers.authorization = token.header;
  const key = c.key === undefined ? freshKey() : c.key;
  if (key !== null) headers['idempotency-key'] = key;
  let body: string | undefined;
  if (c.body !== undefined) {
    body = typeof c.body === 'string' ? c.body : JSON.stringify(c.body);
    headers['content-type'] ??= 'application/json';
  }
  return Promise.resolve(
    world.ctx.app.request(c.path ?? START, { method: c.method ?? 'POST', headers, body }),
  ) as Promise<TestResponse>;
}

async function bankPayments() {
  const res = await world.ctx.api('GET', '/v1/payments?limit=100');
  const { data } = (await res.json()) as { data: { method: string }[] };
  return data.filter((p) => p.method === 'bank').length;
}

describe('pay-by-bank widget endpoints under malformed and foreign input', () => {
  it.each(cases)('answers $name with $status $code in the envelope', async (c) => {
    const before = await bankPayments();
    const res = await send(c);
    const body = await res.json();
    expect({ status: res.status, code: body.error?.code }).toEqual({ status: c.status, code: c.code });
    if (c.param) expect(body.error.param).toBe(c.param);
    expect(body.error.request_id).toBe(res.headers.get('request-id'));
    expect(typeof body.error.message).toBe('string');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|node_modules/);
    // A refused request never leaves a payment behind.
    expect(await bankPayments()).toBe(before);
  });
});

describe('tenancy', () => {
  it('the institutions list is the session’s own order: a query cannot change the currency', async () => {
    const w = widget(world.ctx, tokens.gbp);
    const plain = await (await w('GET', '/payment/institutions')).json();
    // The operation takes no query: one that tries is refused, not quietly ignored.
    const forged = await w('GET', '/payment/institutions?currency=EUR&linked=sandbox-bank-eu');
    expect(forged.status).toBe(400);
    expect((await forged.json()).error.code).toBe('unknown_parameter');
    expect(plain.data.map((b: { id: string }) => b.id)).toEqual(['sandbox-bank-uk']);
    expect(plain.data[0].linked).toBe(false);
  });

  it('another partner’s session sees only its own order and its payment is its own', async () => {
    const started = await send({ name: 'other', token: 'otherPartner', body: ok, status: 200, code: '' });
    expect(started.status).toBe(200);
    const { payment } = (await started.json()) as { payment: { id: string } };
    // The demo partner cannot see it, and the first partner's token cannot read it.
    expect((await world.ctx.api('GET', `/v1/payments/${payment.id}`)).status).toBe(404);
    const foreign = await widget(world.ctx, tokens.gbp)('GET', `/payments/${payment.id}`);
    expect(foreign.status).toBe(404);
    expect((await foreign.json()).error.code).toBe('not_found');
  });

  it('one session’s Idempotency-Key does not replay another session’s payment', async () => {
    const a = await session({});
    const b = await session({});
    const key = freshKey();
    const first = await send({
      name: 'a',
      token: { header: `Bearer ${a.client_token}` },
      key,
      body: ok,
      status: 200,
      code: '',
    });
    const second = await send({
      name: 'b',
      token: { header: `Bearer ${b.client_token}` },
      key,
      body: ok,
      status: 200,
      code: '',
    });
    expect([first.status, second.status]).toEqual([200, 200]);
    const [pa, pb] = [(await first.json()).payment, (await second.json()).payment];
    expect(pb.id).not.toBe(pa.id);
    // Each session reads its own payment and not the other's.
    expect((await widget(world.ctx, b.client_token)('GET', `/payments/${pa.id}`)).status).toBe(404);
    expect((await widget(world.ctx, a.client_token)('GET', `/payments/${pa.id}`)).status).toBe(200);
  });
});
