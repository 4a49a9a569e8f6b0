/**
 * Property tests for money: Intl formatting with each currency's exponent, the export's decimal
 * form, and refund arithmetic (any sequence of refund requests never exceeds what was captured).
 */
import { CURRENCY_EXPONENTS, type Currency, currencies, formatMoney, maxAmount } from '@finlet/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../../src/payments/export.ts';
import { refundAmount } from '../../../src/payments/refunds.ts';

const currency = fc.constantFrom(...currencies);
const money = currency.chain((c) =>
  fc.record({ currency: fc.constant(c), amount: fc.integer({ min: 1, max: maxAmount(c) }) }),
);

describe('money', () => {
  it('formats with exactly the currency exponent as fraction digits', () => {
    fc.assert(
      fc.property(money, ({ amount, currency: c }) => {
        const text = formatMoney(amount, c, 'en-US');
        const exp = CURRENCY_EXPONENTS[c];
        const fraction = /\.(\d+)/.exec(text)?.[1] ?? '';
        expect(fraction.length).toBe(exp);
      }),
    );
  });

  it('toDecimal round-trips to the same minor units', () => {
    fc.assert(
      fc.property(money, ({ amount, currency: c }) => {
        const exp = CURRENCY_EXPONENTS[c as Currency];
        const text = toDecimal(amount, c);
        expect(Number(text.replace('.', ''))).toBe(amount);
        expect(text.split('.')[1]?.length ?? 0).toBe(exp);
      }),
    );
  });

  it('knows JPY 0, EUR 2 and KWD 3 decimals', () => {
    expect(formatMoney(5000, 'JPY', 'en-US')).toBe('¥5,000');
    expect(formatMoney(1050, 'EUR', 'de-DE')).toBe('10,50\u00a0€');
    expect(toDecimal(12345, 'KWD')).toBe('12.345');
  });
});

describe('refund arithmetic', () => {
  it('any sequence of requests refunds at most the captured amount, and all of it when asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.option(fc.integer({ min: -10, max: 10_000_000 }), { nil: undefined }), { maxLength: 20 }),
        (captured, requests) => {
          let refunded = 0;
          for (const r of requests) {
            const take = refundAmount(captured, refunded, r);
            if (take === null) continue;
            expect(take).toBeGreaterThan(0);
            if (r !== undefined) expect(take).toBe(r);
            refunded += take;
            expect(refunded).toBeLessThanOrEqual(captured);
          }
          const rest = refundAmount(captured, refunded);
          expect(rest === null ? refunded : refunded + rest).toBe(captured);
        },
      ),
    );
  });
});
