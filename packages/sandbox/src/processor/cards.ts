/**
 * Card outcomes, decided by the public test cards in the repository's `data/cards/test-cards.json`.
 * Each card's free-text outcome
 * is read once through the ordered rules below; a card no rule understands stops the start, so a
 * change in the data is noticed instead of silently succeeding. Numbers the file does not list
 * succeed when they pass the Luhn check.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '@finlet/data';

export type DeclineCode =
  | 'card_declined'
  | 'insufficient_funds'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'processing_error'
  | 'lost_card'
  | 'stolen_card'
  | 'authentication_failed'
  | 'authentication_canceled';

export type FinalOutcome =
  | { kind: 'succeed'; threeDs?: 'frictionless' }
  | { kind: 'decline'; code: DeclineCode };

/** What charging a card does: a final outcome now, or a 3-D Secure challenge first. */
export type CardBehaviour = FinalOutcome | { kind: 'challenge'; after: FinalOutcome };

export type CardBrand =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'diners'
  | 'jcb'
  | 'unionpay'
  | 'unknown';

export interface TestCard {
  number: string;
  brand: CardBrand;
  outcome: string;
  behaviour: CardBehaviour;
}

const DECLINE_CODES = new Set<string>([
  'card_declined',
  'insufficient_funds',
  'expired_card',
  'incorrect_cvc',
  'processing_error',
  'lost_card',
  'stolen_card',
]);

function decline(code: string | undefined): FinalOutcome {
  if (!code || !DECLINE_CODES.has(code)) throw new Error(`unknown decline code "${code}" in test cards`);
  return { kind: 'decline', code: code as DeclineCode };
}

/** Ordered: the first rule whose pattern matches the outcome text decides. */
const RULES: [RegExp, (m: RegExpMatchArray) => CardBehaviour][] = [
  [/lookup errors \((\w+)\)/, (m) => decline(m[1])],
  [/^3DS2? required, then (?:declined )?(\w+)/, (m) => ({ kind: 'challenge', after: decline(m[1]) })],
  [/^3DS supported, not required/, () => ({ kind: 'succeed', threeDs: 'frictionless' })],
  [/^3DS.*(required|enrolled)|requires auth/, () => ({ kind: 'challenge', after: { kind: 'succeed' } })],
  [/^declined: (\w+)/, (m) => decline(m[1])],
  [/charge fails/, () => decline('card_declined')],
  [/^succeeds|^3DS (not )?supported/, () => ({ kind: 'succeed' })],
];

export function behaviourOf(outcome: string): CardBehaviour | undefined {
  for (const [pattern, decide] of RULES) {
    const match = outcome.match(pattern);
    if (match) return decide(match);
  }
  return undefined;
}

export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function brandOf(number: string): CardBrand {
  const n2 = Number(number.slice(0, 2));
  const n4 = Number(number.slice(0, 4));
  if (number.startsWith('4')) return 'visa';
  if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return 'mastercard';
  if (n2 === 34 || n2 === 37) return 'amex';
  if (number.startsWith('6011') || number.startsWith('65') || (n4 >= 6440 && n4 <= 6499)) return 'discover';
  if (n2 === 36 || n2 === 38 || (n4 >= 3000 && n4 <= 3059)) return 'diners';
  if (n2 === 35) return 'jcb';
  if (n2 === 62) return 'unionpay';
  return 'unknown';
}

export const TEST_CARDS_FILE = dataFile('cards', 'test-cards.json');

interface RawCard {
  number: string;
  brand?: string;
  outcome: string;
  luhn_valid: boolean;
}

/** The test-card table by number. The first entry for a number wins (the file lists Stripe first). */
export function loadTestCards(file = TEST_CARDS_FILE): Map<string, TestCard> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { cards: RawCard[] };
  const cards = new Map<string, TestCard>();
  for (const card of raw.cards) {
    if (!card.luhn_valid || cards.has(card.number)) continue; // Luhn-invalid numbers are refused by the check itself
    const behaviour = behaviourOf(card.outcome);
    if (!behaviour) throw new Error(`${file}: no rule for card ${card.number} outcome "${card.outcome}"`);
    cards.set(card.number, {
      number: card.number,
      brand: brandOf(card.number),
      outcome: card.outcome,
      behaviour,
    });
  }
  return cards;
}
