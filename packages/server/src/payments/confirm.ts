/**
 * Confirming a card payment from the widget. Each confirm attempt carries the widget's own
 * Idempotency-Key; the payment row is created under the session's row lock (LOCK ORDER in
 * state.ts; a session closed meanwhile answers 410), keyed by it, so a
 * double click replays the same attempt and a second tab finds the first one in flight
 * (`payment_in_progress`) instead of charging again. The card itself never reaches Finlet: the
 * browser gave it to the processor (its tokenizer, or its client-side encryption) and Finlet gets
 * a `CardSource` — only its brand, last 4 and expiry are kept, read from the processor
 * (`describe`) or from the charge's answer. Failed attempts are limited (card-attempts.ts: the
 * card-testing guard), checked under the session's lock. The charge carries an
 * Idempotency-Key derived from the payment id, so the connector may retry it after a timeout and
 * the processor answers with the charge it already made. The payment is inserted with a check due
 * (card-reconcile.ts): if neither the charge's answer nor the processor's callback settles it —
 * a timeout, a 5xx, this process killed meanwhile — housekeeping asks the processor by that key.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { type CardSource, type CardSummary, ProcessorFailure } from '../connectors/payments/processor.ts';
import { assertPaymentMethod } from '../connectors/providers.ts';
import type { Deps, SessionRow } from '../context.ts';
import { payments } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { assertCardAttemptsLeft } from './card-attempts.ts';
import { chargeKey, firstCheckAt } from './card-reconcile.ts';
import { insertPayment, paymentByKey } from './open.ts';
import { applyProcessorPayment, failPayment, lockOpenSession, type PaymentRow } from './state.ts';

export const RETURN_PATH = '/payments/3ds-return';

export async function confirmCardPayment(
  deps: Deps,
  session: SessionRow,
  idempotencyKey: string,
  source: CardSource,
): Promise<PaymentRow> {
  const order = session.payment;
  if (!session.flows.includes('payment') || !order) {
    throw new ApiError('flow_not_enabled', 'The session does not include the payment flow.');
  }
  const replay = await paymentByKey(deps.database.db, session.id, idempotencyKey);
  if (replay) return replay;
  const providers = await deps.providers.for(session);
  assertPaymentMethod(providers, 'cards');
  const { processor, callbackUrl, accountId } = providers.cards();

  // A read: moves no money. Null when only the charge's answer will say (the row's card fills then).
  let card: CardSummary | null;
  try {
    card = await processor.describe(source);
  } catch (error) {
    throw ApiError.from(error);
  }

  const created = await deps.database.db.transaction(async (tx) => {
    await lockOpenSession(deps, tx, session.id);
    const again = await paymentByKey(tx, session.id, idempotencyKey);
    if (again) return { row: again, fresh: false };
    await assertCardAttemptsLeft(deps, tx, session);
    const [active] = await tx
      .select({ id: payments.id, status: payments.status })
      .from(payments)
      .where(
        and(
          eq(payments.sessionId, session.id),
          inArray(payments.status, ['processing', 'requires_action', 'succeeded']),
        ),
      )
      .limit(1);
    if (active) {
      throw new ApiError('payment_in_progress', `Payment ${active.id} of this session is ${active.status}.`);
    }
    const row = await insertPayment(
      tx,
      session,
      order,
      {
        idempotencyKey,
        status: 'processing',
        method: 'card',
        providerAccountId: accountId,
        card: card && {
          brand: card.brand,
          last4: card.last4,
          exp_month: card.exp_month,
          exp_year: card.exp_year,
        },
        nextCheckAt: firstCheckAt(deps),
      },
      deps.clock.now(),
    );
    return { row, fresh: true };
  });
  deps.pokeDispatcher();
  if (!created.fresh) return created.row;
  const payment = created.row;

  const publicUrl = deps.config.publicUrl;
  try {
    const pp = await processor.charge(
      {
        source,
        amount: payment.amount,
        currency: payment.currency,
        reference: payment.id,
        returnUrl: `${publicUrl}${RETURN_PATH}?session=${session.id}`,
        callbackUrl,
        frameAncestors: [...new Set([new URL(publicUrl).origin, ...session.allowedOrigins])],
      },
      chargeKey(payment.id),
    );
    return (await applyProcessorPayment(deps, payment.id, pp)) ?? payment;
  } catch (error) {
    if (!(error instanceof ProcessorFailure)) throw error;
    if (error.kind === 'unknown') {
      // The charge may have happened: stay `processing` until the processor's callback or
      // housekeeping's check (already due) says what happened.
      deps.logger.warn({ payment: payment.id, code: error.code }, 'charge outcome unknown; reconciling');
      return payment;
    }
    return (await failPayment(deps, payment.id, 'processing_error')) ?? payment;
  }
}
