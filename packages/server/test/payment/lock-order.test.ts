/**
 * The lock-order attack (issue 5): the partner cancels a session at the very moment the widget
 * starts a pay-by-bank payment (which abandons the session's earlier bank authorisation) or
 * confirms a card that asks for 3-D Secure. Both sides lock the session row and its payments; on
 * PostgreSQL two transactions taking them in opposite orders deadlock and one is aborted (40P01),
 * which the API would answer with a 5xx. Many rounds, several sessions at once: every answer must
 * be a 2xx or a documented 4xx (`session_canceled` 410, `payment_in_progress` 409), and the end
 * state consistent — a canceled session keeps no payment `requires_action` or `processing`, and
 * no card payment of it can still be captured at the processor. Real Finlet, sandbox banks and
 * Sandbox Processor over HTTP, on PGlite (one connection: no true race) and PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payments } from '../../src/db/schema.ts';
import { type LinkWorld, startLinkWorld } from '../link/support.ts';
import type { TestContext } from '../support/harness.ts';
import { eventually, type PaymentWorld, PROCESSOR_KEY, startPaymentWorld } from './world.ts';

const ROUNDS = 12;
const SESSIONS_PER_ROUND = 4;
const CHALLENGE_CARD = '4000002760003184';
/** The answers a racing widget call may get besides success. */
const DOCUMENTED_4XX = new Set(['session_canceled', 'payment_in_progress']);

let bankWorld: LinkWorld;
let cardWorld: PaymentWorld;
beforeAll(async () => {
  [bankWorld, cardWorld] = await Promise.all([startLinkWorld(), startPaymentWorld()]);
});
afterAll(async () => {
  await bankWorld?.close();
  await cardWorld?.close();
});

async function paySession(ctx: TestContext, currency: string) {
  const res = await ctx.api('POST', '/v1/sessions', {
    body: {
      flows: ['payment'],
      customer: { reference: 'cus_race' },
      payment: { amount: 4200, currency, description: 'Race order' },
      allowed_origins: ['https://shop.example'],
    },
  });
  const body = await res.json();
  if (res.status !== 201) throw new Error(JSON.stringify(body));
  return body as { id: string; client_token: string };
}

async function startBank(ctx: TestContext, token: string): Promise<Response> {
  return ctx.app.request('/widget/v1/payments/bank', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': `att_${randomUUID()}`,
    },
    body: JSON.stringify({ method: 'bank', institution: 'sandbox-bank-uk' }),
  });
}

/** Checks one racing answer: a 2xx, or a documented 4xx — never a 5xx (shown with its server log). */
async function expectDocumented(ctx: TestContext, what: string, res: Response): Promise<any> {
  const body: any = await res.json();
  if (res.status >= 200 && res.status < 300) return body;
  const requestId: string = body.error?.request_id ?? 'none';
  const logged = ctx.logs.filter((l) => l.includes(requestId)).join('\n');
  expect(res.status, `${what}: ${JSON.stringify(body)}\n${logged}`).toBeLessThan(500);
  expect(DOCUMENTED_4XX, `${what}: ${JSON.stringify(body)}`).toContain(body.error?.code);
  return body;
}

const jitter = () => new Promise((r) => setTimeout(r, Math.floor(Math.random() * 4)));

async function paymentsOf(ctx: TestContext, sessionId: string) {
  return ctx.deps.database.db.select().from(payments).where(eq(payments.sessionId, sessionId));
}

/** Runs the partner's cancel against `race` on `n` sessions at once; checks both answers. */
async function cancelRacing(
  ctx: TestContext,
  sessions: { id: string; client_token: string }[],
  race: (token: string) => Promise<Response>,
) {
  await Promise.all(
    sessions.map(async (s) => {
      const [canceled, raced] = await Promise.all([
        jitter().then(() => ctx.api('POST', `/v1/sessions/${s.id}/cancel`)),
        jitter().then(() => race(s.client_token)),
      ]);
      const session = await expectDocumented(ctx, 'cancel', canceled as Response);
      expect(canceled.status, JSON.stringify(session)).toBe(200);
      expect(session.status).toBe('canceled');
      await expectDocumented(ctx, 'widget', raced);
    }),
  );
}

describe('session cancel racing the widget (lock order)', () => {
  it('against a bank payment start that abandons the earlier authorisation: no 5xx, nothing left waiting', async () => {
    const { ctx } = bankWorld;
    for (let round = 0; round < ROUNDS; round++) {
      const sessions = await Promise.all(
        Array.from({ length: SESSIONS_PER_ROUND }, async () => {
          const s = await paySession(ctx, 'GBP');
          const first = await startBank(ctx, s.client_token);
          expect(first.status, await first.clone().text()).toBe(200);
          return s;
        }),
      );
      await cancelRacing(ctx, sessions, (token) => startBank(ctx, token));
      for (const s of sessions) {
        const rows = await paymentsOf(ctx, s.id);
        expect(rows.length).toBeGreaterThanOrEqual(1);
        for (const p of rows) {
          expect(['canceled', 'failed'], `${p.id} of canceled ${s.id}`).toContain(p.status);
        }
      }
    }
  });

  it('against a card confirm that asks for 3-D Secure: no 5xx, nothing capturable afterwards', async () => {
    const w = cardWorld;
    const { ctx } = w;
    for (let round = 0; round < ROUNDS; round++) {
      const sessions = await Promise.all(
        Array.from({ length: SESSIONS_PER_ROUND }, () => paySession(ctx, 'EUR')),
      );
      await cancelRacing(ctx, sessions, (token) => w.confirm(token, { number: CHALLENGE_CARD }));
      for (const s of sessions) {
        for (const p of await paymentsOf(ctx, s.id)) {
          expect(['canceled', 'failed'], `${p.id} of canceled ${s.id}`).toContain(p.status);
          if (!p.processorPaymentId) continue;
          // The processor's own view: its cancel landed (made right after the session's commit).
          const atProcessor = await eventually(
            async () =>
              (await (
                await fetch(`${w.processorUrl}/v1/payments/${p.processorPaymentId}`, {
                  headers: { authorization: `Bearer ${PROCESSOR_KEY}` },
                })
              ).json()) as { status: string; amount_captured: number },
            (pp) => pp.status !== 'requires_action',
          );
          expect(atProcessor).toMatchObject({ status: 'canceled', amount_captured: 0 });
        }
      }
    }
  });
});
