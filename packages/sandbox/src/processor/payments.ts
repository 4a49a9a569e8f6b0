/**
 * What the processor does with money: tokenise a card, charge a token (succeed, decline or ask
 * for 3-D Secure, as the test cards say), finish a challenge, cancel a payment still awaiting its
 * challenge (the merchant gave up: it can then never be captured), refund. Every status change goes
 * out as a signed callback. Check-and-update steps are synchronous, so concurrent requests in
 * this single-threaded process can never refund more than was captured.
 */
import { randomBase62 } from '@finlet/shared';
import type { CallbackSender } from './callbacks.ts';
import { brandOf, type CardBehaviour, type FinalOutcome, luhnValid, type TestCard } from './cards.ts';
import { ProcessorError } from './errors.ts';
import type { CardToken, Payment, PaymentRecord, ProcessorState, Refund } from './state.ts';

export interface TokenInput {
  number: string;
  exp_month: number;
  exp_year: number;
  cvc: string;
  name?: string;
  postal_code?: string;
}

export interface PaymentInput {
  token: string;
  amount: number;
  currency: string;
  return_url: string;
  callback_url: string;
  reference: string;
  frame_ancestors?: string[];
}

export type ChallengeAnswer = { action: 'complete'; code: string } | { action: 'cancel' };

export const CHALLENGE_PASS_CODE = '123456';
export const CHALLENGE_FAIL_CODE = '000000';
const CHALLENGE_ATTEMPTS = 3;
/** Cardholder name whose challenge page refuses framing (tests the widget's popup fallback). */
export const FRAME_REFUSED_NAME = 'frame refused';

export class PaymentDesk {
  constructor(
    private readonly state: ProcessorState,
    private readonly cards: Map<string, TestCard>,
    private readonly callbacks: CallbackSender,
    private readonly publicUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  tokenise(input: TokenInput): Omit<CardToken, 'number' | 'cvc' | 'used'> {
    const number = input.number.replace(/[\s-]/g, '');
    if (!luhnValid(number))
      throw new ProcessorError('invalid_number', 'The card number is not valid.', 'number');
    const brand = this.cards.get(number)?.brand ?? brandOf(number);
    const cvcLength = brand === 'amex' ? 4 : 3;
    if (input.cvc.length !== cvcLength) {
      throw new ProcessorError('invalid_cvc', `The CVC must have ${cvcLength} digits.`, 'cvc');
    }
    const token: CardToken = {
      id: `tok_${randomBase62(24)}`,
      number,
      cvc: input.cvc,
      brand,
      last4: number.slice(-4),
      exp_month: input.exp_month,
      exp_year: input.exp_year,
      used: false,
      ...(input.name?.trim().toLowerCase() === FRAME_REFUSED_NAME ? { refusesFraming: true } : {}),
    };
    this.state.tokens.set(token.id, token);
    const { number: _n, cvc: _c, used: _u, refusesFraming: _f, ...visible } = token;
    return visible;
  }

  charge(input: PaymentInput): Payment {
    const token = this.state.tokens.get(input.token);
    if (!token) throw new ProcessorError('not_found', 'No such token.', 'token');
    if (token.used) throw new ProcessorError('token_already_used', 'A token can be charged once.', 'token');
    token.used = true;
    const id = `pi_${randomBase62(24)}`;
    const payment: Payment = {
      id,
      object: 'payment',
      amount: input.amount,
      currency: input.currency,
      status: 'failed',
      reference: input.reference,
      capture: true,
      card: { brand: token.brand, last4: token.last4, exp_month: token.exp_month, exp_year: token.exp_year },
      amount_captured: 0,
      amount_refunded: 0,
      decline_code: null,
      next_action: null,
      three_d_secure: null,
      return_url: input.return_url,
      created: Math.floor(this.now().getTime() / 1000),
    };
    const record: PaymentRecord = {
      payment,
      callbackUrl: input.callback_url,
      frameAncestors: input.frame_ancestors ?? [],
      ...(token.refusesFraming ? { refusesFraming: true } : {}),
      challengeAttemptsLeft: CHALLENGE_ATTEMPTS,
    };
    this.state.payments.set(id, record);
    const behaviour = this.behaviourFor(token);
    if (behaviour.kind === 'challenge') {
      payment.status = 'requires_action';
      payment.next_action = { type: 'three_d_secure', url: `${this.publicUrl}/3ds/${id}` };
      record.afterChallenge = behaviour.after;
      this.notify(record, 'payment.requires_action');
    } else {
      this.settle(record, behaviour);
    }
    return payment;
  }

  /** Applies the cardholder's answer on the challenge page; a wrong code leaves it pending. */
  answerChallenge(record: PaymentRecord, answer: ChallengeAnswer): 'wrong_code' | 'done' {
    const { payment } = record;
    if (payment.status !== 'requires_action') return 'done';
    payment.next_action = null;
    if (answer.action === 'cancel') {
      payment.three_d_secure = { result: 'canceled' };
      this.settle(record, { kind: 'decline', code: 'authentication_canceled' });
    } else if (answer.code === CHALLENGE_PASS_CODE) {
      payment.three_d_secure = { result: 'challenge_passed' };
      this.settle(record, record.afterChallenge ?? { kind: 'succeed' });
    } else if (answer.code === CHALLENGE_FAIL_CODE || record.challengeAttemptsLeft <= 1) {
      payment.three_d_secure = { result: 'failed' };
      this.settle(record, { kind: 'decline', code: 'authentication_failed' });
    } else {
      record.challengeAttemptsLeft -= 1;
      payment.next_action = { type: 'three_d_secure', url: `${this.publicUrl}/3ds/${payment.id}` };
      return 'wrong_code';
    }
    return 'done';
  }

  /**
   * The merchant cancels a payment awaiting its challenge: from then on the challenge cannot
   * capture it. Repeating it answers the canceled payment again; a payment that already ended
   * (captured, declined) is not cancelable — the caller reads it to learn what happened.
   */
  cancel(paymentId: string): Payment {
    const record = this.state.payments.get(paymentId);
    if (!record) throw new ProcessorError('not_found', 'No such payment.', 'payment');
    const { payment } = record;
    if (payment.status === 'canceled') return payment;
    if (payment.status !== 'requires_action') {
      throw new ProcessorError('payment_not_cancelable', `A ${payment.status} payment cannot be canceled.`);
    }
    payment.status = 'canceled';
    payment.next_action = null;
    this.notify(record, 'payment.canceled');
    return payment;
  }

  refund(paymentId: string, amount: number | undefined): Refund {
    const record = this.state.payments.get(paymentId);
    if (!record) throw new ProcessorError('not_found', 'No such payment.', 'payment');
    const { payment } = record;
    if (payment.status !== 'succeeded') {
      throw new ProcessorError('payment_not_refundable', `A ${payment.status} payment cannot be refunded.`);
    }
    const remaining = payment.amount_captured - payment.amount_refunded;
    const value = amount ?? remaining;
    if (value > remaining || value <= 0) {
      throw new ProcessorError('amount_too_large', `At most ${remaining} can still be refunded.`, 'amount');
    }
    payment.amount_refunded += value;
    const refund: Refund = {
      id: `re_${randomBase62(24)}`,
      object: 'refund',
      payment: payment.id,
      amount: value,
      currency: payment.currency,
      status: 'succeeded',
      created: Math.floor(this.now().getTime() / 1000),
    };
    this.state.refunds.set(refund.id, refund);
    this.callbacks.send(payment.id, record.callbackUrl, 'refund.succeeded', refund);
    return refund;
  }

  private behaviourFor(token: CardToken): CardBehaviour {
    const today = this.now();
    const year = today.getUTCFullYear();
    const month = today.getUTCMonth() + 1;
    if (token.exp_year < year || (token.exp_year === year && token.exp_month < month)) {
      return { kind: 'decline', code: 'expired_card' };
    }
    return this.cards.get(token.number)?.behaviour ?? { kind: 'succeed' };
  }

  private settle(record: PaymentRecord, outcome: FinalOutcome): void {
    const { payment } = record;
    if (outcome.kind === 'succeed') {
      payment.status = 'succeeded';
      payment.amount_captured = payment.amount;
      if (outcome.threeDs === 'frictionless') payment.three_d_secure = { result: 'frictionless' };
      this.notify(record, 'payment.succeeded');
    } else {
      payment.status = 'failed';
      payment.decline_code = outcome.code;
      this.notify(record, 'payment.failed');
    }
  }

  private notify(
    record: PaymentRecord,
    type: 'payment.requires_action' | 'payment.succeeded' | 'payment.failed' | 'payment.canceled',
  ) {
    this.callbacks.send(record.payment.id, record.callbackUrl, type, structuredClone(record.payment));
  }
}
