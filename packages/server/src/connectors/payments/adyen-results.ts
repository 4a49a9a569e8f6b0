/**
 * What Adyen's answers mean in Finlet's terms, shared by the Checkout API connector (adyen.ts) and
 * its notification webhooks (adyen-notifications.ts): a refusal reason → Finlet's decline code, a
 * scheme variant (`mc`, `visa` …) → a card brand, and the card summary Adyen may send in
 * `additionalData` (`cardSummary`, `expiryDate`, `paymentMethod` — only the fields the merchant
 * enabled under Customer Area › Developers › Additional data).
 */
import type { DeclineCode } from '@finlet/shared';
import type { CardSummary } from './processor.ts';

/**
 * Adyen's refusal reason codes (docs.adyen.com "Refusal reasons") → Finlet's decline codes; any
 * other refusal is a plain `card_declined`.
 */
const REFUSAL_CODES: Readonly<Record<string, DeclineCode>> = {
  '6': 'expired_card',
  '11': 'authentication_failed',
  '12': 'insufficient_funds',
  '16': 'authentication_canceled',
  '24': 'incorrect_cvc',
  '42': 'authentication_failed',
  '44': 'lost_card',
  '46': 'stolen_card',
};

/** The same reasons by their text, as notifications carry them (`reason`, no code). */
const REFUSAL_TEXTS: Readonly<Record<string, DeclineCode>> = {
  'expired card': 'expired_card',
  '3d not authenticated': 'authentication_failed',
  'not enough balance': 'insufficient_funds',
  'shopper cancelled': 'authentication_canceled',
  'cvc declined': 'incorrect_cvc',
  '3ds authentication error': 'authentication_failed',
  'lost card': 'lost_card',
  'stolen card': 'stolen_card',
};

export function declineOf(code: string | undefined, text: string | undefined): DeclineCode {
  if (code && REFUSAL_CODES[code]) return REFUSAL_CODES[code];
  const byText = text ? REFUSAL_TEXTS[text.trim().toLowerCase()] : undefined;
  return byText ?? 'card_declined';
}

/** Adyen's variant names that differ from the brand Finlet shows. */
const BRANDS: Readonly<Record<string, string>> = {
  mc: 'mastercard',
  amex: 'amex',
  diners: 'diners',
  cup: 'unionpay',
  cartebancaire: 'cartes_bancaires',
};

/** `visa`, `mc`, `mc_applepay`, `visadankort` … → the scheme Finlet names. */
export function brandOf(variant: string | undefined): string {
  if (!variant) return 'unknown';
  const base = variant.toLowerCase().split('_')[0] ?? '';
  if (BRANDS[base]) return BRANDS[base];
  if (base.startsWith('visa')) return 'visa';
  if (base.startsWith('mc')) return 'mastercard';
  return base || 'unknown';
}

/**
 * The card as far as Adyen's `additionalData` says: last 4 from `cardSummary`, expiry from
 * `expiryDate` (`M/YYYY`); what it does not say stays empty (0 / '') rather than guessed.
 */
export function cardOf(additional: Record<string, string> | undefined, variant?: string): CardSummary {
  const a = additional ?? {};
  const expiry = /^(\d{1,2})\/(\d{4})$/.exec(a.expiryDate ?? '');
  const last4 = a.cardSummary && /^\d{4}$/.test(a.cardSummary) ? a.cardSummary : '';
  return {
    brand: brandOf(a.paymentMethod ?? a.cardPaymentMethod ?? variant),
    last4,
    exp_month: expiry ? Number(expiry[1]) : 0,
    exp_year: expiry ? Number(expiry[2]) : 0,
  };
}
