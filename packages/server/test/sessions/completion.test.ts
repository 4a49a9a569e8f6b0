/**
 * A paying customer is never reported as abandoned (issue 11, item 4): a session completes by
 * itself when its last flow reaches its final result — the shopper may close the widget on
 * "Payment successful" instead of pressing Continue — and the expiry sweep completes, never
 * expires, a session whose payment succeeded. The widget's complete call stays valid and
 * repeatable. Real Finlet and Sandbox Processor over HTTP, both databases.
 */
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, systemClock } from '../../src/clock.ts';
import { sweepExpiredSessions } from '../../src/sessions/lifecycle.ts';
import { type PaymentWorld, startPaymentWorld } from '../payment/world.ts';
import { eventTypesOf } from '../support/harness.ts';

let w: PaymentWorld;
beforeAll(async () => {
  w = await startPaymentWorld();
});
afterAll(() => w.close());
afterEach(() => {
  w.ctx.deps.clock = systemClock;
});

const DECLINED_CARD = '4000000000000002';

const sessionEvents = (id: string) => eventTypesOf(w.ctx, id);

const readSession = async (id: string) => (await w.ctx.api('GET', `/v1/sessions/${id}`)).json();

/** Moves the clock past every session's expiry and runs the expiry sweep, as housekeeping would. */
async function sweepAfterExpiry() {
  w.ctx.deps.clock = new ManualClock(new Date(Date.now() + 31 * 60_000));
  await sweepExpiredSessions(w.ctx.deps);
}

describe('a session whose payment succeeded', () => {
  it('completes by itself with session.completed; the widget’s complete answers the same result, again and again', async () => {
    const s = await w.session();
    const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(pay.status).toBe('succeeded');

    // No complete call from the widget: the shopper closed it on "Payment successful".
    const session = await readSession(s.id);
    expect(session).toMatchObject({
      status: 'completed',
      flow_states: { payment: { status: 'succeeded', result: { payment_id: pay.id } } },
    });
    expect(session.completed_at).not.toBeNull();
    expect(await sessionEvents(s.id)).toEqual(['session.completed']);

    const jwks = createLocalJWKSet(
      await (await w.ctx.api('GET', '/.well-known/jwks.json', { key: null })).json(),
    );
    const results = [];
    for (let i = 0; i < 2; i++) {
      const res = await w.widget(s.token, 'POST', '/session/complete', {});
      expect(res.status).toBe(200);
      const done = await res.json();
      expect(done).toMatchObject({
        session_id: s.id,
        summary: { flows: { payment: { status: 'succeeded' } } },
      });
      const { payload } = await jwtVerify(done.result_token, jwks, {
        audience: w.ctx.partner.id,
        subject: s.id,
      });
      results.push({ status: payload.status, flows: payload.flows });
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0]).toEqual({ status: 'completed', flows: { payment: { status: 'succeeded' } } });
    // Completing again records nothing more.
    expect(await sessionEvents(s.id)).toEqual(['session.completed']);

    // Past its expiry the sweep leaves it completed and sends no session.expired.
    await sweepAfterExpiry();
    expect((await readSession(s.id)).status).toBe('completed');
    expect(await sessionEvents(s.id)).toEqual(['session.completed']);
  });

  it('the frame still reads it; a repeated attempt replays its payment, a new one is refused', async () => {
    const s = await w.session();
    const key = `att_${crypto.randomUUID()}`;
    const pay = await (await w.confirm(s.token, { number: '4242424242424242' }, key)).json();
    expect((await readSession(s.id)).status).toBe('completed');

    const view = await w.widget(s.token, 'GET', '/session');
    expect(view.status).toBe(200);
    expect((await view.json()).status).toBe('completed');
    const read = await w.widget(s.token, 'GET', `/payments/${pay.id}`);
    expect((await read.json()).status).toBe('succeeded');

    const replay = await w.confirm(s.token, { number: '4242424242424242' }, key);
    expect(replay.status).toBe(200);
    expect((await replay.json()).id).toBe(pay.id);
    const another = await w.confirm(s.token, { number: '5555555555554444' });
    expect(another.status).toBe(409);
    expect((await another.json()).error.code).toBe('session_completed');
    const charges = [...w.processor.state.payments.values()].filter((r) => r.payment.reference === pay.id);
    expect(charges).toHaveLength(1);
  });

  it('with a flow still unfinished stays open; past its expiry the sweep completes it, never expires it', async () => {
    const s = await w.session({ flows: ['payment', 'identity'] });
    const pay = await (await w.confirm(s.token, { number: '4242424242424242' })).json();
    expect(pay.status).toBe('succeeded');
    // The identity flow is still the shopper's to do.
    expect((await readSession(s.id)).status).toBe('open');
    const early = await w.widget(s.token, 'POST', '/session/complete', {});
    expect((await early.json()).error.code).toBe('invalid_state');

    await sweepAfterExpiry();
    const session = await readSession(s.id);
    expect(session).toMatchObject({
      status: 'completed',
      flow_states: { payment: { status: 'succeeded', result: { payment_id: pay.id } } },
    });
    // The unfinished flow keeps the status it had.
    expect(session.flow_states.identity).toEqual({ status: 'pending', result: null });
    expect(await sessionEvents(s.id)).toEqual(['session.completed']);
  });

  it('reading it past its expiry completes it too (the partner’s GET, the widget’s calls)', async () => {
    const s = await w.session({ flows: ['payment', 'link'] });
    await w.confirm(s.token, { number: '4242424242424242' });
    w.ctx.deps.clock = new ManualClock(new Date(Date.now() + 31 * 60_000));
    expect((await readSession(s.id)).status).toBe('completed');
    expect(await sessionEvents(s.id)).toEqual(['session.completed']);
  });
});

describe('a session whose payment failed', () => {
  it('stays open for another card, which then completes it', async () => {
    const s = await w.session();
    const declined = await (await w.confirm(s.token, { number: DECLINED_CARD })).json();
    expect(declined.status).toBe('failed');
    expect((await readSession(s.id)).status).toBe('open');
    const paid = await (await w.confirm(s.token, { number: '5555555555554444' })).json();
    expect(paid.status).toBe('succeeded');
    expect((await readSession(s.id)).status).toBe('completed');
    expect(await sessionEvents(s.id)).toEqual(['session.completed']);
  });

  it('expires at its expiry like any abandoned session: no money moved', async () => {
    const s = await w.session();
    await w.confirm(s.token, { number: DECLINED_CARD });
    await sweepAfterExpiry();
    expect((await readSession(s.id)).status).toBe('expired');
    expect(await sessionEvents(s.id)).toEqual(['session.expired']);
  });
});
