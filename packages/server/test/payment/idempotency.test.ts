/**
 * No double charge: double clicks (same Idempotency-Key), two tabs (different keys, at once), and
 * a processor that records the charge and then never answers (`hang_after`), 5xx and malformed
 * bodies — each ends with exactly one charge at the processor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type PaymentWorld, startPaymentWorld } from './world.ts';

let w: PaymentWorld;
beforeAll(async () => {
  w = await startPaymentWorld();
});
afterAll(() => w.close());

const chargesFor = (sessionPayments: string[]) =>
  [...w.processor.state.payments.values()].filter((r) => sessionPayments.includes(r.payment.reference));

async function paymentIdsOf(sessionId: string): Promise<string[]> {
  const list = await (await w.ctx.api('GET', `/v1/payments?session=${sessionId}&limit=100`)).json();
  return list.data.map((p: { id: string }) => p.id);
}

describe('confirm idempotency', () => {
  it('a double click (same key, five times at once) charges once and answers the same payment', async () => {
    const s = await w.session();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        w.confirm(s.token, { number: '4242424242424242' }, 'att_double_click_1'),
      ),
    );
    const ok = answers.filter((r) => r.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    const ids = new Set(await Promise.all(ok.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    for (const r of answers.filter((a) => a.status !== 200)) {
      expect([409, 502]).toContain(r.status);
    }
    expect(chargesFor(await paymentIdsOf(s.id))).toHaveLength(1);
    const replay = await (
      await w.confirm(s.token, { number: '4242424242424242' }, 'att_double_click_1')
    ).json();
    expect(replay.id).toBe([...ids][0]);
  });

  it('two tabs confirming at once with their own keys: one charge, the others told it is paid or in progress', async () => {
    const s = await w.session();
    const answers = await Promise.all(
      ['att_tab_a_0001', 'att_tab_b_0001', 'att_tab_c_0001'].map((k) =>
        w.confirm(s.token, { number: '4242424242424242' }, k),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    // Depending on when each tab takes the session's lock: the payment is still in progress, or it
    // has succeeded and so completed the session.
    for (const r of answers.filter((a) => a.status === 409)) {
      expect(['payment_in_progress', 'session_completed']).toContain((await r.json()).error.code);
    }
    expect(chargesFor(await paymentIdsOf(s.id))).toHaveLength(1);
    const later = await w.confirm(s.token, { number: '5555555555554444' }, 'att_tab_d_0001');
    expect(later.status).toBe(409);
    expect((await later.json()).error.code).toBe('session_completed');
  });

  it('a processor that charges and then never answers (hang_after): the retry gets the same charge', async () => {
    const s = await w.session();
    w.processor.faults.next(1, 'hang_after', { method: 'POST', path: '/v1/payments' });
    const res = await w.confirm(s.token, { number: '4242424242424242' });
    expect(res.status).toBe(200);
    const pay = await res.json();
    expect(pay.status).toBe('succeeded');
    expect(chargesFor([pay.id])).toHaveLength(1);
  });

  it('hangs on every try: the payment stays processing, and the signed callback settles it — still one charge', async () => {
    const s = await w.session();
    w.processor.faults.next(3, 'hang_after', { method: 'POST', path: '/v1/payments' });
    const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(pay.status).toBe('processing');
    const again = await w.confirm(s.token, { number: '4242424242424242' });
    expect(again.status).toBe(409);
    const settled = await eventually(
      async () => (await w.widget(s.token, 'GET', `/payments/${pay.id}`)).json(),
      (p) => p.status === 'succeeded',
    );
    expect(settled.status).toBe('succeeded');
    expect(chargesFor([pay.id])).toHaveLength(1);
  });

  it.each([
    ['status=500', 1],
    ['malformed', 1],
    ['status=503', 2],
    ['rate_limit=0', 1],
  ])('a %s answer %d time(s) is retried and charges once', async (spec, count) => {
    const s = await w.session();
    w.processor.faults.next(count, spec, { method: 'POST', path: '/v1/payments' });
    const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(pay.status).toBe('succeeded');
    expect(chargesFor([pay.id])).toHaveLength(1);
  });

  it('a processor answering 503 on every try fails the attempt (nothing charged) and a later one succeeds', async () => {
    const s = await w.session();
    w.processor.faults.next(3, 'status=503', { method: 'POST', path: '/v1/payments' });
    const first = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(first).toMatchObject({ status: 'failed', failure_code: 'processing_error' });
    expect(chargesFor([first.id])).toHaveLength(0);
    const second = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(second.status).toBe('succeeded');
  });

  it('a confirm without an Idempotency-Key is refused', async () => {
    const s = await w.session();
    const res = await w.widget(s.token, 'POST', '/payments', {
      payment_method: { type: 'token', token: 'tok_000000000000000000000000' },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.param).toBe('Idempotency-Key');
  });
});
