/**
 * The screening engine: `new Screener(lists)` prepares every primary name and alias of every entry
 * once, builds the candidate index, and answers `screen(query)` with hits sorted by score. The
 * `bruteForce` method scores every name with the same scoring and exists to check and measure the
 * index.
 */
import { CandidateIndex } from './blocking.ts';
import { corroborate, MAX_BONUS } from './corroborate.ts';
import { explainHit } from './explain.ts';
import { type Alignment, alignNames, type PreparedName, prepareName, tokenSimilarity } from './match.ts';
import type { ListEntry, ListSnapshot, ScreeningHit, ScreeningOptions, ScreeningQuery } from './types.ts';

/**
 * Default hit threshold, from the bench's sweep (bench/screening.ts: 3,000 perturbed list names,
 * 2,500 ordinary names): 0.86 → 95.3 % recall / 0.76 % false hits, 0.88 → 94.8 % / 0.48 %,
 * 0.90 → 94.0 % / 0.28 %, 0.92 → 89.5 % / 0.04 %. 0.88 is the knee: above it recall falls faster
 * than false hits do; a missed sanctioned party costs more than a reviewed false hit.
 */
export const DEFAULT_THRESHOLD = 0.88;
export const DEFAULT_LIMIT = 10;
/** Weak (low-quality) aliases are short nicknames; a match on one counts a little less. */
export const WEAK_ALIAS_FACTOR = 0.95;
/** Float32 rounding in the index bound must never prune a name the exact score would keep. */
const BOUND_SLACK = 1e-5;

interface ListedName {
  entry: number;
  text: string;
  kind: 'primary' | 'aka' | 'fka' | 'nka';
  weak: boolean;
  prepared: PreparedName;
}

interface Scored {
  name: number;
  score: number;
  alignment: Alignment;
  notes: string[];
}

export class Screener {
  readonly lists: { name: string; version: string; loaded_at: string }[];
  readonly entries: ListEntry[];
  private readonly names: ListedName[] = [];
  private readonly index: CandidateIndex;

  constructor(lists: ListSnapshot[]) {
    this.lists = lists.map(({ name, version, loaded_at }) => ({ name, version, loaded_at }));
    this.entries = lists.flatMap((l) => l.entries);
    this.entries.forEach((e, entry) => {
      const add = (text: string, kind: ListedName['kind'], weak: boolean) => {
        const prepared = prepareName(text, e.type);
        if (prepared.norm.tokens.length > 0) this.names.push({ entry, text, kind, weak, prepared });
      };
      add(e.name, 'primary', false);
      for (const a of e.aliases) add(a.name, a.type, a.strength === 'weak');
    });
    this.index = new CandidateIndex(this.names.map((n) => n.prepared));
  }

  get nameCount(): number {
    return this.names.length;
  }

  screen(query: ScreeningQuery, options: ScreeningOptions = {}): ScreeningHit[] {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const q = prepareName(query.name, query.type);
    const similar = q.norm.tokens.map((t) => this.index.similarTokens(t));
    const sim = (i: number, token: string) => similar[i]!.get(token) ?? 0;
    const bonus = query.birth_date || query.country ? MAX_BONUS : 0;
    const candidates = this.index
      .candidates(q, similar)
      .filter((c) => c.bound + bonus + BOUND_SLACK >= threshold)
      .map((c) => c.name);
    return this.rank(query, q, candidates, sim, threshold, options.limit ?? DEFAULT_LIMIT);
  }

  /** Scores every listed name; same results as `screen`, without the index. */
  bruteForce(query: ScreeningQuery, options: ScreeningOptions = {}): ScreeningHit[] {
    const q = prepareName(query.name, query.type);
    const cache = q.norm.tokens.map(() => new Map<string, number>());
    const sim = (i: number, token: string) => {
      let s = cache[i]!.get(token);
      if (s === undefined) {
        s = tokenSimilarity(q.norm.tokens[i]!, token);
        cache[i]!.set(token, s);
      }
      return s;
    };
    const all = this.names.map((_, n) => n);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    return this.rank(query, q, all, sim, threshold, options.limit ?? DEFAULT_LIMIT);
  }

  private rank(
    query: ScreeningQuery,
    q: PreparedName,
    candidates: number[],
    sim: (i: number, token: string) => number,
    threshold: number,
    limit: number,
  ): ScreeningHit[] {
    const byEntry = new Map<number, Scored>();
    for (const n of candidates) {
      const listed = this.names[n]!;
      const entry = this.entries[listed.entry]!;
      if (query.type && (query.type === 'individual') !== (entry.type === 'individual')) continue;
      const alignment = alignNames(q, listed.prepared, sim);
      if (alignment.pairs.length === 0) continue;
      const { delta, notes } = corroborate(query, entry);
      const nameScore = alignment.score * (listed.weak ? WEAK_ALIAS_FACTOR : 1);
      const score = Math.min(1, Math.max(0, nameScore + delta));
      if (score < threshold) continue;
      const prev = byEntry.get(listed.entry);
      if (!prev || score > prev.score) byEntry.set(listed.entry, { name: n, score, alignment, notes });
    }
    return [...byEntry.values()]
      .sort((a, b) => b.score - a.score || a.name - b.name)
      .slice(0, limit)
      .map((s) => this.hit(q, s));
  }

  private hit(q: PreparedName, s: Scored): ScreeningHit {
    const listed = this.names[s.name]!;
    const entry = this.entries[listed.entry]!;
    const score = Math.round(s.score * 10_000) / 10_000;
    return {
      list: entry.list,
      entry_id: entry.entry_id,
      name: entry.name,
      matched_name: listed.text,
      program: entry.programs.join(', '),
      score,
      explanation: explainHit({
        query: q,
        name: listed.prepared,
        matchedName: listed.text,
        kind: listed.kind,
        weak: listed.weak,
        alignment: s.alignment,
        notes: s.notes,
        score,
      }),
    };
  }
}
