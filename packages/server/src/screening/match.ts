/**
 * Name scoring. A name is a bag of canonical tokens; a query is scored against one list name by the
 * optimal one-to-one alignment of their tokens (Jaro-Winkler per token pair, pairs under a floor do
 * not count), so swapped order and missing middle names still match. The name score blends how much
 * of the query is covered with how much of the list name is covered: a query that is a subset of a
 * long list name scores high but below an exact match.
 */
import { jaroWinkler } from './jaro-winkler.ts';
import { type NormalizedName, normalizeName } from './normalize.ts';

/** Token pairs below this Jaro-Winkler similarity are unrelated names, not spelling variants. */
export const TOKEN_FLOOR = 0.8;
/** Weight of query coverage in the name score; the rest is list-name coverage. */
export const QUERY_COVERAGE_WEIGHT = 0.6;
/** Arabic, Romance and Germanic name particles: they carry little identity. */
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'ben',
  'de',
  'da',
  'di',
  'del',
  'la',
  'le',
  'van',
  'von',
  'der',
  'y',
  'e',
  'abu',
  'abd',
  'ould',
]);
const PARTICLE_WEIGHT = 0.3;
/**
 * Middle names are the tokens most often left out or added, so they weigh less than the first and
 * the last token (given name and surname once `SURNAME, Given` is reordered).
 */
const MIDDLE_WEIGHT = 0.6;

export interface PreparedName {
  norm: NormalizedName;
  weights: Float64Array;
  total: number;
  maxWeight: number;
}

export function prepareName(text: string, type?: string): PreparedName {
  const norm = normalizeName(text, type);
  const weights = new Float64Array(norm.tokens.length);
  let total = 0;
  let maxWeight = 0;
  norm.tokens.forEach((t, i) => {
    const middle = i > 0 && i < norm.tokens.length - 1;
    const w = PARTICLES.has(t) ? PARTICLE_WEIGHT : middle ? MIDDLE_WEIGHT : 1;
    weights[i] = w;
    total += w;
    maxWeight = Math.max(maxWeight, w);
  });
  return { norm, weights, total, maxWeight };
}

/**
 * Jaro-Winkler, scaled down when one token is much shorter than the other: JW rates a prefix highly
 * ("shi" vs "shirin" 0.88), but a name that is half another name is a different name.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
  const s = jaroWinkler(a, b) * (ratio < 0.7 ? 0.5 + ratio * (0.5 / 0.7) : 1);
  return s >= TOKEN_FLOOR ? s : 0;
}

export interface Alignment {
  score: number;
  queryCoverage: number;
  nameCoverage: number;
  /** [query token index, name token index, similarity] */
  pairs: [number, number, number][];
}

/** Similarity of query token i to name token j; the caller may cache it. */
export type PairSimilarity = (i: number, nameToken: string) => number;

const MAX_EXACT = 10;

/**
 * Optimal assignment by dynamic programming over subsets of the shorter side (names have few
 * tokens, so 2^k stays tiny); falls back to greedy for unusually long names.
 */
export function alignNames(q: PreparedName, c: PreparedName, sim: PairSimilarity): Alignment {
  const nq = q.norm.tokens.length;
  const nc = c.norm.tokens.length;
  const value = new Float64Array(nq * nc);
  const raw = new Float64Array(nq * nc);
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j < nc; j++) {
      const s = sim(i, c.norm.tokens[j]!);
      raw[i * nc + j] = s;
      value[i * nc + j] = s === 0 ? 0 : s * (q.weights[i]! / q.total + c.weights[j]! / c.total);
    }
  }
  const pairs = Math.min(nq, nc) <= MAX_EXACT ? exactPairs(value, nq, nc) : greedyPairs(value, nc);
  let qc = 0;
  let cc = 0;
  const out: [number, number, number][] = [];
  for (const [i, j] of pairs) {
    const s = raw[i * nc + j]!;
    if (s === 0) continue;
    qc += s * q.weights[i]!;
    cc += s * c.weights[j]!;
    out.push([i, j, s]);
  }
  const queryCoverage = q.total > 0 ? qc / q.total : 0;
  const nameCoverage = c.total > 0 ? cc / c.total : 0;
  const score = QUERY_COVERAGE_WEIGHT * queryCoverage + (1 - QUERY_COVERAGE_WEIGHT) * nameCoverage;
  return { score, queryCoverage, nameCoverage, pairs: out };
}

function exactPairs(value: Float64Array, nq: number, nc: number): [number, number][] {
  // Iterate over the longer side; the state is the set of used tokens on the shorter side.
  const shortIsQuery = nq <= nc;
  const ns = shortIsQuery ? nq : nc;
  const nl = shortIsQuery ? nc : nq;
  const v = (l: number, s: number) => (shortIsQuery ? value[s * nc + l]! : value[l * nc + s]!);
  const states = 1 << ns;
  let dp = new Float64Array(states).fill(-1);
  dp[0] = 0;
  const choice = new Int8Array(nl * states).fill(-1);
  for (let l = 0; l < nl; l++) {
    const next = Float64Array.from(dp);
    for (let mask = 0; mask < states; mask++) {
      if (dp[mask]! < 0) continue;
      for (let s = 0; s < ns; s++) {
        if (mask & (1 << s)) continue;
        const val = v(l, s);
        if (val === 0) continue;
        const m2 = mask | (1 << s);
        if (dp[mask]! + val > next[m2]!) {
          next[m2] = dp[mask]! + val;
          choice[l * states + m2] = s;
        }
      }
    }
    dp = next;
  }
  let best = 0;
  for (let mask = 1; mask < states; mask++) if (dp[mask]! > dp[best]!) best = mask;
  const pairs: [number, number][] = [];
  let mask = best;
  for (let l = nl - 1; l >= 0 && mask !== 0; l--) {
    // -1: step l left this state unchanged, so token l of the longer side is unpaired.
    const s = choice[l * states + mask]!;
    if (s >= 0) {
      pairs.push(shortIsQuery ? [s, l] : [l, s]);
      mask &= ~(1 << s);
    }
  }
  return pairs;
}

function greedyPairs(value: Float64Array, nc: number): [number, number][] {
  const order = [...value.keys()].filter((k) => value[k]! > 0).sort((a, b) => value[b]! - value[a]!);
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const pairs: [number, number][] = [];
  for (const k of order) {
    const i = Math.floor(k / nc);
    const j = k % nc;
    if (usedQ.has(i) || usedC.has(j)) continue;
    usedQ.add(i);
    usedC.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}
