/**
 * Deterministic randomness for the evaluation sets: every perturbed query and ordinary name is drawn
 * from a seeded generator, so the bench and the tests see the same sets and figures on every run and
 * every machine. Changing the order of draws changes the sets, so callers draw in a fixed order.
 */

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of `xs`, uniformly, using one draw of `rnd`. */
export const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
