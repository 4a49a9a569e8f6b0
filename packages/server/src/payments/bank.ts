/**
 * Pay by bank (issue 5). Starting creates the payment `requires_action` (its event in the same
 * transaction) and the bank-side consent/payment the user authorises in a popup or a full-page
 * redirect; the shared `F/oauth/callback` hands the round trip here: the code is exchanged
 * server-side, the payment submitted (idempotency keys derived from the payment id), the payment
 * moves `processing`, and the bank's status is read — on the callback, then on every widget read —
 * until it settles (`succeeded`) or is rejected (`failed`); when nobody reads any more (the widget
 * was closed), the housekeeping sweep in payments/bank-settle.ts keeps asking. Each change goes
 * through the payment state machine, so events and the session's flow state commit with it.
 */
import { randomBytes } from 'node:crypto';
import { type Payee, randomBase62, type StartBankPayment } from '@finlet/shared';
import { and, eq, inArray } from 'drizzle-orm';
import { bankFailureCode } from '../connectors/bank/oauth.ts';
import {
  type BankPaymentOrder,
  type BankPaymentStatus,
  SANDBOX_PAYEES,
} from '../connectors/bank/payments-types.ts';
import type { Deps, SessionRow } from '../context.ts';
import { bankPaymentAttempts, payments } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { callbackUrl } from '../links/service.ts';
import { after, checkDelay } from './checks.ts';
import { insertPayment, paymentByKey } from './open.ts';
import { lockForChange, lockOpenSession, type PaymentRow, transition } from './state.ts';

const VERIFIER_CONTEXT = 'bank_payment_attempts.verifier';
const SUBMIT_TOKEN_CONTEXT = 'bank_payment_attempts.submit_token';
export type BankAttemptRow = typeof bankPaymentAttempts.$inferSelect;

const orderOf = (p: PaymentRow, payee: Payee): BankPaymentOrder => ({
  paymentId: p.id,
  amount: p.amount,
  currency: p.currency,
  reference: p.id,
  payee,
});

/**
 * Whom an attempt pays: fixed when it began (attempts from before payees paid the sandbox collection
 * account). The rest of an attempt goes to the directory's bank directly: the session's providers
 * allowed it at the start, and money already on its way is followed through whatever changes since.
 */
const payeeOf = (deps: Deps, a: BankAttemptRow): Payee =>
  a.payee ?? SANDBOX_PAYEES[deps.banks.describe(a.institution)?.dialect ?? 'ob_uk'];

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
  const banks = (await deps.providers.for(session)).banks;
  const bank = banks.payments(input.institution);
  if (!bank) throw new ApiError('invalid_request', 'Unknown institution.', 'institution');
  const payee = await banks.payee(input.institution);
  if (!bank.currencies.includes(order.currency))
    throw new ApiError('invalid_request', `This bank cannot pay in ${order.currency}.`, 'institution');

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
    // An abandoned bank authorisation (popup closed) gives way to the new attempt.
    const waiting = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.sessionId, session.id), eq(payments.status, 'requires_action')))
      .for('update');
    for (const w of waiting) {
      if (w.method !== 'bank')
        throw new ApiError('payment_in_progress', `Payment ${w.id} awaits 3-D Secure.`);
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
  // A replayed key (double click) does not open a second authorisation at the bank.
  if (!created.fresh)
    throw new ApiError('payment_in_progress', `Payment ${created.row.id} is already awaiting the bank.`);

  const redirectUri = callbackUrl(deps);
  try {
    const { consentId } = await bank.createPayment(orderOf(created.row, payee), { redirectUri });
    const state = randomBase62(32);
    const codeVerifier = randomBytes(32).toString('base64url');
    const url = await bank.authorizationUrl({ consentId, state, codeVerifier, redirectUri });
    await deps.database.db.insert(bankPaymentAttempts).values({
      id: state,
      paymentId: created.row.id,
      sessionId: session.id,
      institution: input.institution,
      bankConsentId: consentId,
      verifierEnc: deps.cipher.encrypt(codeVerifier, VERIFIER_CONTEXT),
      mode: input.mode,
      payee,
      createdAt: deps.clock.now(),
    });
    return { payment: created.row, attempt: state, authorization_url: url };
  } catch (error) {
    // Nothing was authorised: the attempt ends here and the user may choose again.
    await endPayment(deps, created.row.id, 'failed', bankFailureCode(error));
    throw error;
  }
}

/**
 * A submission that timed out (after every retry) or met an unreachable bank may have been
 * accepted: the bank did not say no, so the payment must not be reported failed.
 */
function outcomeUnknown(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.code === 'provider_timeout' || error.code === 'provider_unavailable')
  );
}

/** Moves a bank payment on; a payment going `processing` is due for its first background check. */
export async function endPayment(
  deps: Deps,
  paymentId: string,
  status: 'failed' | 'processing' | 'succeeded',
  code?: string,
  bankPaymentId?: string,
) {
  const row = await deps.database.db.transaction(async (tx) => {
    const locked = await lockForChange(tx, paymentId);
    if (!locked) return undefined;
    const patch: Partial<PaymentRow> = {
      ...(code ? { failureCode: code } : {}),
      ...(bankPaymentId ? { processorPaymentId: bankPaymentId } : {}),
      ...(status === 'processing' ? { nextCheckAt: after(deps, checkDelay(1)), checkAttempts: 0 } : {}),
    };
    return transition(deps, tx, locked.row, status, patch);
  });
  deps.pokeDispatcher();
  return row;
}

async function applyBankStatus(deps: Deps, paymentId: string, status: BankPaymentStatus) {
  if (status === 'settled') return endPayment(deps, paymentId, 'succeeded');
  if (status === 'rejected') return endPayment(deps, paymentId, 'failed', 'bank_rejected');
  return undefined;
}

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
  const read = async () =>
    (await deps.database.db.select().from(payments).where(eq(payments.id, attempt.paymentId)))[0]!;
  const payment = await read();
  const bank = deps.banks.payments(attempt.institution);
  if (payment.status !== 'requires_action') return { attempt, payment };
  if (!bank)
    return {
      attempt,
      payment: (await endPayment(deps, payment.id, 'failed', 'institution_unavailable')) ?? payment,
    };
  try {
    const tokens = await bank.exchange(params, {
      state,
      codeVerifier: deps.cipher.decryptText(attempt.verifierEnc, VERIFIER_CONTEXT),
      redirectUri: callbackUrl(deps),
    });
    // Closing the session may have canceled the payment since it was read: then nothing is submitted.
    if ((await endPayment(deps, payment.id, 'processing'))?.status !== 'processing')
      return { attempt, payment: await read() };
    try {
      await recordSubmission(
        deps,
        payment.id,
        await bank.submit(orderOf(payment, payeeOf(deps, attempt)), attempt.bankConsentId, tokens),
      );
    } catch (error) {
      if (!outcomeUnknown(error)) throw error;
      // The bank may have taken it: stay `processing`; a later read repeats the submission with the
      // same idempotency key (the bank answers the first result) and settles it from there.
      await deps.database.db
        .update(bankPaymentAttempts)
        .set({ submitTokenEnc: deps.cipher.encrypt(tokens.accessToken, SUBMIT_TOKEN_CONTEXT) })
        .where(eq(bankPaymentAttempts.id, attempt.id));
      deps.logger.warn(
        { payment: payment.id, code: (error as ApiError).code },
        'bank payment submission outcome unknown; a later read asks again',
      );
      return { attempt, payment: await read() };
    }
    await pollBankPayment(deps, payment.id, 3);
  } catch (error) {
    deps.logger.warn(
      { institution: attempt.institution, code: bankFailureCode(error) },
      'bank payment failed',
    );
    await endPayment(deps, payment.id, 'failed', bankFailureCode(error));
  }
  return { attempt, payment: await read() };
}

/** Remembers the bank's payment id (the token kept for an unknown outcome is no longer needed). */
async function recordSubmission(
  deps: Deps,
  paymentId: string,
  submitted: { bankPaymentId: string; status: BankPaymentStatus },
) {
  await deps.database.db.transaction(async (tx) => {
    await tx
      .update(payments)
      .set({ processorPaymentId: submitted.bankPaymentId })
      .where(eq(payments.id, paymentId));
    await tx
      .update(bankPaymentAttempts)
      .set({ submitTokenEnc: null })
      .where(eq(bankPaymentAttempts.paymentId, paymentId));
  });
  await applyBankStatus(deps, paymentId, submitted.status);
}

/**
 * A submission whose answer never came: repeats it with the same idempotency key, so the bank
 * answers the payment it created the first time (or creates it now, once). False while the bank
 * still does not answer.
 */
async function resubmit(deps: Deps, row: PaymentRow, attempt: BankAttemptRow): Promise<boolean> {
  const bank = deps.banks.payments(attempt.institution);
  if (!bank || !attempt.submitTokenEnc) return false;
  try {
    const accessToken = deps.cipher.decryptText(attempt.submitTokenEnc, SUBMIT_TOKEN_CONTEXT);
    const submitted = await bank.submit(orderOf(row, payeeOf(deps, attempt)), attempt.bankConsentId, {
      accessToken,
      refreshToken: null,
      expiresAt: null,
    });
    await recordSubmission(deps, row.id, submitted);
    return true;
  } catch (error) {
    // Still no answer (or one Finlet cannot act on): the payment stays processing, never failed.
    deps.logger.warn(
      { payment: row.id, code: bankFailureCode(error) },
      'bank payment submission still unknown',
    );
    return false;
  }
}

/** Reads the bank's status of a processing payment up to `reads` times (short pauses between). */
export async function pollBankPayment(
  deps: Deps,
  paymentId: string,
  reads = 1,
): Promise<PaymentRow | undefined> {
  for (let n = 0; n < reads; n++) {
    const read = async () =>
      (await deps.database.db.select().from(payments).where(eq(payments.id, paymentId)))[0];
    let row = await read();
    if (row?.status !== 'processing') return row;
    const [attempt] = await deps.database.db
      .select()
      .from(bankPaymentAttempts)
      .where(eq(bankPaymentAttempts.paymentId, paymentId));
    if (!row.processorPaymentId) {
      // A submission whose answer never came is asked again first (same idempotency key).
      if (!attempt || !(await resubmit(deps, row, attempt))) return row;
      row = await read();
      if (row?.status !== 'processing' || !row.processorPaymentId) return row;
    }
    const bank = attempt && deps.banks.payments(attempt.institution);
    if (!bank) return row;
    try {
      await applyBankStatus(deps, paymentId, await bank.status(row.processorPaymentId));
    } catch (error) {
      // The payment was submitted: a bank that does not answer now leaves it processing; the next read catches up.
      deps.logger.warn({ payment: paymentId, code: bankFailureCode(error) }, 'bank payment status unknown');
      return row;
    }
    if (n + 1 < reads) await new Promise((r) => setTimeout(r, 150));
  }
  const [row] = await deps.database.db.select().from(payments).where(eq(payments.id, paymentId));
  return row;
}
