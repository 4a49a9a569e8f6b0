/**
 * Payment initiation shared by both sandbox banks: one store of payments awaiting, or past, the
 * user's authorisation, and the consent-page gate for them. The dialects (bank-uk/payments.ts,
 * bank-eu/payments.ts) only translate. Settlement is deterministic: every status read after the
 * payment was submitted moves it one step along its dialect's sequence, and the last step is
 * rejected when the amount ends in 99 minor units (e.g. 10.99) — the documented sandbox rule.
 */
import { randomUUID } from 'node:crypto';
import type { ConsentDescription, ConsentGate } from './interaction.ts';
import type { Ledger } from './ledger.ts';

export interface InitiatedPayment {
  id: string;
  clientId: string | undefined;
  amount: string;
  currency: string;
  creditorName: string;
  creditorIdentification: string;
  creditorScheme: string;
  reference: string;
  instructionId: string;
  endToEndId: string;
  consent: 'awaiting' | 'authorised' | 'rejected' | 'consumed';
  username?: string;
  debtorAccountId?: string;
  createdAt: string;
  statusUpdatedAt: string;
  /** When the payment itself was submitted (UK: POST domestic-payments; BG: on authorisation). */
  submittedAt?: string;
  /** UK: the domestic payment id created from the consent. */
  paymentId?: string;
  /** Status reads since submission: the settlement clock. */
  reads: number;
  /** BG: when the TPP cancelled it before the user approved it (`DELETE`); it can no longer be approved. */
  canceledAt?: string;
}

/** The amount rule of the sandbox: minor units ending in 99 are rejected at settlement. */
export function isRejectedAmount(amount: string): boolean {
  const [, fraction = ''] = amount.split('.');
  return fraction.padEnd(2, '0').slice(0, 2) === '99';
}

export class PaymentStore {
  private readonly payments = new Map<string, InitiatedPayment>();
  private readonly idempotency = new Map<string, string>();

  constructor(
    private readonly ledger: Ledger,
    private readonly idPrefix: string,
  ) {}

  create(input: Omit<InitiatedPayment, 'id' | 'consent' | 'createdAt' | 'statusUpdatedAt' | 'reads'>) {
    const now = this.ledger.now().toISOString();
    const payment: InitiatedPayment = {
      ...input,
      id: `${this.idPrefix}${randomUUID()}`,
      consent: 'awaiting',
      createdAt: now,
      statusUpdatedAt: now,
      reads: 0,
    };
    this.payments.set(payment.id, payment);
    return payment;
  }

  /** Runs `create` once per (client, key): a repeated key answers the first result. */
  once(clientId: string, key: string, create: () => InitiatedPayment): InitiatedPayment {
    const scoped = `${clientId}\u0000${key}`;
    const known = this.idempotency.get(scoped);
    const found = known ? this.payments.get(known) : undefined;
    if (found) return found;
    const payment = create();
    this.idempotency.set(scoped, payment.id);
    return payment;
  }

  /** Every payment initiated at this bank, oldest first. */
  list(): InitiatedPayment[] {
    return [...this.payments.values()];
  }

  get(id: string): InitiatedPayment | undefined {
    return this.payments.get(id);
  }

  byPaymentId(paymentId: string): InitiatedPayment | undefined {
    for (const p of this.payments.values()) if (p.paymentId === paymentId) return p;
    return undefined;
  }

  owns(id: string): boolean {
    return id.startsWith(this.idPrefix);
  }

  /** `reported`: the submission's own answer already showed the first settlement step (UK). */
  submit(p: InitiatedPayment, paymentId?: string, reported = false): void {
    p.consent = 'consumed';
    p.reads = reported ? 1 : 0;
    p.paymentId = paymentId ?? p.paymentId;
    p.submittedAt = this.ledger.now().toISOString();
    p.statusUpdatedAt = p.submittedAt;
  }

  /**
   * Cancels a payment the user has not approved yet, so they no longer can; false once it was
   * submitted (or approved). Cancelling twice is harmless.
   */
  cancel(p: InitiatedPayment): boolean {
    if (p.submittedAt || p.consent === 'authorised' || p.consent === 'consumed') return false;
    // One the user refused stays rejected: nothing of it will ever execute.
    if (p.consent === 'awaiting') {
      p.canceledAt = this.ledger.now().toISOString();
      p.statusUpdatedAt = p.canceledAt;
      p.consent = 'rejected';
    }
    return true;
  }

  /** The settlement step a read sees, advancing the clock: `sequence` ends with the settled status. */
  readStatus(p: InitiatedPayment, sequence: readonly string[], rejected: string): string {
    if (!p.submittedAt) return sequence[0]!;
    const step = Math.min(p.reads, sequence.length - 1);
    p.reads += 1;
    if (step === sequence.length - 1) {
      p.statusUpdatedAt =
        p.statusUpdatedAt === p.submittedAt ? this.ledger.now().toISOString() : p.statusUpdatedAt;
      return isRejectedAmount(p.amount) ? rejected : sequence[step]!;
    }
    return sequence[step]!;
  }
}

/** The consent page's view of a payment: what is paid to whom, from the account the user picks. */
export class PaymentGate implements ConsentGate {
  constructor(
    private readonly store: PaymentStore,
    /** Called once the user approved (BG submits the payment at that moment). */
    private readonly onAuthorised: (p: InitiatedPayment) => void = () => undefined,
  ) {}

  describe(consentId: string | undefined, clientId: string): ConsentDescription | { error: string } {
    const p = consentId ? this.store.get(consentId) : undefined;
    if (!p || (p.clientId && p.clientId !== clientId))
      return { error: 'The app did not send a valid payment.' };
    if (p.consent !== 'awaiting') return { error: 'This payment can no longer be authorised.' };
    return {
      kind: 'payment',
      amount: `${p.amount} ${p.currency}`,
      payee: p.creditorName,
      reference: p.reference,
      until: new Date(Date.parse(p.createdAt) + 3_600_000).toUTCString(),
    };
  }

  authorise(consentId: string, username: string, accountIds: string[]): void {
    const p = this.store.get(consentId);
    if (p?.consent !== 'awaiting') return;
    p.username = username;
    p.debtorAccountId = accountIds[0];
    p.consent = 'authorised';
    this.onAuthorised(p);
  }

  reject(consentId: string): void {
    const p = this.store.get(consentId);
    if (p?.consent === 'awaiting') p.consent = 'rejected';
  }
}

/** One gate for a bank's account consents and its payments, told apart by the id's prefix. */
export function combineGates(accounts: ConsentGate, payments: PaymentGate, store: PaymentStore): ConsentGate {
  const pick = (id: string | undefined) => (id && store.owns(id) ? payments : accounts);
  return {
    describe: (id, client) => pick(id).describe(id, client),
    authorise: (id, user, chosen) => pick(id).authorise(id, user, chosen),
    reject: (id) => pick(id).reject(id),
  };
}
