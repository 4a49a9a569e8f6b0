/**
 * Idempotency of the processor's POSTs over real HTTP: replays, reuse with another body, twenty
 * concurrent retries sharing one charge, and the "timeout after charge" fault.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProcessorUnderTest, startProcessor } from './support/processor.ts';

let p: ProcessorUnderTest;
beforeAll(async () => {
  p = await startProcessor();
});
afterAll(() => p.close());

async function freshToken(number = '4242424242424242'): Promise<string> {
  return String((await p.tokenise(number)).body.id);
}

describe('Idempotency-Key on POST /v1/payments', () => {
  it('is required', async () => {
    const res = await p.api('POST', '/v1/payments', p.paymentBody(await freshToken()));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'missing_idempotency_key' } });
  });

  it('replays the first answer for the same key and body', async () => {
    const token = await freshToken();
    const first = await p.pay(token, {}, 'key-replay');
    const second = await p.pay(token, {}, 'key-replay');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
  });

  it('answers 409 idempotency_key_reused for the same key with another body', async () => {
    const token = await freshToken();
    await p.pay(token, {}, 'key-other-body');
    const other = await p.pay(token, { amount: 5000 }, 'key-other-body');
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({
      error: { type: 'idempotency_error', code: 'idempotency_key_reused' },
    });
  });

  it('charges once for 20 concurrent requests with one key', async () => {
    const token = await freshToken();
    const before = p.callbacks.received.length;
    const answers = await Promise.all(Array.from({ length: 20 }, () => p.pay(token, {}, 'key-concurrent')));
    const ids = new Set(answers.map((a) => a.body.id));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(ids.size).toBe(1);
    await p.processor.callbacksIdle();
    const events = p.callbacks.received
      .slice(before)
      .map((r) => JSON.parse(r.body) as { data: { object: { id: string } } });
    expect(events.filter((e) => e.data.object.id === [...ids][0])).toHaveLength(1);
  });

  it('records the charge and hangs under hang_after; the retry with the same key gets that charge', async () => {
    const faultSet = await fetch(`${p.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ spec: 'hang_after', count: 1, method: 'POST', path: '/v1/payments' }),
    });
    expect(faultSet.status).toBe(201);
    const token = await freshToken();
    const timedOut = fetch(`${p.url}/v1/payments`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer psk_test_unit',
        'content-type': 'application/json',
        'idempotency-key': 'key-timeout',
      },
      body: JSON.stringify(p.paymentBody(token)),
      signal: AbortSignal.timeout(300),
    });
    await expect(timedOut).rejects.toThrow();
    const retry = await p.pay(token, {}, 'key-timeout');
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ status: 'succeeded', amount_captured: 1999 });
    const charged = [...p.processor.state.payments.values()].filter((r) => r.payment.id === retry.body.id);
    expect(charged).toHaveLength(1);
  });
});
