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

/** A charge whose caller stops waiting for the answer after `ms` (a client timeout). */
const chargeGivingUpAfter = (ms: number, token: string, key: string) =>
  fetch(`${p.url}/v1/payments`, {
    method: 'POST',
    headers: {
      authorization: 'Bearer psk_test_unit',
      'content-type': 'application/json',
      'idempotency-key': key,
    },
    body: JSON.stringify(p.paymentBody(token)),
    signal: AbortSignal.timeout(ms),
  });

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
    await expect(chargeGivingUpAfter(300, token, 'key-timeout')).rejects.toThrow();
    const retry = await p.pay(token, {}, 'key-timeout');
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ status: 'succeeded', amount_captured: 1999 });
    const charged = [...p.processor.state.payments.values()].filter((r) => r.payment.id === retry.body.id);
    expect(charged).toHaveLength(1);
  });
});

describe('GET /v1/payments?idempotency_key= (the charge a key made)', () => {
  it('finds a charge whose answer was lost (hang_after), as it is now; the same read again answers the same', async () => {
    p.processor.faults.next(1, 'hang_after', { method: 'POST', path: '/v1/payments' });
    const token = await freshToken();
    await expect(chargeGivingUpAfter(300, token, 'key-lookup-lost')).rejects.toThrow();
    const found = await p.api('GET', '/v1/payments?idempotency_key=key-lookup-lost');
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      object: 'list',
      has_more: false,
      data: [{ status: 'succeeded', amount_captured: 1999 }],
    });
    const again = await p.api('GET', '/v1/payments?idempotency_key=key-lookup-lost');
    expect(again.body).toEqual(found.body);
    const byId = await p.api('GET', `/v1/payments/${(found.body.data as { id: string }[])[0]!.id}`);
    expect(byId.body).toEqual((found.body.data as unknown[])[0]);
  });

  it('answers an empty list for a key that made no charge (unknown, or a refused request)', async () => {
    const unknown = await p.api('GET', '/v1/payments?idempotency_key=key-never-sent');
    expect(unknown.body).toEqual({ object: 'list', data: [], has_more: false });
    const refused = await p.pay('tok_does_not_exist', {}, 'key-lookup-refused');
    expect(refused.status).toBe(404);
    const none = await p.api('GET', '/v1/payments?idempotency_key=key-lookup-refused');
    expect(none.body).toEqual({ object: 'list', data: [], has_more: false });
  });

  it('needs the key', async () => {
    const res = await p.api('GET', '/v1/payments');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_request' } });
  });
});
