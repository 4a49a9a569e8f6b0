/**
 * The backoff between background checks of a payment with its provider: it starts at 5 s, doubles
 * and never exceeds 10 minutes, so a bank or processor that stays down is asked less and less
 * often but never left alone longer than that.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDelay } from '../../../src/payments/checks.ts';

describe('checkDelay', () => {
  it('is 5 s, 10 s, 20 s … then capped at 10 minutes', () => {
    expect([1, 2, 3, 4].map(checkDelay)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(checkDelay(8)).toBe(600_000);
    expect(checkDelay(1000)).toBe(600_000);
  });

  it('never shrinks and stays within 5 s – 10 min', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (n) => {
        const d = checkDelay(n);
        expect(d).toBeGreaterThanOrEqual(5_000);
        expect(d).toBeLessThanOrEqual(600_000);
        expect(checkDelay(n + 1)).toBeGreaterThanOrEqual(d);
      }),
    );
  });
});
