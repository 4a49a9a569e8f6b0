/**
 * Attacks on the payment flow: card data in logs or the database, raw card data or forged tokens
 * sent to Finlet (refused: the card goes only to the processor), forged and stale processor
 * callbacks, malformed and foreign input on every payment endpoint (always a 4xx envelope), and
 * one session's token reading another session's payment.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK_SECRET, type PaymentWorld, startPaymentWorld } from './world.ts';

let w: PaymentWorld;
beforeAll(async () => {
  w = await startPaymentWorld({ LOG_LEVEL: 'trace' });
});
afterAll(() => w.close());

const sign = (body: string, secret = CALLBACK_SECRET, t = Math.floor(Date.now() / 1000)) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;

const postCallback = (body: string, signature?: string) =>
  fetch(`${w.finletUrl}/callbacks/processor`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'processor-signature': signature } : {}),
    },
    body,
  });

describe('card data', () => {
  it('is never stored or logged: only the token, brand, last 4 and expiry', async () => {
    const s = await w.session();
    const res = await w.confirm(s.token, {
      number: '4000 0027 6000 3184',
      cvc: '739',
      name: 'Ada Cardholder',
      postal_code: 'SW1A 1AA',
    });
    const pay = await res.json();
    await w.challenge(pay.next_action.url, { code: '123456' });
    await w.widget(s.token, 'GET', `/payments/${pay.id}`);
    const tables = await w.ctx.deps.database.db.execute<{ tablename: string }>(
      sql`select tablename from pg_tables where schemaname = 'public'`,
    );
    let dump = '';
    for (const { tablename } of (tables as unknown as { rows: { tablename: string }[] }).rows) {
      const rows = await w.ctx.deps.database.db.execute(sql.raw(`select * from "${tablename}"`));
      dump += JSON.stringify((rows as unknown as { rows: unknown[] }).rows);
    }
    const logs = w.ctx.logs.join('\n');
    expect(dump).toContain('3184');
    for (const haystack of [dump, logs]) {
      expect(haystack).not.toMatch(/4000\s?0027\s?6000\s?3184/);
      expect(haystack).not.toContain('Ada Cardholder');
      expect(haystack).not.toContain('SW1A 1AA');
      expect(haystack).not.toMatch(/"cvc"|"number"/);
    }
  });
});

describe('raw card data sent to Finlet', () => {
  const pan = '4242424242424242';
  it.each([
    ['the old confirm body', { card: { number: pan, exp_month: 12, exp_year: 2099, cvc: '123' } }],
    ['a card number as the token', { payment_method: { type: 'token', token: '4242 4242 4242 4242' } }],
    ['card fields beside the token', { payment_method: { type: 'token', token: 'tok_x', number: pan } }],
    ['a CVC beside the token', { payment_method: { type: 'token', token: 'tok_x' }, cvc: '123' }],
    [
      'a card number anywhere',
      { payment_method: { type: 'token', token: 'tok_x' }, note: '4242-4242-4242-4242' },
    ],
  ])(
    'is refused with 400 card_data_not_accepted (%s), charged, stored and logged nowhere',
    async (_, body) => {
      const s = await w.session();
      const before = w.processor.state.tokens.size;
      const res = await w.widget(s.token, 'POST', '/payments', body, `att_raw_${randomUUID()}`);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({ code: 'card_data_not_accepted', param: 'card' });
      expect(w.processor.state.tokens.size).toBe(before);
      expect((await (await w.widget(s.token, 'GET', '/payment')).json()).payment).toBeNull();
      expect(w.ctx.logs.join('\n')).not.toMatch(/4242[\s-]?4242[\s-]?4242[\s-]?4242/);
    },
  );

  it('a token the processor never made is refused 400 invalid_request and charges nothing', async () => {
    const s = await w.session();
    const before = w.processor.state.payments.size;
    for (const token of ['tok_000000000000000000000000', 'tok_../../v1/refunds', 'x'.repeat(200)]) {
      const res = await w.widget(
        s.token,
        'POST',
        '/payments',
        { payment_method: { type: 'token', token } },
        `att_${randomUUID()}`,
      );
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({
        code: 'invalid_request',
        param: 'payment_method.token',
      });
    }
    expect(w.processor.state.payments.size).toBe(before);
  });

  it('encrypted fields are refused by a processor without client-side encryption (the sandbox), 400', async () => {
    const s = await w.session();
    const res = await w.widget(
      s.token,
      'POST',
      '/payments',
      {
        payment_method: {
          type: 'encrypted',
          encrypted_card_number: 'eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d',
          encrypted_expiry_month: 'eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d',
          encrypted_expiry_year: 'eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d',
          encrypted_security_code: 'eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d',
        },
      },
      `att_${randomUUID()}`,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'invalid_request', param: 'payment_method.type' });
  });
});

describe('processor callbacks', () => {
  const body = JSON.stringify({ id: 'evt_x', type: 'payment.succeeded', created: 1, data: { object: {} } });
  it.each([
    ['no signature', undefined],
    ['another secret', sign(body, 'pcs_test_attacker')],
    ['a stale timestamp', sign(body, CALLBACK_SECRET, Math.floor(Date.now() / 1000) - 3600)],
    ['a garbage header', 't=abc,v1=zz'],
  ])('with %s is refused with 400 invalid_signature', async (_, signature) => {
    const res = await postCallback(body, signature);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_signature');
  });

  it('a forged "succeeded" for a failed payment cannot flip it, even when replayed with a valid old signature', async () => {
    const s = await w.session();
    const pay = await (await w.confirm(s.token, { number: '4000000000000002' })).json();
    const forged = JSON.stringify({
      id: 'evt_forged',
      type: 'payment.succeeded',
      created: 1,
      data: {
        object: {
          id: 'pi_forged',
          status: 'succeeded',
          amount: 1,
          currency: 'EUR',
          reference: pay.id,
          card: { brand: 'visa', last4: '4242', exp_month: 1, exp_year: 2099 },
          decline_code: null,
          next_action: null,
          amount_refunded: 0,
        },
      },
    });
    expect((await postCallback(forged, sign(forged, 'pcs_test_attacker'))).status).toBe(400);
    // Even a correctly signed message cannot revive a failed payment: terminal states never move.
    expect((await postCallback(forged, sign(forged))).status).toBe(200);
    const after = await (await w.ctx.api('GET', `/v1/payments/${pay.id}`)).json();
    expect(after.status).toBe('failed');
  });
});

describe('malformed and foreign input', () => {
  it.each([
    ['POST', '/payments', 'not json', 'application/json'],
    [
      'POST',
      '/payments',
      '{"card":{"number":"4242424242424242","exp_month":13,"exp_year":2030,"cvc":"123"}}',
      'application/json',
    ],
    [
      'POST',
      '/payments',
      '{"card":{"number":"4242\\u00004242","exp_month":1,"exp_year":2030,"cvc":"123"}}',
      'application/json',
    ],
    ['POST', '/payments', '{"card":"x"}', 'text/plain'],
    [
      'POST',
      '/payments',
      `{"card":{"number":"${'4'.repeat(5000)}","exp_month":1,"exp_year":2030,"cvc":"123"}}`,
      'application/json',
    ],
    ['GET', '/payments/pay_doesnotexist000000000000', undefined, undefined],
    ['GET', '/payments/..%2F..%2Fsession', undefined, undefined],
  ])('widget %s %s %s → 4xx envelope', async (method, p, body, type) => {
    const s = await w.session();
    const res = await w.ctx.app.request(`/widget/v1${p}`, {
      method,
      headers: {
        authorization: `Bearer ${s.token}`,
        'idempotency-key': 'att_malformed_1',
        ...(type ? { 'content-type': type } : {}),
      },
      body,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBeTypeOf('string');
  });

  it.each([
    ['POST', '/v1/payments/pay_x/refunds', '{"amount":-1}'],
    ['POST', '/v1/payments/pay_x/refunds', '{"amount":1.5}'],
    ['POST', '/v1/payments/pay_x/refunds', '{"amount":1,"extra":true}'],
    ['GET', '/v1/payments?limit=1000', undefined],
    ['GET', '/v1/payments?created[gte]=yesterday', undefined],
    ['GET', '/v1/payments/export?format=xlsx', undefined],
    ['GET', '/v1/payments/export', undefined],
  ])('partner %s %s %s → 4xx envelope', async (method, p, body) => {
    const res = await w.ctx.api(method, p, body === undefined ? {} : { body });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBeTypeOf('string');
  });

  it("one session's token cannot read another session's payment", async () => {
    const a = await w.session();
    const b = await w.session();
    const pay = await (await w.confirm(a.token, { number: '4242424242424242' })).json();
    const res = await w.widget(b.token, 'GET', `/payments/${pay.id}`);
    expect(res.status).toBe(404);
  });
});
