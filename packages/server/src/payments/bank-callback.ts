/**
 * The OAuth callback of a pay-by-bank attempt (the shared `F/oauth/callback` hands it here). One
 * callback per attempt does the work: it claims the attempt in the database first, so a page
 * loaded twice — at once or later — never redeems the code twice (a bank revokes the grant of a
 * code redeemed twice) and only shows the first one's result. What the claiming callback does
 * depends on who submits the payment:
 * - the bank, on the user's approval (Berlin Group): the redirect only says the user is back, so
 *   the bank's status decides — read by the payment id known since initiation, with no token (the
 *   code is not redeemed at all). A refusal in the redirect fails the payment only once the bank
 *   confirms it holds no approval (rejected, or withdrawn there);
 * - Finlet (UK): the code is exchanged and the payment submitted (bank-reconcile.ts). A token
 *   endpoint that does not answer leaves the payment `processing` with the redirect kept
 *   (encrypted), redeemed later by reconciliation; a refusal fails it — nothing was submitted.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { type BankTokens, bankFailureCode } from '../connectors/bank/oauth.ts';
import type {
  PaymentSubmittedByFinlet,
  PaymentSubmittedOnApproval,
} from '../connectors/bank/payments-types.ts';
import { ProviderUnanswered } from '../connectors/http/errors.ts';
import type { Deps } from '../context.ts';
import { bankPaymentAttempts } from '../db/schema.ts';
import { awaitFirstCallback } from '../links/callback-claim.ts';
import { callbackUrl } from '../links/service.ts';
import {
  applyBankStatus,
  type BankAttemptRow,
  bankPaymentIdOf,
  endPayment,
  readPayment,
  SECRET,
} from './bank-outcome.ts';
import { keepRedirect, pollBankPayment, submitPayment } from './bank-reconcile.ts';
import type { PaymentRow } from './state.ts';

/**
 * Completes the OAuth redirect of a pay-by-bank attempt; `undefined` when `state` is not one (the
 * link flow's callback then tries it). Never throws for a bank failure: the payment records it.
 */
export async function completeBankPaymentCallback(
  deps: Deps,
  params: URLSearchParams,
): Promise<{ attempt: BankAttemptRow; payment: PaymentRow } | undefined> {
  const state = params.get('state') ?? '';
  if (!/^[0-9A-Za-z]{32}$/.test(state)) return undefined;
  const [attempt] = await deps.database.db
    .select()
    .from(bankPaymentAttempts)
    .where(eq(bankPaymentAttempts.id, state));
  if (!attempt) return undefined;
  const read = async () => (await readPayment(deps, attempt.paymentId))!;
  if (!(await claim(deps, attempt.id)))
    return { attempt, payment: await awaitFirstCallback(read, (p) => p.status !== 'requires_action') };
  const payment = await read();
  if (payment.status !== 'requires_action') return { attempt, payment };
  const bank = deps.banks.payments(attempt.institution);
  if (!bank) {
    // An institution no longer configured: nobody can ask it anything.
    return {
      attempt,
      payment: (await endPayment(deps, payment.id, 'failed', 'institution_unavailable')) ?? payment,
    };
  }
  if (bank.submittedOnApproval) await returnedFromApproval(deps, params, payment, attempt, bank);
  else await redeemAndSubmit(deps, params, payment, attempt, bank);
  return { attempt, payment: await read() };
}

/** Claims the attempt for this callback (atomically: the first one sets `callback_at`). */
async function claim(deps: Deps, attemptId: string): Promise<boolean> {
  const claimed = await deps.database.db
    .update(bankPaymentAttempts)
    .set({ callbackAt: deps.clock.now() })
    .where(and(eq(bankPaymentAttempts.id, attemptId), isNull(bankPaymentAttempts.callbackAt)))
    .returning({ id: bankPaymentAttempts.id });
  return claimed.length === 1;
}

async function returnedFromApproval(
  deps: Deps,
  params: URLSearchParams,
  payment: PaymentRow,
  attempt: BankAttemptRow,
  bank: PaymentSubmittedOnApproval,
) {
  let refusal: string | undefined;
  await bank.checkRedirect(params, { state: attempt.id }).catch((error: unknown) => {
    refusal = bankFailureCode(error);
  });
  const bankPaymentId = bankPaymentIdOf(payment, attempt, bank)!;
  try {
    const status = await bank.status(bankPaymentId);
    if (status !== 'awaiting_approval') {
      await applyBankStatus(deps, payment.id, status, { rejectedCode: refusal, bankPaymentId });
      if (status === 'pending') await pollBankPayment(deps, payment.id, 3);
      return;
    }
    // Approved, yet the bank has not recorded it: it is the bank's to settle, keep asking.
    if (!refusal) return void (await endPayment(deps, payment.id, 'processing', undefined, bankPaymentId));
    // Refused: withdrawn at the bank first, so that no later approval pays it.
    if ((await bank.withdraw(bankPaymentId)) === 'withdrawn')
      await endPayment(deps, payment.id, 'failed', refusal);
    else await endPayment(deps, payment.id, 'processing', undefined, bankPaymentId);
  } catch (error) {
    deps.logger.warn({ payment: payment.id, code: bankFailureCode(error) }, 'bank payment status unknown');
    // An approval means the bank has the payment; after a refusal it still waits (reconciliation,
    // a new attempt or the session's close withdraws it).
    if (!refusal) await endPayment(deps, payment.id, 'processing', undefined, bankPaymentId);
  }
}

async function redeemAndSubmit(
  deps: Deps,
  params: URLSearchParams,
  payment: PaymentRow,
  attempt: BankAttemptRow,
  bank: PaymentSubmittedByFinlet,
) {
  let tokens: BankTokens;
  try {
    tokens = await bank.exchange(params, {
      state: attempt.id,
      codeVerifier: deps.cipher.decryptText(attempt.verifierEnc, SECRET.verifier),
      redirectUri: callbackUrl(deps),
    });
  } catch (error) {
    if (!(error instanceof ProviderUnanswered)) {
      deps.logger.warn(
        { institution: attempt.institution, code: bankFailureCode(error) },
        'bank payment failed',
      );
      await endPayment(deps, payment.id, 'failed', bankFailureCode(error));
      return;
    }
    // The user approved but the token endpoint did not answer: Finlet still owes the submission.
    deps.logger.warn(
      { payment: payment.id, code: error.code },
      'bank token endpoint unavailable; redeeming later',
    );
    if ((await endPayment(deps, payment.id, 'processing'))?.status === 'processing')
      await keepRedirect(deps, attempt.id, params.toString());
    return;
  }
  // Closing the session may have canceled the payment since it was read: then nothing is submitted.
  if ((await endPayment(deps, payment.id, 'processing'))?.status !== 'processing') return;
  if (await submitPayment(deps, payment, attempt, bank, tokens)) await pollBankPayment(deps, payment.id, 3);
}
