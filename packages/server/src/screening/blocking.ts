/**
 * The candidate index. Each dictionary token has a posting list of the listed names that contain it.
 * A screen fills one similarity table per query token (through the dictionary's deletion index) and
 * walks only the posting lists of the query's rarest tokens: a name that shares none of them cannot
 * cover enough of the query's weight to reach the threshold. Each name found gets a cheap upper
 * bound of its score from the tables; only names whose bound reaches the threshold are aligned in
 * full, so one screen scores a handful of names, not tens of thousands.
 */
import { type PreparedName, pairSimilarity, SCORING } from './match.ts';

export class CandidateIndex {
  private readonly postings: Int32Array[];
  private readonly stamp: Int32Array;
  private epoch = 0;

  constructor(
    private readonly names: PreparedName[],
    dictionarySize: number,
  ) {
    const lists: number[][] = Array.from({ length: dictionarySize }, () => []);
    names.forEach((name, n) => {
      for (const id of name.ids) {
        const list = lists[id]!;
        if (list[list.length - 1] !== n) list.push(n);
      }
    });
    this.postings = lists.map((l) => Int32Array.from(l));
    this.stamp = new Int32Array(names.length);
  }

  /**
   * Names that could reach `minScore`. `tables[i][id]` is query token i's similarity to dictionary
   * token id and `similar[i]` the ids where it is non-zero.
   */
  candidates(query: PreparedName, tables: Float32Array[], similar: number[][], minScore: number): number[] {
    const a = SCORING.queryCoverage;
    // score <= a * queryCoverage + (1 - a), so a candidate must cover at least this much of the query.
    const minCoverage = (minScore - (1 - a)) / a;
    const nq = query.ids.length;
    const order = [...query.weights.keys()].sort((x, y) => query.weights[y]! - query.weights[x]!);
    // The rarest tokens whose weight a name cannot afford to miss: missing all of them leaves less
    // than minCoverage of the query's weight.
    const required: number[] = [];
    let weight = 0;
    for (const i of order) {
      required.push(i);
      weight += query.weights[i]!;
      if (minCoverage > 0 && weight > (1 - minCoverage) * query.total) break;
    }
    // A query with given names a listed `SURNAME, Given` name lacks (match.ts, nameParts) pairs its
    // last token exactly, whatever it leaves unmatched before the surname.
    if (nq >= 3 && !required.includes(nq - 1)) required.push(nq - 1);
    const leastTotal = query.total - (1 - SCORING.otherNames) * (query.total - query.weights[nq - 1]!);
    const epoch = ++this.epoch;
    const out: number[] = [];
    for (const i of required) {
      for (const id of similar[i]!) {
        const list = this.postings[id]!;
        for (let k = 0; k < list.length; k++) {
          const n = list[k]!;
          if (this.stamp[n] === epoch) continue;
          this.stamp[n] = epoch;
          if (this.bound(query, this.names[n]!, tables, nq, leastTotal) >= minScore) out.push(n);
        }
      }
    }
    return out;
  }

  /**
   * Upper bound of the name score: each token's best partner, ignoring the one-to-one constraint, and
   * every discount for left-out or added given names and middles the name's shape allows.
   * `leastTotal`: the query's weight with every token before its last discounted.
   */
  private bound(
    query: PreparedName,
    name: PreparedName,
    tables: Float32Array[],
    nq: number,
    leastTotal: number,
  ): number {
    const nc = name.ids.length;
    let covered = 0;
    for (let i = 0; i < nq; i++) {
      const table = tables[i]!;
      let best = 0;
      for (let j = 0; j < nc; j++) {
        const s = pairSimilarity(table[name.ids[j]!]!, name);
        if (s > best) best = s;
      }
      covered += best * query.weights[i]!;
    }
    let nameCovered = 0;
    for (let j = 0; j < nc; j++) {
      const id = name.ids[j]!;
      let best = 0;
      for (let i = 0; i < nq; i++) {
        const s = pairSimilarity(tables[i]![id]!, name);
        if (s > best) best = s;
      }
      nameCovered += best * name.weights[j]!;
    }
    const a = SCORING.queryCoverage;
    // A query shorter than the name may leave out its middle tokens or later given names, which then
    // weigh less; a longer query may add given names to a `SURNAME, Given` name.
    const nameTotal =
      nq < nc
        ? name.total -
          Math.max(
            (1 - SCORING.leftOutMiddle) * name.middle,
            (1 - Math.min(SCORING.otherNames, SCORING.middleNames)) * name.otherNames,
          )
        : name.total;
    const queryTotal = nq > nc && name.norm.surname !== undefined ? leastTotal : query.total;
    return a * Math.min(1, covered / queryTotal) + (1 - a) * Math.min(1, nameCovered / nameTotal);
  }
}
