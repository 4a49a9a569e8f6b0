/**
 * Money in integer minor units (ISO 4217). The exponent decides how an amount is written:
 * JPY has 0 decimals, EUR 2, KWD 3. Formatting always goes through Intl with the session locale.
 */
import { z } from 'zod';

/** ISO 4217 minor-unit exponents for the currencies Finlet accepts. */
export const CURRENCY_EXPONENTS = {
  AED: 2, AUD: 2, BHD: 3, BRL: 2, CAD: 2, CHF: 2, CLP: 0, CNY: 2, CZK: 2, DKK: 2, EUR: 2, GBP: 2,
  HKD: 2, HUF: 2, IDR: 2, ILS: 2, INR: 2, ISK: 0, JOD: 3, JPY: 0, KRW: 0, KWD: 3, MXN: 2, NOK: 2,
  NZD: 2, OMR: 3, PLN: 2, RON: 2, SAR: 2, SEK: 2, SGD: 2, THB: 2, TND: 3, TRY: 2, USD: 2, VND: 0,
  ZAR: 2,
} as const; // biome-ignore format: one table
export type Currency = keyof typeof CURRENCY_EXPONENTS;
export const currencies = Object.keys(CURRENCY_EXPONENTS) as [Currency, ...Currency[]];

/** Largest amount accepted in one payment, in minor units: 1,000,000 major units. */
export function maxAmount(currency: Currency): number {
  return 1_000_000 * 10 ** CURRENCY_EXPONENTS[currency];
}

export const currencySchema = z.enum(currencies);

/**
 * `maxAmount` as JSON Schema, for the published document: one `if currency ∈ … then amount ≤ …`
 * per exponent, so a client validating against the document refuses what the server refuses.
 */
export const amountCeilings = [...new Set(Object.values(CURRENCY_EXPONENTS))].map((exponent) => ({
  if: {
    properties: {
      currency: { enum: currencies.filter((c) => CURRENCY_EXPONENTS[c] === exponent) },
    },
  },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited
  then: { properties: { amount: { maximum: 1_000_000 * 10 ** exponent } } },
}));

export const moneySchema = z
  .object({ amount: z.number().int().positive(), currency: currencySchema })
  .refine((m) => m.amount <= maxAmount(m.currency), {
    message: 'amount exceeds the limit for this currency',
    path: ['amount'],
  })
  .meta({ allOf: amountCeilings });
export type Money = z.infer<typeof moneySchema>;

/** Formats minor units with Intl, e.g. (1050, 'EUR', 'de-DE') → "10,50 €". */
export function formatMoney(amount: number, currency: Currency, locale: string): string {
  const exp = CURRENCY_EXPONENTS[currency];
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: exp,
    maximumFractionDigits: exp,
  }).format(amount / 10 ** exp);
}
