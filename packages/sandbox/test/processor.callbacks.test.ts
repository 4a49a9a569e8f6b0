/**
 * Signed callbacks and the API's guard rails over real HTTP: every status change arrives signed,
 * the signature verifies with the exported helper and a tampered one does not; wrong keys and
 * bad bodies get the error envelope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signProcessorPayload, verifyProcessorSignature } from '../src/processor/signature.ts';
import { receiver } from './support/listen.ts';
import { CALLBACK_SECRET, type ProcessorUnderTest, startProcessor } from './support/processor.ts';

let p: ProcessorUnderTest;
beforeAll(async () => {
  p = await startProcessor();
});
afterAll(() => p.close());

describe('callbacks', () => {
  it('posts each status change signed with Processor-Signature', async () => {
    const before = p.callbacks.received.length;
    const payment = (await p.charge('4242424242424242')).body;
    await p.api(
      'POST',
      '/v1/refunds',
      { payment: payment.id, amount: 100 },
      { 'idempotency-key': 'cb-refund' },
    );
    await p.processor.callbacksIdle();
    const posts = p.callbacks.received.slice(before);
    expect(posts.map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual([
      'payment.succeeded',
      'refund.succeeded',
    ]);
    for (const post of posts) {
      const header = String(post.headers['processor-signature']);
      expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifyProcessorSignature(CALLBACK_SECRET, header, post.body, 300)).toBe(true);
      expect(
        verifyProcessorSignature(CALLBACK_SECRET, header, post.body.replace('"amount":', '"amount": '), 300),
      ).toBe(false);
      expect(verifyProcessorSignature('pcs_test_other', header, post.body, 300)).toBe(false);
    }
    const event = JSON.parse(posts[0]!.body) as {
      id: string;
      data: { object: { id: string; status: string } };
    };
    expect(event.id).toMatch(/^evt_/);
    expect(event.data.object).toMatchObject({ id: payment.id, status: 'succeeded' });
  });

  it('retries a callback the receiver did not accept, with the same event', async () => {
    const flaky = await receiver({ failFirst: 2 });
    try {
      const payment = (await p.charge('4242424242424242', { callback_url: `${flaky.url}/cb` })).body;
      expect(payment.status).toBe('succeeded');
      await flaky.waitFor(3);
      const events = flaky.received.map((r) => JSON.parse(r.body) as { id: string; type: string });
      expect(new Set(events.map((e) => e.id)).size).toBe(1);
      expect(events[0]?.type).toBe('payment.succeeded');
      for (const post of flaky.received) {
        expect(
          verifyProcessorSignature(CALLBACK_SECRET, String(post.headers['processor-signature']), post.body),
        ).toBe(true);
      }
    } finally {
      await flaky.close();
    }
  });
});

describe('verifyProcessorSignature', () => {
  const body = '{"id":"evt_1","type":"payment.succeeded"}';
  it('accepts a fresh signature and rejects stale, tampered or malformed ones', () => {
    const now = 1_700_000_000;
    const header = signProcessorPayload('secret', body, now);
    expect(verifyProcessorSignature('secret', header, body, 300, now + 10)).toBe(true);
    expect(verifyProcessorSignature('secret', header, body, 300, now + 301)).toBe(false);
    const tamperedTime = header.replace(`t=${now}`, `t=${now + 1}`);
    expect(verifyProcessorSignature('secret', tamperedTime, body, 300, now)).toBe(false);
    const flipped = header.replace(/v1=(.)/, (_m, c: string) => `v1=${c === 'a' ? 'b' : 'a'}`);
    expect(verifyProcessorSignature('secret', flipped, body, 300, now)).toBe(false);
    expect(verifyProcessorSignature('secret', 'garbage', body, 300, now)).toBe(false);
    expect(verifyProcessorSignature('secret', undefined, body, 300, now)).toBe(false);
  });
});

describe('API guard rails', () => {
  it('answers 401 without or with a wrong API key', async () => {
    const none = await fetch(`${p.url}/v1/payments/pi_x`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({
      error: { type: 'authentication_error', code: 'missing_api_key' },
    });
    const wrong = await fetch(`${p.url}/v1/payments/pi_x`, {
      headers: { authorization: 'Bearer psk_test_wrong' },
    });
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_api_key' } });
  });

  it('answers 400 for malformed JSON, unknown fields and bad types — never 500', async () => {
    const bad = await fetch(`${p.url}/v1/tokens`, {
      method: 'POST',
      headers: { authorization: 'Bearer psk_test_unit', 'content-type': 'application/json' },
      body: '{"number":',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_json' } });
    const token = String((await p.tokenise('4242424242424242')).body.id);
    const unknown = await p.pay(token, { tip: 5 });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { code: 'invalid_request' } });
    const badAmount = await p.pay(token, { amount: 12.5 });
    expect(badAmount.body).toMatchObject({ error: { code: 'invalid_request', param: 'amount' } });
    const badUrl = await p.pay(token, { return_url: 'javascript:alert(1)' });
    expect(badUrl.body).toMatchObject({ error: { param: 'return_url' } });
  });

  it('answers 404 with the envelope for unknown routes and objects', async () => {
    expect((await p.api('GET', '/v1/nothing')).body).toMatchObject({ error: { code: 'route_not_found' } });
    expect((await p.api('GET', '/v1/refunds/re_missing')).status).toBe(404);
  });

  it('applies header faults to the API too', async () => {
    const res = await p.api('GET', '/v1/payments/pi_x', undefined, { 'X-Sandbox-Fault': 'status=502' });
    expect(res.status).toBe(502);
  });
});
