/**
 * The widget API is bound to its contract like the partner API: every operation refuses a query
 * parameter it does not take (400 `unknown_parameter`, `param` naming it), as the README promises,
 * and answers in the error envelope. Before the binding, the hand-written routes ignored them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
let token: string;
beforeAll(async () => {
  t = await createTestContext();
  const body = sessionBody({
    flows: ['link', 'identity', 'payment'],
    customer: { reference: 'cus_q', email: 'ada@example.com', country: 'GB' },
  });
  const res = await t.api('POST', '/v1/sessions', { body });
  expect(res.status).toBe(201);
  token = (await res.json()).client_token;
});
afterAll(() => t.close());

const widget = (method: string, path: string, body?: unknown) =>
  t.api(method, path, {
    key: null,
    body,
    headers: {
      authorization: `Bearer ${token}`,
      origin: 'https://shop.example',
      'idempotency-key': 'strict-query-attempt-1',
    },
  });

describe('widget operations', () => {
  it.each([
    ['GET', '/widget/v1/session'],
    ['GET', '/widget/v1/session/embedding'],
    ['GET', '/widget/v1/institutions'],
    ['GET', '/widget/v1/link'],
    ['GET', '/widget/v1/payment'],
    ['GET', '/widget/v1/payment/institutions'],
    ['GET', '/widget/v1/identity'],
    ['GET', '/widget/v1/identity/session'],
    ['POST', '/widget/v1/identity/document'],
    ['POST', '/widget/v1/session/complete'],
  ])('%s %s refuses an unknown query parameter', async (method, path) => {
    const res = await widget(method, `${path}?colour=blue`, method === 'POST' ? {} : undefined);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'unknown_parameter', param: 'colour' });
  });

  it('a bank logo (public) refuses one too', async () => {
    const res = await t.api('GET', '/widget/v1/institutions/no-such-bank/logo.svg?v=2', { key: null });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('unknown_parameter');
  });

  it('still takes the parameters it documents', async () => {
    const res = await widget('GET', '/widget/v1/institutions?query=bank&country=GB');
    expect(res.status).toBe(200);
    expect(Array.isArray((await res.json()).data)).toBe(true);
  });

  it('a card payment without its Idempotency-Key is refused with param Idempotency-Key', async () => {
    const res = await t.api('POST', '/widget/v1/payments', {
      key: null,
      body: { payment_method: { type: 'token', token: 'tok_x' } },
      headers: { authorization: `Bearer ${token}`, origin: 'https://shop.example' },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'invalid_request', param: 'Idempotency-Key' });
  });
});
