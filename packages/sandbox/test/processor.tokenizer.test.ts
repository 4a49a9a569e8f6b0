/**
 * The browser tokenizer over real HTTP: a publishable key makes tokens and nothing else, CORS is
 * answered for the Finlet origin only, and the secret key reads a token without its number or CVC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINLET_ORIGIN, type ProcessorUnderTest, startProcessor } from './support/processor.ts';

const PUBLISHABLE = 'ppk_test_unit';
let p: ProcessorUnderTest;
beforeAll(async () => {
  p = await startProcessor({ publishableKey: PUBLISHABLE, corsOrigins: [FINLET_ORIGIN] });
});
afterAll(() => p.close());

const card = { number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2034, cvc: '123' };

function fromBrowser(origin: string, key = PUBLISHABLE, body: unknown = card) {
  return fetch(`${p.url}/v1/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', origin },
    body: JSON.stringify(body),
  });
}

describe('browser tokenizer', () => {
  it('makes a token with the publishable key and lets the Finlet origin read the answer', async () => {
    const res = await fromBrowser(FINLET_ORIGIN);
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(FINLET_ORIGIN);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id: expect.stringMatching(/^tok_/),
      brand: 'visa',
      last4: '4242',
      exp_month: 12,
      exp_year: 2034,
    });
    expect(JSON.stringify(body)).not.toContain('4242424242424242');
  });

  it('gives another origin no CORS headers, on the preflight or the request', async () => {
    const preflight = await fetch(`${p.url}/v1/tokens`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const res = await fromBrowser('https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the Finlet origin’s preflight with the method and headers it needs', async () => {
    const res = await fetch(`${p.url}/v1/tokens`, {
      method: 'OPTIONS',
      headers: {
        origin: FINLET_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(FINLET_ORIGIN);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('refuses the publishable key anywhere but token creation', async () => {
    const token = (await (await fromBrowser(FINLET_ORIGIN)).json()) as { id: string };
    const asBrowser = (method: string, path: string, body?: unknown) =>
      fetch(`${p.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${PUBLISHABLE}`,
          'content-type': 'application/json',
          'idempotency-key': crypto.randomUUID(),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    for (const res of [
      await asBrowser('GET', `/v1/tokens/${token.id}`),
      await asBrowser('POST', '/v1/payments', p.paymentBody(token.id)),
      await asBrowser('GET', '/v1/payments?idempotency_key=x'),
      await asBrowser('POST', '/v1/refunds', { payment: 'pi_x' }),
    ]) {
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'publishable_key_not_allowed',
      );
    }
    // The token was not charged by the refused attempt: the secret key still can.
    expect((await p.pay(token.id)).status).toBe(201);
  });

  it('refuses an unknown key', async () => {
    const res = await fromBrowser(FINLET_ORIGIN, 'ppk_test_other');
    expect(res.status).toBe(401);
  });

  it('keeps card-field errors for the form', async () => {
    const res = await fromBrowser(FINLET_ORIGIN, PUBLISHABLE, { ...card, cvc: '12' });
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBe(FINLET_ORIGIN);
    expect(((await res.json()) as { error: { code: string; param: string } }).error).toMatchObject({
      code: 'invalid_cvc',
      param: 'cvc',
    });
  });

  it('lets the secret key read a token: brand, last 4 and expiry, never the number or CVC', async () => {
    const token = (await (await fromBrowser(FINLET_ORIGIN)).json()) as { id: string };
    const read = await p.api('GET', `/v1/tokens/${token.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: token.id,
      brand: 'visa',
      last4: '4242',
      exp_month: 12,
      exp_year: 2034,
    });
    expect(JSON.stringify(read.body)).not.toMatch(/4242424242424242|"cvc"|"number"/);
    expect((await p.api('GET', '/v1/tokens/tok_missing')).status).toBe(404);
  });
});
