/**
 * Every public test card in the shared data decides its payment outcome over real HTTP; the table
 * below is written out by hand from the data, and a test checks it covers every card in the file.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CARDS_FILE } from '../src/processor/cards.ts';
import { type ProcessorUnderTest, startProcessor, submitChallenge } from './support/processor.ts';

type Expected =
  | { status: 'succeeded'; threeDs?: 'frictionless' }
  | { status: 'failed'; decline: string }
  | { challenge: 'succeeded' | string };

const EXPECTED: Record<string, Expected> = {
  '4242424242424242': { status: 'succeeded' },
  '4000056655665556': { status: 'succeeded' },
  '5555555555554444': { status: 'succeeded' },
  '2223003122003222': { status: 'succeeded' },
  '5200828282828210': { status: 'succeeded' },
  '5105105105105100': { status: 'succeeded' },
  '378282246310005': { status: 'succeeded' },
  '371449635398431': { status: 'succeeded' },
  '6011111111111117': { status: 'succeeded' },
  '6011000990139424': { status: 'succeeded' },
  '30569309025904': { status: 'succeeded' },
  '38520000023237': { status: 'succeeded' },
  '3566002020360505': { status: 'succeeded' },
  '6200000000000005': { status: 'succeeded' },
  '4000002760003184': { challenge: 'succeeded' },
  '4000000000000002': { status: 'failed', decline: 'card_declined' },
  '4000000000009995': { status: 'failed', decline: 'insufficient_funds' },
  '4000000000009987': { status: 'failed', decline: 'lost_card' },
  '4000000000009979': { status: 'failed', decline: 'stolen_card' },
  '4000000000000069': { status: 'failed', decline: 'expired_card' },
  '4000000000000127': { status: 'failed', decline: 'incorrect_cvc' },
  '4000000000000119': { status: 'failed', decline: 'processing_error' },
  '4000000000000259': { status: 'succeeded' },
  '4000000000000341': { status: 'failed', decline: 'card_declined' },
  '4000002500003155': { challenge: 'succeeded' },
  '4000003800000446': { challenge: 'succeeded' },
  '4000008260003178': { challenge: 'insufficient_funds' },
  '4000000000003220': { challenge: 'succeeded' },
  '4000008400001629': { challenge: 'card_declined' },
  '4000008400001280': { status: 'failed', decline: 'processing_error' },
  '4000000000003055': { status: 'succeeded', threeDs: 'frictionless' },
  '4000000000003097': { status: 'succeeded' },
  '4871049999999910': { challenge: 'succeeded' },
};
const LUHN_INVALID = ['4242424242424241'];

let p: ProcessorUnderTest;
beforeAll(async () => {
  p = await startProcessor();
});
afterAll(() => p.close());

describe('test cards decide outcomes', () => {
  it('covers every card of the test-card file', () => {
    const cards = (JSON.parse(readFileSync(TEST_CARDS_FILE, 'utf8')) as { cards: { number: string }[] })
      .cards;
    const numbers = new Set(cards.map((c) => c.number));
    expect([...numbers].sort()).toEqual([...Object.keys(EXPECTED), ...LUHN_INVALID].sort());
  });

  for (const [number, expected] of Object.entries(EXPECTED)) {
    it(`charges ${number} → ${JSON.stringify(expected)}`, async () => {
      const res = await p.charge(number);
      expect(res.status).toBe(201);
      const payment = res.body as {
        id: string;
        status: string;
        decline_code: string | null;
        next_action: { type: string; url: string } | null;
        three_d_secure: { result: string } | null;
      };
      if ('challenge' in expected) {
        expect(payment.status).toBe('requires_action');
        expect(payment.next_action).toEqual({ type: 'three_d_secure', url: `${p.url}/3ds/${payment.id}` });
        const done = await submitChallenge(payment.next_action!.url, { action: 'complete', code: '123456' });
        expect(done.status).toBe(303);
        const after = await p.api('GET', `/v1/payments/${payment.id}`);
        const final = expected.challenge === 'succeeded' ? 'succeeded' : 'failed';
        expect(after.body).toMatchObject({ status: final, three_d_secure: { result: 'challenge_passed' } });
        if (final === 'failed') expect(after.body.decline_code).toBe(expected.challenge);
      } else {
        expect(payment.status).toBe(expected.status);
        expect(payment.next_action).toBeNull();
        expect(payment.decline_code).toBe(expected.status === 'failed' ? expected.decline : null);
        if (expected.status === 'succeeded' && expected.threeDs) {
          expect(payment.three_d_secure).toEqual({ result: expected.threeDs });
        }
      }
    });
  }

  it('refuses a Luhn-invalid number with 400 invalid_number', async () => {
    for (const number of [...LUHN_INVALID, '4111111111111112']) {
      const res = await p.tokenise(number);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        error: { type: 'card_error', code: 'invalid_number', param: 'number' },
      });
    }
  });

  it('lets an unknown Luhn-valid number succeed', async () => {
    const res = await p.charge('4111111111111111');
    expect(res.body).toMatchObject({ status: 'succeeded', amount_captured: 1999 });
  });

  it('declines any card whose expiry is in the past with expired_card', async () => {
    const token = await p.tokenise('4242424242424242', { exp_month: 1, exp_year: 2020 });
    const res = await p.pay(String(token.body.id));
    expect(res.body).toMatchObject({ status: 'failed', decline_code: 'expired_card' });
  });

  it('tokenises with brand and last4 and never returns the card number', async () => {
    const brands: Record<string, string> = {
      '4242424242424242': 'visa',
      '5555555555554444': 'mastercard',
      '2223003122003222': 'mastercard',
      '378282246310005': 'amex',
      '6011111111111117': 'discover',
      '30569309025904': 'diners',
      '3566002020360505': 'jcb',
      '6200000000000005': 'unionpay',
    };
    for (const [number, brand] of Object.entries(brands)) {
      const token = await p.tokenise(number);
      expect(token.status).toBe(201);
      expect(token.body).toMatchObject({ brand, last4: number.slice(-4) });
      expect(String(token.body.id)).toMatch(/^tok_[0-9A-Za-z]{24}$/);
      expect(JSON.stringify(token.body)).not.toContain(number);
      const payment = await p.pay(String(token.body.id));
      expect(JSON.stringify(payment.body)).not.toContain(number);
    }
  });

  it('refuses bad card fields with their card error codes', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ exp_month: 13 }, 'invalid_expiry_month'],
      [{ exp_year: 1999 }, 'invalid_expiry_year'],
      [{ cvc: '12' }, 'invalid_cvc'],
      [{ cvc: '123' }, 'invalid_cvc'],
    ];
    for (const [extra, code] of cases) {
      const number = extra.cvc === '123' ? '378282246310005' : '4242424242424242';
      const res = await p.tokenise(number, extra);
      expect(res.status).toBe(400);
      expect((res.body as { error: { code: string } }).error.code).toBe(code);
    }
  });

  it('charges a token only once', async () => {
    const token = await p.tokenise('4242424242424242');
    expect((await p.pay(String(token.body.id))).status).toBe(201);
    const again = await p.pay(String(token.body.id));
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: { code: 'token_already_used' } });
  });
});
