/**
 * Prefixed random ids (packages/shared/src/ids.ts): the documented shape, no repeats, and every
 * base62 character equally likely — across many refills of the buffered randomness.
 */
import { isId, newId, randomBase62 } from '@finlet/shared';
import { describe, expect, it } from 'vitest';

describe('ids', () => {
  it('have the kind prefix and 24 base62 characters', () => {
    const id = newId('session');
    expect(id).toMatch(/^ses_[0-9A-Za-z]{24}$/);
    expect(isId('session', id)).toBe(true);
    expect(isId('payment', id)).toBe(false);
  });

  it('never repeat and use every character equally often (chi-square)', () => {
    const ids = Array.from({ length: 50_000 }, () => randomBase62(24)); // ≈ 300 refills of the pool
    expect(new Set(ids).size).toBe(ids.length);
    const counts = new Map<string, number>();
    for (const id of ids) for (const ch of id) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    const expected = (ids.length * 24) / 62;
    const chi2 = [...counts.values()].reduce((s, n) => s + (n - expected) ** 2 / expected, 0);
    // 61 degrees of freedom: p = 0.0001 at about 113. A biased modulo (256 % 62) would be far above.
    expect(chi2).toBeLessThan(113);
  });
});
