/**
 * Ownership check: how well a name (the session's customer, an identity result, or `?name=`)
 * matches an account's owner names, 0–1. Names are folded (case, accents, punctuation) and
 * compared token by token with Jaro-Winkler in both directions, so "Maya Multi" matches
 * "MULTI, Maya" at 1 and "Maya M. Multi" highly, while "Jon Other" scores low.
 */
import { jaroWinkler } from '../screening/jaro-winkler.ts';
import { foldText } from '../screening/normalize.ts';

const tokens = (name: string) =>
  foldText(name)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1);

function coverage(from: string[], to: string[]): number {
  if (from.length === 0 || to.length === 0) return 0;
  return from.reduce((sum, t) => sum + Math.max(...to.map((u) => jaroWinkler(t, u))), 0) / from.length;
}

export function nameMatchScore(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  return Math.round(Math.min(coverage(x, y), coverage(y, x)) * 1000) / 1000;
}

export function bestOwnerMatch(
  name: string,
  owners: { names: string[] }[],
): { score: number; matched_owner: string | null } {
  let best = { score: 0, matched_owner: null as string | null };
  for (const owner of owners) {
    for (const candidate of owner.names) {
      const score = nameMatchScore(name, candidate);
      if (score > best.score) best = { score, matched_owner: candidate };
    }
  }
  return best;
}
