/**
 * Refusing card data. Finlet's server must never receive a card number or CVC (the browser gives
 * them to the processor; Finlet gets a token or encrypted fields), so a confirm body that carries
 * them anyway — an old widget, a partner's own form posting the card — is refused with 400
 * `card_data_not_accepted` before anything parses, stores or logs it. Caught are the card's field
 * names (as the old confirm body and common processors spell them) and any string that reads as a
 * card number (12–19 digits, spaces or dashes between, passing the Luhn check) wherever it sits.
 */
import { ApiError } from '../errors.ts';

const CARD_FIELDS = new Set([
  'card',
  'number',
  'card_number',
  'pan',
  'cvc',
  'cvv',
  'cvc2',
  'security_code',
  'exp_month',
  'exp_year',
]);

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function looksLikePan(text: string): boolean {
  if (!/^[\d -]{12,30}$/.test(text)) return false;
  const digits = text.replace(/[ -]/g, '');
  return digits.length >= 12 && digits.length <= 19 && luhnValid(digits);
}

function carriesCard(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return looksLikePan(value);
  if (typeof value === 'number') return Number.isInteger(value) && looksLikePan(String(value));
  if (depth > 64 || !value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => carriesCard(v, depth + 1));
  return Object.entries(value).some(
    ([k, v]) => CARD_FIELDS.has(k.toLowerCase()) || carriesCard(v, depth + 1),
  );
}

/** Throws 400 `card_data_not_accepted` (param `card`) when the JSON text carries card data. */
export function refuseCardData(text: string): void {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return; // Not JSON: the body reader answers invalid_json.
  }
  if (carriesCard(body, 0)) {
    throw new ApiError(
      'card_data_not_accepted',
      'Finlet never takes card numbers or CVCs: send the payment_method the processor’s tokenizer made.',
      'card',
    );
  }
}
