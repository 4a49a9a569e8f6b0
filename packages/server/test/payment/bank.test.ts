/**
 * Pay by bank through both bank dialects over real HTTP (Sandbox Bank UK: OB 4.0 domestic
 * payments; Sandbox Bank EU: Berlin Group SEPA credit transfers): the widget starts the payment,
 * the user authorises at the bank (the MFA user enters the one-time code), Finlet's callback
 * exchanges the code, submits and polls; the payment, its events and the session's flow state
 * are checked. Also: the 99-minor-units rejection, a denied consent, and bank faults (5xx retried,
 * a hang past the timeout, a malformed body) ending in clear failure codes, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoginAnswers, loginThroughBank } from '../../../sandbox/src/bank-common/login-driver.ts';
import { type LinkWorld, linkBank, startLinkWorld, widget } from '../link/support.ts';

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld({ env: { FINLET_BANK_TIMEOUT_MS: '400' } });
});
afterAll(async () => world?.close());

async function paySession(amount: number, currency: string, flows = ['payment']) {
  const res = await world.ctx.api('POST', '/v1/sessions', {
    body: {
      flows,
      customer: { reference: 'cus_pbb' },
      payment: { amount, currency, description: 'Sandbox order' },
      allowed_origins: ['https://shop.example'],
    },
  });
  const body = await res.json();
  if (res.status !== 201) throw new Error(JSON.stringify(body));
  return body as { id: string; client_token: string };
}

async function start(token: string, institution: string, key = `att_${crypto.randomUUID()}`) {
  const res = await world.ctx.app.request('/widget/v1/payments/bank', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ method: 'bank', institution }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Start → bank login/consent → Finlet callback; returns the callback page and the widget's payment. */
async function payByBank(token: string, institution: string, answers: LoginAnswers) {
  const started = await start(token, institution);
  if (started.status !== 200) throw new Error(JSON.stringify(started.body));
  expect(started.body.payment.status).toBe('requires_action');
  const outcome = await loginThroughBank(started.body.authorization_url, answers);
  if (outcome.kind !== 'redirect') throw new Error('stopped at the bank');
  const page = await world.ctx.app.request(`${outcome.url.pathname}${outcome.url.search}`);
  const html = await page.text();
  let payment = await (await widget(world.ctx, token)('GET', `/payments/${started.body.payment.id}`)).json();
  for (let i = 0; i < 5 && payment.status === 'processing'; i++)
    payment = await (await widget(world.ctx, token)('GET', `/payments/${payment.id}`)).json();
  return { started: started.body, html, payment };
}

async function eventsOf(paymentId: string) {
  const res = await world.ctx.api('GET', '/v1/events?limit=100');
  const { data } = (await res.json()) as { data: { type: string; data: { object: { id: string } } }[] };
  // Events of one transaction share a timestamp: compare them as a set, in the machine's order.
  const order = ['payment.requires_action', 'payment.processing', 'payment.succeeded', 'payment.failed'];
  return data
    .filter((e) => e.data.object.id === paymentId)
    .map((e) => e.type)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

async function flowState(sessionId: string) {
  return (await (await world.ctx.api('GET', `/v1/sessions/${sessionId}`)).json()).flow_states.payment;
}

describe('pay by bank', () => {
  it('UK: the MFA user authorises, the payment settles, events and flow state follow', async () => {
    const s = await paySession(1234, 'GBP');
    const view = await (await widget(world.ctx, s.client_token)('GET', '/payment')).json();
    expect(view.methods).toEqual(['card', 'bank']);
    const banks = await (await widget(world.ctx, s.client_token)('GET', '/payment/institutions')).json();
    expect(banks.data.map((b: { id: string }) => b.id)).toEqual(['sandbox-bank-uk']);
    const { html, payment } = await payByBank(s.client_token, 'sandbox-bank-uk', {
      username: 'user_mfa',
      password: 'pass_good',
      otp: '123456',
    });
    expect(html).toContain('Payment authorised');
    expect(payment).toMatchObject({ status: 'succeeded', amount: 1234, currency: 'GBP', failure_code: null });
    const events = await eventsOf(payment.id);
    expect(events).toEqual(['payment.requires_action', 'payment.processing', 'payment.succeeded']);
    expect(await flowState(s.id)).toMatchObject({ status: 'succeeded', result: { payment_id: payment.id } });
    const partner = await (await world.ctx.api('GET', `/v1/payments/${payment.id}`)).json();
    expect(partner).toMatchObject({ method: 'bank', status: 'succeeded', card: null });
  });

  it('EU: the payment settles; an amount ending in 99 is rejected by the bank', async () => {
    const ok = await paySession(2500, 'EUR');
    const paid = await payByBank(ok.client_token, 'sandbox-bank-eu', {
      username: 'user_good',
      password: 'pass_good',
    });
    expect(paid.payment.status).toBe('succeeded');
    const bad = await paySession(399, 'EUR');
    const rejected = await payByBank(bad.client_token, 'sandbox-bank-eu', {
      username: 'user_good',
      password: 'pass_good',
    });
    expect(rejected.payment).toMatchObject({ status: 'failed', failure_code: 'bank_rejected' });
    expect(await eventsOf(rejected.payment.id)).toEqual([
      'payment.requires_action',
      'payment.processing',
      'payment.failed',
    ]);
    expect(await flowState(bad.id)).toMatchObject({
      status: 'failed',
      result: { failure_code: 'bank_rejected' },
    });
  });

  it('a denied consent fails the payment with consent_denied; the user can start again', async () => {
    const s = await paySession(500, 'GBP');
    const denied = await payByBank(s.client_token, 'sandbox-bank-uk', {
      username: 'user_deny',
      password: 'pass_good',
      decision: 'deny',
    });
    expect(denied.html).toContain('The payment was not authorised');
    expect(denied.payment).toMatchObject({ status: 'failed', failure_code: 'consent_denied' });
    const again = await payByBank(s.client_token, 'sandbox-bank-uk', {
      username: 'user_good',
      password: 'pass_good',
    });
    expect(again.payment.status).toBe('succeeded');
  });

  it('refuses a bank that cannot pay the currency, a double start, and foreign payment ids', async () => {
    const s = await paySession(700, 'GBP');
    const wrong = await start(s.client_token, 'sandbox-bank-eu');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.param).toBe('institution');
    const key = `att_${crypto.randomUUID()}`;
    expect((await start(s.client_token, 'sandbox-bank-uk', key)).status).toBe(200);
    const replay = await start(s.client_token, 'sandbox-bank-uk', key);
    expect(replay.status).toBe(409);
    expect(replay.body.error.code).toBe('payment_in_progress');
    const other = await paySession(700, 'GBP');
    const first = await start(s.client_token, 'sandbox-bank-uk');
    const foreign = await widget(world.ctx, other.client_token)('GET', `/payments/${first.body.payment.id}`);
    expect(foreign.status).toBe(404);
  });

  it('a new bank attempt cancels the abandoned one (payment.canceled), which never settles later', async () => {
    const s = await paySession(800, 'GBP');
    const abandoned = await start(s.client_token, 'sandbox-bank-uk');
    expect(abandoned.body.payment.status).toBe('requires_action');
    const retry = await start(s.client_token, 'sandbox-bank-uk');
    expect(retry.status).toBe(200);
    expect(retry.body.payment.id).not.toBe(abandoned.body.payment.id);
    const old = await (await world.ctx.api('GET', `/v1/payments/${abandoned.body.payment.id}`)).json();
    expect(old.status).toBe('canceled');
    const res = await world.ctx.api('GET', '/v1/events?limit=100');
    const { data } = (await res.json()) as { data: { type: string; data: { object: { id: string } } }[] };
    const types = data.filter((e) => e.data.object.id === abandoned.body.payment.id).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['payment.requires_action', 'payment.canceled']));
    expect(types).not.toContain('payment.succeeded');
  });

  it('the bank linked earlier in the session is offered first', async () => {
    const { session } = await linkBank(world.ctx, 'sandbox-bank-uk', 'user_good', {
      session: {
        flows: ['link', 'payment'],
        payment: { amount: 100, currency: 'GBP', description: 'x' },
      },
    });
    const banks = await (
      await widget(world.ctx, session.client_token)('GET', '/payment/institutions')
    ).json();
    expect(banks.data[0]).toMatchObject({ id: 'sandbox-bank-uk', linked: true });
  });
});

describe('refunds of bank payments', () => {
  it.each([
    ['sandbox-bank-uk', 'GBP'],
    ['sandbox-bank-eu', 'EUR'],
  ])('%s: refused with refund_not_supported before anything is stored', async (institution, currency) => {
    const s = await paySession(2600, currency);
    const { payment } = await payByBank(s.client_token, institution, {
      username: 'user_good',
      password: 'pass_good',
    });
    expect(payment.status).toBe('succeeded');
    for (const body of [{}, { amount: 100 }]) {
      const res = await world.ctx.api('POST', `/v1/payments/${payment.id}/refunds`, { body });
      expect(res.status).toBe(400);
      const answer = await res.json();
      expect(answer.error).toMatchObject({ code: 'refund_not_supported', type: 'invalid_request_error' });
    }
    const refunds = await (await world.ctx.api('GET', `/v1/payments/${payment.id}/refunds`)).json();
    expect(refunds.data).toEqual([]);
    const after = await (await world.ctx.api('GET', `/v1/payments/${payment.id}`)).json();
    expect(after).toMatchObject({ status: 'succeeded', amount_refunded: 0 });
    const events = await (await world.ctx.api('GET', '/v1/events?limit=100')).json();
    const refundEvents = events.data.filter((e: { type: string }) => e.type.startsWith('refund.'));
    expect(refundEvents).toEqual([]);
  });
});

describe('pay by bank under bank faults', () => {
  it('retries 5xx on submission and status reads (idempotency keys) and still settles once', async () => {
    const s = await paySession(4200, 'GBP');
    world.uk.bank.faults.control.next(2, 'status=503', {
      method: 'POST',
      path: '/open-banking/v4.0/pisp/domestic-payments',
    });
    world.uk.bank.faults.control.next(2, 'status=500', {
      method: 'GET',
      path: '/open-banking/v4.0/pisp/domestic-payments/',
    });
    const { payment } = await payByBank(s.client_token, 'sandbox-bank-uk', {
      username: 'user_good',
      password: 'pass_good',
    });
    expect(payment.status).toBe('succeeded');
    expect(await eventsOf(payment.id)).toEqual([
      'payment.requires_action',
      'payment.processing',
      'payment.succeeded',
    ]);
  });

  it('a hang past the timeout and a malformed body on initiation are retried (X-Request-ID) and the payment goes on', async () => {
    const s = await paySession(900, 'EUR');
    world.eu.bank.faults.control.next(1, 'hang', { method: 'POST', path: '/v1/payments' });
    world.eu.bank.faults.control.next(1, 'malformed', { method: 'POST', path: '/v1/payments' });
    const { payment } = await payByBank(s.client_token, 'sandbox-bank-eu', {
      username: 'user_good',
      password: 'pass_good',
    });
    expect(payment.status).toBe('succeeded');
  });

  it('a status read that keeps failing leaves the payment processing; a later read settles it', async () => {
    const s = await paySession(1500, 'EUR');
    world.eu.bank.faults.control.next(100, 'status=503', { method: 'GET', path: '/v1/payments/' });
    const started = await start(s.client_token, 'sandbox-bank-eu');
    const outcome = await loginThroughBank(started.body.authorization_url, {
      username: 'user_good',
      password: 'pass_good',
    });
    if (outcome.kind !== 'redirect') throw new Error('stopped at the bank');
    await world.ctx.app.request(`${outcome.url.pathname}${outcome.url.search}`);
    const w = widget(world.ctx, s.client_token);
    const waiting = await (await w('GET', `/payments/${started.body.payment.id}`)).json();
    expect(waiting.status).toBe('processing');
    world.eu.bank.faults.control.clear();
    // The failures opened the bank's breaker; once its cool-down has passed, reads go through again.
    world.ctx.clock.advance(31_000);
    let payment = waiting;
    for (let i = 0; i < 4 && payment.status === 'processing'; i++)
      payment = await (await w('GET', `/payments/${started.body.payment.id}`)).json();
    expect(payment.status).toBe('succeeded');
  });
  it('a bank that keeps failing: provider_timeout, then the open breaker answers provider_unavailable', async () => {
    const s = await paySession(900, 'EUR');
    world.eu.bank.faults.control.next(10, 'hang', { method: 'POST', path: '/v1/payments' });
    const hung = await start(s.client_token, 'sandbox-bank-eu');
    expect(hung.body.error.code).toBe('provider_timeout');
    expect(hung.status).toBeLessThan(600);
    world.eu.bank.faults.control.clear();
    const refused = await start(s.client_token, 'sandbox-bank-eu');
    expect(refused.body.error.code).toBe('provider_unavailable');
    const banks = await (await widget(world.ctx, s.client_token)('GET', '/payment/institutions')).json();
    expect(banks.data[0]).toMatchObject({ id: 'sandbox-bank-eu', health: 'degraded' });
  });
});
