/**
 * What every step of a pay-by-bank payment shares (starting it in bank.ts, the OAuth callback in
 * bank-callback.ts, reconciliation in bank-reconcile.ts): moving the payment through the state
 * machine — its event and the session's flow state commit with it — mapping the bank's status onto
 * it, and reading the attempt row that holds the bank-side ids and the secrets kept for later.
 * Money rule: only the bank's own answer (a status, a refusal) ends a payment the bank may have.
 */
import type { Payee } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import {
  type BankPaymentInitiation,
  type BankPaymentOrder,
  type BankPaymentStatus,
  SANDBOX_PAYEES,
} from '../connectors/bank/payments-types.ts';
import type { Deps } from '../context.ts';
import { bankPaymentAttempts, payments } from '../db/schema.ts';
import { after, checkDelay } from './checks.ts';
import { lockForChange, type PaymentRow, transition } from './state.ts';

/** AES-GCM contexts of the attempt's secrets. */
export const SECRET = {
  verifier: 'bank_payment_attempts.verifier',
  submitToken: 'bank_payment_attempts.submit_token',
  callback: 'bank_payment_attempts.callback',
} as const;

export type BankAttemptRow = typeof bankPaymentAttempts.$inferSelect;

export const orderOf = (p: PaymentRow, payee: Payee): BankPaymentOrder => ({
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
export const payeeOf = (deps: Deps, a: BankAttemptRow): Payee =>
  a.payee ?? SANDBOX_PAYEES[deps.banks.describe(a.institution)?.dialect ?? 'ob_uk'];

export async function readPayment(deps: Deps, id: string): Promise<PaymentRow | undefined> {
  return (await deps.database.db.select().from(payments).where(eq(payments.id, id)))[0];
}

export async function attemptOf(deps: Deps, paymentId: string): Promise<BankAttemptRow | undefined> {
  return (
    await deps.database.db
      .select()
      .from(bankPaymentAttempts)
      .where(eq(bankPaymentAttempts.paymentId, paymentId))
  )[0];
}

/**
 * The bank's id of the payment, when it has one: known at initiation where the approval submits it
 * (the consent id is the payment id; rows started before that was recorded fall back to it), on
 * submission otherwise.
 */
export function bankPaymentIdOf(row: PaymentRow, attempt: BankAttemptRow, bank: BankPaymentInitiation) {
  return row.processorPaymentId ?? (bank.submittedOnApproval ? attempt.bankConsentId : null);
}

/** Moves a bank payment on; a payment going `processing` is due for its first background check. */
export async function endPayment(
  deps: Deps,
  paymentId: string,
  status: 'failed' | 'processing' | 'succeeded' | 'canceled',
  code?: string,
  bankPaymentId?: string | null,
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

/**
 * Applies what the bank says: settled → `succeeded`, rejected → `failed` (`rejectedCode`), pending →
 * `processing` (a payment still waiting for the user's return moves on). Awaiting the approval
 * changes nothing: the caller decides.
 */
export async function applyBankStatus(
  deps: Deps,
  paymentId: string,
  status: BankPaymentStatus,
  o: { rejectedCode?: string; bankPaymentId?: string | null } = {},
) {
  if (status === 'settled') return endPayment(deps, paymentId, 'succeeded', undefined, o.bankPaymentId);
  if (status === 'rejected')
    return endPayment(deps, paymentId, 'failed', o.rejectedCode ?? 'bank_rejected', o.bankPaymentId);
  if (status === 'pending') return endPayment(deps, paymentId, 'processing', undefined, o.bankPaymentId);
  return undefined;
}
