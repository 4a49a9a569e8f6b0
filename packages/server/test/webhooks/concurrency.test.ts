import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookDeliveries } from '../../src/db/schema.ts';
import { createDispatcher, type Dispatcher } from '../../src/webhooks/dispatcher.ts';
import { recordEvent } from '../../src/webhooks/outbox.ts';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { scenario } from './scenario.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ FINLET_WEBHOOK_CONCURRENCY: '4' });
});
afterAll(() => t.close());

async function drain(d: Dispatcher) {
  let total = 0;
  for (let n = await d.runOnce(); n > 0; n = await d.runOnce()) total += n;
  return total;
}

describe('several dispatchers on one database', () => {
  it('deliver every event exactly once between them (SKIP LOCKED claims)', async () => {
    const s = await scenario(t);
    const N = 60;
    const ids = new Set<string>();
    for (let i = 0; i < N; i++) {
      const e = await recordEvent(t.deps.database.db, {
        partnerId: s.partner.id,
        type: 'payment.succeeded',
        object: { id: `pay_${i}`, object: 'payment', livemode: false, amount: 100 + i },
        now: t.clock.now(),
      });
      ids.add(e.id);
    }
    const a = createDispatcher(t.deps);
    const b = createDispatcher(t.deps);
    // Answers wait until both dispatchers have a full batch in flight: one holds at most
    // FINLET_WEBHOOK_CONCURRENCY (4) claims, so the other must have claimed past its locked rows.
    s.receiver.hold();
    const both = Promise.all([drain(a), drain(b)]);
    await s.receiver.waitFor(8);
    s.receiver.release();
    const [na, nb] = await both;
    expect(na + nb).toBe(N);
    expect(na).toBeGreaterThan(0);
    expect(nb).toBeGreaterThan(0);
    const got = s.receiver.received.map((r) => r.headers['webhook-id']!);
    expect(got).toHaveLength(N);
    expect(new Set(got)).toEqual(ids);
    for (const r of s.receiver.received) new Webhook(s.endpoint.secret).verify(r.body, r.headers);
    await s.close();
  });

  it('takes over a claim whose lease lapsed (a node that crashed mid-delivery)', async () => {
    const s = await scenario(t);
    await s.cancelSession();
    // Another node claimed the row and died before recording anything.
    const lease = new Date(t.clock.now().getTime() + 70_000);
    await t.deps.database.db
      .update(webhookDeliveries)
      .set({ lockedUntil: lease })
      .where(sql`${webhookDeliveries.partnerId} = ${s.partner.id}`);
    const d = createDispatcher(t.deps);
    expect(await d.runOnce()).toBe(0);
    t.clock.advance(70_000);
    expect(await d.runOnce()).toBe(1);
    expect(s.receiver.received).toHaveLength(1);
    await s.close();
  });
});
