/**
 * Starting a pay-by-bank payment (issue 5): the payment is created `requires_action` (its event in
 * the same transaction) with the bank-side consent or payment the user authorises in a popup or a
 * full-page redirect. The callback (bank-callback.ts) and reconciliation (bank-reconcile.ts, and
 * the housekeeping sweep in bank-settle.ts) take it from there. A session pays once: a payment
 * `processing` or `succeeded` refuses another (409 `payment_in_progress`), and an earlier
 * authorisation the user abandoned gives way only once it can no longer pay — at a bank whose
 * approval submits the payment (Berlin Group) it is withdrawn there first; if the user had
 * approved it after all, it becomes `processing` and the new attempt is refused.
 */
import { randomBytes } from 'node:crypto';
import { randomBase62, type StartBankPayment } from '@finlet/shared';
import { and, eq, inArray } from 'drizzle-orm';
import { bankFailureCode } from '../connectors/bank/oauth.ts';
import { assertPaymentMethod } from '../connectors/providers.ts';
import type { Deps, SessionRow } from '../context.ts';
import { bankPaymentAttempts, payments } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { callbackUrl } from '../links/service.ts';
import { bankPaymentIdOf, endPayment, orderOf, SECRET } from './bank-outcome.ts';
import { after, checkDelay } from './checks.ts';
import { insertPayment, paymentByKey } from './open.ts';
import { closeReasonOf } from './session-close.ts';
import { lockForChange, lockOpenSession, type PaymentRow, transition } from './state.ts';

// Widget reads (routes/widget-payments.ts) reconcile a bank payment through this module.
export { pollBankPayment } from './bank-reconcile.ts';

export async function startBankPayment(
  deps: Deps,
  session: SessionRow,
  idempotencyKey: string,
  input: StartBankPayment,
): Promise<{ payment: PaymentRow; attempt: string; authorization_url: string }> {
  const order = session.payment;
  if (!session.flows.includes('payment') || !order)
    throw new ApiError('flow_not_enabled', 'The session does not include the payment flow.');
  if (input.mode === 'redirect' && !session.redirectUri)
    throw new ApiError('invalid_request', 'Redirect mode needs the session’s redirect_uri.', 'mode');
  const providers = await deps.providers.for(session);
  assertPaymentMethod(providers, 'pay_by_bank');
  const { banks } = providers;
  const bank = banks.payments(input.institution);
  if (!bank) throw new ApiError('invalid_request', 'Unknown institution.', 'institution');
  const payee = await banks.payee(input.institution);
  if (!bank.currencies.includes(order.currency))
    throw new ApiError('invalid_request', `This bank cannot pay in ${order.currency}.`, 'institution');

  // A replayed key (double click) does not open a second authorisation, nor touch the first.
  const replayed = await paymentByKey(deps.database.db, session.id, idempotencyKey);
  if (replayed)
    throw new ApiError('payment_in_progress', `Payment ${replayed.id} is already awaiting the bank.`);
  const withdrawn = await withdrawAbandoned(deps, session.id);

  const created = await deps.database.db.transaction(async (tx) => {
    // The session first, then its payments (LOCK ORDER in state.ts); a closed session answers 410.
    await lockOpenSession(deps, tx, session.id);
    const replay = await paymentByKey(tx, session.id, idempotencyKey);
    if (replay) return { row: replay, fresh: false };
    const [active] = await tx
      .select({ id: payments.id, status: payments.status, method: payments.method })
      .from(payments)
      .where(and(eq(payments.sessionId, session.id), inArray(payments.status, ['processing', 'succeeded'])))
      .limit(1);
    if (active)
      throw new ApiError('payment_in_progress', `Payment ${active.id} of this session is ${active.status}.`);
    const waiting = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.sessionId, session.id), eq(payments.status, 'requires_action')))
      .for('update');
    for (const w of waiting) {
      if (w.method !== 'bank')
        throw new ApiError('payment_in_progress', `Payment ${w.id} awaits 3-D Secure.`);
      // Started meanwhile by another request: not known to be withdrawn, so it is not replaced.
      if (!withdrawn.has(w.id))
        throw new ApiError('payment_in_progress', `Payment ${w.id} is awaiting the bank.`);
      await transition(deps, tx, w, 'canceled', { failureCode: 'authorization_abandoned' });
    }
    const row = await insertPayment(
      tx,
      session,
      order,
      { idempotencyKey, status: 'requires_action', method: 'bank' },
      deps.clock.now(),
    );
    return { row, fresh: true };
  });
  deps.pokeDispatcher();
  if (!created.fresh)
    throw new ApiError('payment_in_progress', `Payment ${created.row.id} is already awaiting the bank.`);

  const redirectUri = callbackUrl(deps);
  try {
    const { consentId } = await bank.createPayment(orderOf(created.row, payee), { redirectUri });
    const state = randomBase62(32);
    const codeVerifier = randomBytes(32).toString('base64url');
    const url = await bank.authorizationUrl({ consentId, state, codeVerifier, redirectUri });
    const closedBy = await deps.database.db.transaction(async (tx) => {
      // The session may have closed since the payment was created (LOCK ORDER: session, then payment).
      const locked = await lockForChange(tx, created.row.id);
      if (locked?.row.status !== 'requires_action')
        return closeReasonOf(locked?.sessionStatus ?? 'canceled') ?? 'payment_in_progress';
      await tx.insert(bankPaymentAttempts).values({
        id: state,
        paymentId: created.row.id,
        sessionId: session.id,
        institution: input.institution,
        bankConsentId: consentId,
        verifierEnc: deps.cipher.encrypt(codeVerifier, SECRET.verifier),
        mode: input.mode,
        payee,
        createdAt: deps.clock.now(),
      });
      // The bank has the payment from now on and the user's approval submits it: it is looked up
      // by its id even if no callback ever comes (the popup closed first).
      if (bank.submittedOnApproval)
        await tx
          .update(payments)
          .set({ processorPaymentId: consentId, nextCheckAt: after(deps, checkDelay(1)), checkAttempts: 0 })
          .where(eq(payments.id, created.row.id));
      return undefined;
    });
    if (closedBy) {
      // Nobody gets the authorisation URL; the bank's payment is withdrawn all the same if it can be.
      if (bank.submittedOnApproval) await bank.withdraw(consentId).catch(() => undefined);
      throw new ApiError(closedBy);
    }
    return { payment: created.row, attempt: state, authorization_url: url };
  } catch (error) {
    // Nothing was authorised: the attempt ends here and the user may choose again.
    await endPayment(deps, created.row.id, 'failed', bankFailureCode(error));
    throw error;
  }
}

/**
 * Makes the session's bank payments still waiting for the user safe to replace: nothing to do where
 * Finlet submits (nothing moves until it does, and a canceled payment is never submitted); where
 * the approval submits, each is withdrawn at the bank — or, approved there already, moved to
 * `processing`. A bank that does not answer refuses the new attempt (its error), changing nothing.
 * Answers the ids that may be canceled.
 */
async function withdrawAbandoned(deps: Deps, sessionId: string): Promise<Set<string>> {
  const waiting = await deps.database.db
    .select({ payment: payments, attempt: bankPaymentAttempts })
    .from(payments)
    .innerJoin(bankPaymentAttempts, eq(bankPaymentAttempts.paymentId, payments.id))
    .where(and(eq(payments.sessionId, sessionId), eq(payments.status, 'requires_action')));
  const withdrawn = new Set<string>();
  for (const { payment, attempt } of waiting) {
    const bank = deps.banks.payments(attempt.institution);
    if (!bank?.submittedOnApproval) {
      withdrawn.add(payment.id);
      continue;
    }
    const bankPaymentId = bankPaymentIdOf(payment, attempt, bank)!;
    if ((await bank.withdraw(bankPaymentId)) === 'withdrawn') withdrawn.add(payment.id);
    else await endPayment(deps, payment.id, 'processing', undefined, bankPaymentId);
  }
  return withdrawn;
}
