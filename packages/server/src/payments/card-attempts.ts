/**
 * The card-testing guard: a fraudster with a list of stolen card numbers tries them one after
 * another through a checkout until one goes through. Finlet counts failed card payments — in this
 * session (FINLET_CARD_FAILURES_PER_SESSION), and across the sessions of the same customer
 * reference of the same partner and mode within a window (FINLET_CARD_FAILURES_PER_CUSTOMER in
 * FINLET_CARD_FAILURES_WINDOW_SECONDS) — and refuses the next attempt with 429
 * `too_many_card_attempts` before it reaches the processor. Only failed payments count (declines,
 * failed or abandoned 3-D Secure): a success or a payment still in flight does not. The failed payment rows
 * are the record, so there is no counter to keep in step; the caller holds the session's lock, so
 * two attempts of one session cannot both slip under its limit.
 */
import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { Deps, SessionRow } from '../context.ts';
import type { Tx } from '../db/client.ts';
import { payments, sessions } from '../db/schema.ts';
import { ApiError } from '../errors.ts';

const failedCard = and(eq(payments.method, 'card'), eq(payments.status, 'failed'));

export async function assertCardAttemptsLeft(deps: Deps, tx: Tx, session: SessionRow): Promise<void> {
  const cfg = deps.config;
  const [inSession] = await tx
    .select({ n: count() })
    .from(payments)
    .where(and(eq(payments.sessionId, session.id), failedCard));
  if ((inSession?.n ?? 0) >= cfg.FINLET_CARD_FAILURES_PER_SESSION) {
    throw new ApiError('too_many_card_attempts', 'Too many failed card payments in this session.');
  }
  const reference = session.customer.reference;
  if (!reference) return;
  const since = new Date(deps.clock.now().getTime() - cfg.FINLET_CARD_FAILURES_WINDOW_SECONDS * 1000);
  const [forCustomer] = await tx
    .select({ n: count() })
    .from(payments)
    .innerJoin(sessions, eq(sessions.id, payments.sessionId))
    .where(
      and(
        eq(sessions.partnerId, session.partnerId),
        eq(sessions.livemode, session.livemode),
        sql`${sessions.customer}->>'reference' = ${reference}`,
        failedCard,
        gte(payments.createdAt, since),
      ),
    );
  if ((forCustomer?.n ?? 0) >= cfg.FINLET_CARD_FAILURES_PER_CUSTOMER) {
    throw new ApiError(
      'too_many_card_attempts',
      'Too many failed card payments for this customer; try later.',
    );
  }
}
