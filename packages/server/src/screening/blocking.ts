/**
 * The candidate index. Every canonical token of every list name and alias goes into a dictionary;
 * the dictionary is blocked by padded character bigrams. A screen looks up, per query token, the
 * dictionary tokens that share bigrams with it, keeps those whose Jaro-Winkler passes the token floor,
 * and gathers the names that contain them with an upper bound of their name score. Only names whose
 * bound can reach the threshold are scored in full, so one screen touches a few hundred names, not
 * tens of thousands.
 */
import { type PreparedName, QUERY_COVERAGE_WEIGHT, tokenSimilarity } from './match.ts';

/** Query tokens beyond this count are assumed to match perfectly in the bound (still exact after). */
const MAX_QUERY_TOKENS = 8;

function bigrams(token: string): string[] {
  const padded = `^${token}$`;
  const out = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) out.add(padded.slice(i, i + 2));
  return [...out];
}

export class CandidateIndex {
  private readonly dictionary = new Map<string, number>();
  private readonly tokens: string[] = [];
  private readonly postings: Int32Array[];
  private readonly bigramPostings = new Map<string, Int32Array>();
  private readonly shared: Uint16Array;
  private readonly best: Float32Array;
  private readonly seen: Uint8Array;

  constructor(private readonly names: PreparedName[]) {
    const lists: number[][] = [];
    names.forEach((name, n) => {
      for (const t of new Set(name.norm.tokens)) {
        let id = this.dictionary.get(t);
        if (id === undefined) {
          id = this.tokens.length;
          this.dictionary.set(t, id);
          this.tokens.push(t);
          lists.push([]);
        }
        lists[id]!.push(n);
      }
    });
    this.postings = lists.map((l) => Int32Array.from(l));
    const grams = new Map<string, number[]>();
    this.tokens.forEach((t, id) => {
      for (const g of bigrams(t)) {
        const l = grams.get(g);
        if (l) l.push(id);
        else grams.set(g, [id]);
      }
    });
    for (const [g, ids] of grams) this.bigramPostings.set(g, Int32Array.from(ids));
    this.shared = new Uint16Array(this.tokens.length);
    this.best = new Float32Array(names.length * MAX_QUERY_TOKENS);
    this.seen = new Uint8Array(names.length);
  }

  get tokenCount(): number {
    return this.tokens.length;
  }

  /**
   * Dictionary tokens similar to a query token. A pair above the Jaro-Winkler floor shares at least
   * two padded bigrams unless a token is very short (a transposition in "ail"/"ali" leaves one).
   */
  similarTokens(token: string): Map<string, number> {
    const out = new Map<string, number>();
    const touched: number[] = [];
    for (const g of bigrams(token)) {
      const ids = this.bigramPostings.get(g);
      if (!ids) continue;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (this.shared[id]++ === 0) touched.push(id);
      }
    }
    for (const id of touched) {
      const count = this.shared[id]!;
      this.shared[id] = 0;
      const candidate = this.tokens[id]!;
      if (count < 2 && Math.min(candidate.length, token.length) > 4) continue;
      const s = tokenSimilarity(token, candidate);
      if (s > 0) out.set(candidate, s);
    }
    return out;
  }

  /** Names sharing a similar token with the query, each with an upper bound of its name score. */
  candidates(query: PreparedName, similar: Map<string, number>[]): { name: number; bound: number }[] {
    const touched: number[] = [];
    const width = MAX_QUERY_TOKENS;
    similar.forEach((sims, i) => {
      if (i >= width) return;
      for (const [token, s] of sims) {
        const list = this.postings[this.dictionary.get(token)!]!;
        for (let k = 0; k < list.length; k++) {
          const n = list[k]!;
          if (this.seen[n] === 0) {
            this.seen[n] = 1;
            touched.push(n);
          }
          const slot = n * width + i;
          if (s > this.best[slot]!) this.best[slot] = s;
        }
      }
    });
    const nq = query.norm.tokens.length;
    const out: { name: number; bound: number }[] = [];
    for (const n of touched) {
      const name = this.names[n]!;
      let covered = 0;
      let sumBest = 0;
      for (let i = 0; i < nq; i++) {
        const s = i < width ? this.best[n * width + i]! : 1;
        if (i < width) this.best[n * width + i] = 0;
        covered += s * query.weights[i]!;
        sumBest += s;
      }
      this.seen[n] = 0;
      const queryBound = query.total > 0 ? covered / query.total : 0;
      const nameBound = Math.min(1, (sumBest * name.maxWeight) / name.total);
      out.push({ name: n, bound: QUERY_COVERAGE_WEIGHT * queryBound + (1 - QUERY_COVERAGE_WEIGHT) * nameBound });
    }
    return out;
  }
}
