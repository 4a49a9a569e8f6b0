/**
 * Reconciling a pay-by-bank payment with its bank: the step the OAuth callback, every widget read
 * and the housekeeping sweep (bank-settle.ts) take. Nothing but the bank's answer moves a payment
 * the bank may have:
 * - waiting for the user's return (`requires_action`) at a bank whose approval submits the payment
 *   (Berlin Group): its status is read by the bank payment id known from initiation, so an approval
 *   whose callback never reached Finlet (popup closed first) is found — pending moves it to
 *   `processing`, settled to `succeeded`;
 * - `processing` with the payment not yet submitted (UK, where Finlet submits): the submission owed
 *   is made — with the user's token kept while its outcome is unknown (same idempotency key), or by
 *   redeeming, once, the redirect kept while the token endpoint was down;
 * - `processing` at the bank: its status until settled (`succeeded`) or rejected (`failed`). One
 *   the bank still holds unapproved is withdrawn there once its session has closed (then `canceled`
 *   with the close reason), so nobody can approve it afterwards.
 * A bank that does not answer changes nothing: the next read or check asks again.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import { type BankTokens, bankFailureCode } from '../connectors/bank/oauth.ts';
import type { BankPaymentInitiation, PaymentSubmittedByFinlet } from '../connectors/bank/payments-types.ts';
import { ProviderUnanswered } from '../connectors/http/errors.ts';
import type { Deps } from '../context.ts';
import { bankPaymentAttempts, payments, sessions } from '../db/schema.ts';
import { callbackUrl } from '../links/service.ts';
import {
  applyBankStatus,
  attemptOf,
  type BankAttemptRow,
  bankPaymentIdOf,
  endPayment,
  orderOf,
  payeeOf,
  readPayment,
  SECRET,
} from './bank-outcome.ts';
import { closeReasonOf } from './session-close.ts';
import type { PaymentRow } from './state.ts';

/** Reads the bank's view of a payment up to `reads` times (short pauses between); answers the payment. */
export async function pollBankPayment(
  deps: Deps,
  paymentId: string,
  reads = 1,
): Promise<PaymentRow | undefined> {
  for (let n = 0; n < reads; n++) {
    const row = await readPayment(deps, paymentId);
    if (row?.status !== 'processing' && row?.status !== 'requires_action') return row;
    const attempt = await attemptOf(deps, paymentId);
    const bank = attempt && deps.banks.payments(attempt.institution);
    if (!attempt || !bank || !(await askBank(deps, row, attempt, bank))) return readPayment(deps, paymentId);
    if (n + 1 < reads) await new Promise((r) => setTimeout(r, 150));
  }
  return readPayment(deps, paymentId);
}

/** One step; false when there is nothing to ask or the bank did not answer. */
async function askBank(
  deps: Deps,
  row: PaymentRow,
  attempt: BankAttemptRow,
  bank: BankPaymentInitiation,
): Promise<boolean> {
  // Before the user's return only a bank whose approval submits the payment can have it.
  if (row.status === 'requires_action' && !bank.submittedOnApproval) return false;
  let bankPaymentId = bankPaymentIdOf(row, attempt, bank);
  if (!bankPaymentId && !bank.submittedOnApproval) {
    bankPaymentId = await submitOwed(deps, row, attempt, bank);
    if (!bankPaymentId || (await readPayment(deps, row.id))?.status !== 'processing')
      return Boolean(bankPaymentId);
  }
  if (!bankPaymentId) return false;
  try {
    const status = await bank.status(bankPaymentId);
    if (status === 'awaiting_approval')
      return row.status === 'processing' && withdrawIfClosed(deps, row, bankPaymentId, bank);
    await applyBankStatus(deps, row.id, status, { bankPaymentId });
    return true;
  } catch (error) {
    deps.logger.warn({ payment: row.id, code: bankFailureCode(error) }, 'bank payment status unknown');
    return false;
  }
}

/**
 * `processing` while the bank holds no approval: the session closed while the user was at the bank
 * (or the bank is slow to record an approval). Once the session is closed the payment is withdrawn
 * at the bank, so a late approval cannot pay it, and canceled; while it is open, the bank is asked
 * again later.
 */
async function withdrawIfClosed(
  deps: Deps,
  row: PaymentRow,
  bankPaymentId: string,
  bank: BankPaymentInitiation,
): Promise<boolean> {
  const [session] = await deps.database.db
    .select({ status: sessions.status })
    .from(sessions)
    .where(eq(sessions.id, row.sessionId));
  const reason = closeReasonOf(session?.status ?? '');
  if (!reason || !bank.submittedOnApproval) return false;
  if ((await bank.withdraw(bankPaymentId)) === 'withdrawn')
    await endPayment(deps, row.id, 'canceled', reason);
  return true;
}

/**
 * The submission Finlet still owes a bank where it submits (UK): repeated with the kept user token
 * (same idempotency key: the bank answers the payment it made the first time, or makes it now,
 * once), or made after redeeming the kept redirect. Answers the bank's payment id once known.
 */
async function submitOwed(
  deps: Deps,
  row: PaymentRow,
  attempt: BankAttemptRow,
  bank: PaymentSubmittedByFinlet,
): Promise<string | null> {
  if (attempt.submitTokenEnc) {
    const accessToken = deps.cipher.decryptText(attempt.submitTokenEnc, SECRET.submitToken);
    return submitPayment(deps, row, attempt, bank, { accessToken, refreshToken: null, expiresAt: null });
  }
  const kept = await takeKeptRedirect(deps, attempt.id);
  if (!kept) return null;
  let tokens: BankTokens;
  try {
    tokens = await bank.exchange(new URLSearchParams(kept), {
      state: attempt.id,
      codeVerifier: deps.cipher.decryptText(attempt.verifierEnc, SECRET.verifier),
      redirectUri: callbackUrl(deps),
    });
  } catch (error) {
    if (error instanceof ProviderUnanswered) {
      await keepRedirect(deps, attempt.id, kept);
      deps.logger.warn({ payment: row.id, code: error.code }, 'bank token endpoint still unavailable');
      return null;
    }
    // The bank refused the code (it expired while its token endpoint was down): nothing was submitted.
    await endPayment(deps, row.id, 'failed', 'institution_unavailable');
    return null;
  }
  return submitPayment(deps, row, attempt, bank, tokens);
}

/**
 * Submits the authorised payment with the user's tokens. The token is kept (encrypted) until the
 * bank's payment id is known, so a submission whose answer never comes — timeout, or the process
 * killed — is repeated with the same idempotency key; a refusal fails the payment (nothing moved).
 */
export async function submitPayment(
  deps: Deps,
  row: PaymentRow,
  attempt: BankAttemptRow,
  bank: PaymentSubmittedByFinlet,
  tokens: BankTokens,
): Promise<string | null> {
  await setAttempt(deps, attempt.id, {
    submitTokenEnc: deps.cipher.encrypt(tokens.accessToken, SECRET.submitToken),
  });
  try {
    const submitted = await bank.submit(orderOf(row, payeeOf(deps, attempt)), attempt.bankConsentId, tokens);
    await deps.database.db.transaction(async (tx) => {
      await tx
        .update(payments)
        .set({ processorPaymentId: submitted.bankPaymentId })
        .where(eq(payments.id, row.id));
      await tx
        .update(bankPaymentAttempts)
        .set({ submitTokenEnc: null })
        .where(eq(bankPaymentAttempts.id, attempt.id));
    });
    await applyBankStatus(deps, row.id, submitted.status);
    return submitted.bankPaymentId;
  } catch (error) {
    if (error instanceof ProviderUnanswered) {
      deps.logger.warn(
        { payment: row.id, code: error.code },
        'bank payment submission outcome unknown; asking again later',
      );
      return null;
    }
    deps.logger.warn(
      { payment: row.id, code: bankFailureCode(error) },
      'bank refused the payment submission',
    );
    await setAttempt(deps, attempt.id, { submitTokenEnc: null });
    await endPayment(deps, row.id, 'failed', bankFailureCode(error));
    return null;
  }
}

async function setAttempt(deps: Deps, id: string, patch: Partial<BankAttemptRow>) {
  await deps.database.db.update(bankPaymentAttempts).set(patch).where(eq(bankPaymentAttempts.id, id));
}

/** Keeps the bank's redirect (its code unredeemed: the token endpoint did not answer) for a later redemption. */
export async function keepRedirect(deps: Deps, attemptId: string, query: string) {
  await setAttempt(deps, attemptId, { callbackEnc: deps.cipher.encrypt(query, SECRET.callback) });
}

/**
 * Takes the kept redirect away from the attempt, atomically: of a widget read and the sweep asking
 * at once, one redeems the code (a bank revokes the grant of a code redeemed twice).
 */
async function takeKeptRedirect(deps: Deps, attemptId: string): Promise<string | null> {
  return deps.database.db.transaction(async (tx) => {
    const [kept] = await tx
      .select({ callbackEnc: bankPaymentAttempts.callbackEnc })
      .from(bankPaymentAttempts)
      .where(and(eq(bankPaymentAttempts.id, attemptId), isNotNull(bankPaymentAttempts.callbackEnc)))
      .for('update');
    if (!kept?.callbackEnc) return null;
    await tx
      .update(bankPaymentAttempts)
      .set({ callbackEnc: null })
      .where(eq(bankPaymentAttempts.id, attemptId));
    return deps.cipher.decryptText(kept.callbackEnc, SECRET.callback);
  });
}
