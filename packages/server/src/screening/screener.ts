/**
 * The screening engine: `new Screener(lists)` prepares every primary name and alias of every entry
 * once, builds the candidate index, and answers `screen(query)` with hits sorted by score. The
 * `bruteForce` method scores every name with the same scoring and exists to check and measure the
 * index.
 */
import { CandidateIndex } from './blocking.ts';
import { corroborate, MAX_BONUS } from './corroborate.ts';
import { explainCut, explainHit } from './explain.ts';
import {
  type Alignment,
  alignNames,
  type PairSimilarity,
  type PreparedName,
  prepareName,
  removedLikeness,
  writtenLikeness,
} from './match.ts';
import {
  articleReadings,
  compoundReadings,
  formTypoReading,
  HONORIFICS,
  initialsFit,
  initialsJoinedReading,
  initialsLeftOut,
  joinedReadings,
  koreanReadings,
  LEADING_FORMS,
  type NormalizedName,
  noiseLeftOut,
  normalizeName,
  splitReadings,
  TRAILING_FORMS,
  wholeWordReading,
} from './normalize.ts';
import { subjectsOf } from './subjects.ts';
import { TokenDictionary, tokenForms } from './tokens.ts';
import { canonicalTokens } from './transliteration.ts';
import { CutIndex, type CutMatch } from './truncation.ts';
import type { ListEntry, ListSnapshot, ScreeningHit, ScreeningOptions, ScreeningQuery } from './types.ts';

/**
 * Default hit threshold, chosen on the tuning sets only (the project's seeds 1042 / 1007 and the
 * independent evaluation's tuning part): at 0.90 recall at top-1 is
 * 99.73 % (project) and 99.77 % / 99.25 % (independent classes / aliases) with 0.08 % and 0.10 %
 * false hits on ordinary people; 0.89 adds 0.07 points of recall for twice the false hits (0.20 %,
 * over the 0.1 % goal), 0.91 loses 0.1 to 0.2 points of recall for 0.04 points of false hits.
 * `pnpm bench` prints the sweep on both the tuning and the test set.
 */
export const DEFAULT_THRESHOLD = 0.9;
export const DEFAULT_LIMIT = 10;
/** Weak (low-quality) aliases are short nicknames; a match on one counts a little less. */
export const WEAK_ALIAS_FACTOR = 0.95;
/** Float32 rounding in the index bound must never prune a name the exact score would keep. */
const BOUND_SLACK = 1e-5;
/** Scores this close are the same score (sums of the same terms in another order). */
const TIE = 1e-9;

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
  /** The reading of the query that scored it. */
  query: PreparedName;
  /** writtenLikeness of the query to this name, worked out when a tie asks for it. */
  written?: number;
  /** removedLikeness of the query's titles and legal forms to this name's, when a tie asks for it. */
  removed?: number;
  /** Set when the query is the name cut short (truncation.ts) rather than aligned word by word. */
  cut?: CutMatch;
}

/** A reading of the query weighed for companies' names and for the others' (see prepareQuery). */
interface QueryWeights {
  company: PreparedName;
  other: PreparedName;
}

/** Which listed names a reading of the query is compared with. */
type Kind = 'person' | 'organisation' | 'any';

interface Reading {
  norm: NormalizedName;
  kind: Kind;
}

/**
 * The query as written, with one pair of adjacent short-word segments joined, with its initials
 * written apart written together, with one long word cut in two, with its articles cut off the
 * words they were typed onto, with two long words joined into a listed one, and without a last word
 * that is a misspelt legal form (see normalize.ts). A query that does not say whether it is a
 * person or an organisation is read both ways, each against its own kind of listed name: as a person
 * it keeps every word (a surname "Sad" is not a misspelt "S.A.L."), as an organisation it loses its
 * legal forms (see legal-forms.ts).
 */
function readings(query: ScreeningQuery, known: (token: string) => boolean): Reading[] {
  // A person's name is also read as Korean (korean.ts), where it reads so.
  const korean = (norm: NormalizedName, kind: Kind) => (kind === 'organisation' ? [] : koreanReadings(norm));
  // A word read as several tokens is also matched whole, as the listed names' words are (wholeWordReading).
  const whole = (norm: NormalizedName) => {
    const reading = wholeWordReading(norm);
    return reading ? [reading] : [];
  };
  // A person's given name written as an initial is also left out (initialsLeftOut), in a reading
  // matched against people only: in a company's name a letter is part of the name.
  const initials = (norm: NormalizedName, kind: Kind): Reading[] => {
    const reading = kind === 'organisation' || query.type === 'entity' ? undefined : initialsLeftOut(norm);
    return reading ? [{ norm: reading, kind: 'person' }] : [];
  };
  const all = (norm: NormalizedName, kind: Kind) =>
    [
      norm,
      ...joinedReadings(norm),
      ...splitReadings(norm, known),
      ...articleReadings(norm, known),
      ...compoundReadings(norm, known),
      ...korean(norm, kind),
      ...whole(norm),
    ]
      .map((n): Reading => ({ norm: n, kind }))
      .concat(initials(norm, kind));
  const formTypo = query.type === 'individual' ? undefined : formTypoReading(query.name);
  // A firm's name is also read without the article and a last joint-stock form (noiseLeftOut).
  const bare = query.type === 'individual' ? undefined : noiseLeftOut(query.name, query.type ?? 'entity');
  const extraReadings = [formTypo, bare].flatMap((n) =>
    n ? all(n, query.type ? 'any' : 'organisation') : [],
  );
  // Initials written apart ("A I C", "U. M. V.") are also read written together (initialsJoinedReading).
  const apart = (type: string, kind: Kind) => {
    const reading = initialsJoinedReading(query.name, type);
    return reading ? all(reading, kind) : [];
  };
  if (query.type)
    return [
      ...all(normalizeName(query.name, query.type), 'any'),
      ...extraReadings,
      ...apart(query.type, 'any'),
    ];
  extraReadings.push(...apart('individual', 'person'), ...apart('entity', 'organisation'));
  const person = normalizeName(query.name, 'individual');
  const organisation = normalizeName(query.name, 'entity');
  if (person.tokens.join(' ') === organisation.tokens.join(' '))
    return [...all(organisation, 'any'), ...extraReadings];
  return [...all(person, 'person'), ...all(organisation, 'organisation'), ...extraReadings];
}

/** A listed name's extra reading (joined, Korean, whole-word, initials together), not as written. */
function derived(norm: NormalizedName): boolean {
  return !!(norm.joined || norm.korean || norm.whole || norm.initialsJoined);
}

/** For the token a reading joined from two words, the longer word's length; 0 for any other token. */
function joinedPart(norm: NormalizedName, i: number): number {
  const joined = norm.joined;
  return joined?.index === i ? Math.max(joined.parts[0].length, joined.parts[1].length) : 0;
}

export class Screener {
  readonly lists: { name: string; version: string; loaded_at: string }[];
  readonly entries: ListEntry[];
  /** Names aligned in full since construction (index and brute force); the bench reports it. */
  scored = 0;
  private readonly names: ListedName[] = [];
  private readonly dictionary: TokenDictionary;
  private readonly index: CandidateIndex;
  /** The listed names as written, for queries that are one cut short (truncation.ts). */
  private readonly cuts: CutIndex;
  /** One similarity table per query token position, reused across screens. */
  private readonly tables: Float32Array[] = [];
  /** Each entry's subject (subjects.ts), and the entries of each subject. */
  private readonly subjects: Int32Array;
  private readonly members = new Map<number, number[]>();

  constructor(lists: ListSnapshot[]) {
    this.lists = lists.map(({ name, version, loaded_at }) => ({ name, version, loaded_at }));
    this.entries = lists.flatMap((l) => l.entries);
    const pending: {
      entry: number;
      text: string;
      kind: ListedName['kind'];
      weak: boolean;
      norm: NormalizedName;
    }[] = [];
    this.entries.forEach((e, entry) => {
      const add = (text: string, kind: ListedName['kind'], weak: boolean) => {
        const norm = normalizeName(text, e.type);
        if (norm.tokens.length === 0) return;
        const korean = e.type === 'individual' ? koreanReadings(norm) : [];
        const whole = wholeWordReading(norm);
        const apart = initialsJoinedReading(text, e.type);
        const listed = [
          norm,
          ...joinedReadings(norm),
          ...korean,
          ...(whole ? [whole] : []),
          ...(apart ? [apart] : []),
        ];
        for (const reading of listed) {
          pending.push({ entry, text, kind, weak, norm: reading });
        }
      };
      add(e.name, 'primary', false);
      for (const a of e.aliases) add(a.name, a.type, a.strength === 'weak');
    });
    const forms = noiseSpellings([...TRAILING_FORMS, ...LEADING_FORMS]);
    this.dictionary = new TokenDictionary(
      pending.map((p) => ({ norm: p.norm, entry: p.entry })),
      this.entries.length,
      [...noiseSpellings([...HONORIFICS]), ...forms],
      forms,
    );
    for (const { norm, ...rest } of pending) {
      const code = this.entries[rest.entry]!.type !== 'individual';
      this.names.push({ ...rest, prepared: { ...prepareName(norm, this.dictionary), code } });
    }
    this.subjects = subjectsOf(
      this.entries,
      pending
        .filter((p) => !p.weak && !derived(p.norm))
        .map((p) => ({ entry: p.entry, tokens: p.norm.tokens, written: p.norm.written })),
    );
    this.subjects.forEach((subject, entry) => {
      const list = this.members.get(subject);
      if (list) list.push(entry);
      else this.members.set(subject, [entry]);
    });
    this.cuts = new CutIndex(pending.map((p) => (derived(p.norm) ? '' : p.text)));
    this.index = new CandidateIndex(
      this.names.map((n) => n.prepared),
      this.dictionary.size,
    );
  }

  /** Whether a canonical token is a word of some listed name. */
  private readonly known = (token: string) => this.dictionary.id(token) >= 0;

  get nameCount(): number {
    return this.names.length;
  }

  screen(query: ScreeningQuery, options: ScreeningOptions = {}): ScreeningHit[] {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const byEntry = new Map<number, Scored>();
    for (const { norm, kind } of readings(query, this.known)) {
      const nq = norm.tokens.length;
      while (this.tables.length < nq) this.tables.push(new Float32Array(this.dictionary.size));
      const tables = this.tables.slice(0, nq);
      const similar = tokenForms(norm).map((forms, i) => {
        const ids = new Set<number>();
        const joined = joinedPart(norm, i);
        for (const form of forms)
          for (const id of this.dictionary.similar(form, tables[i]!, joined)) ids.add(id);
        return [...ids];
      });
      try {
        const q = this.prepareQuery(norm, (i, forms) =>
          this.dictionary.weigh(tables[i]!, similar[i]!, forms),
        );
        const bonus = query.birth_date || query.country ? MAX_BONUS : 0;
        const minScore = threshold - bonus - BOUND_SLACK;
        const candidates = new Set(this.index.candidates(q.company, tables, similar, minScore));
        if (q.other !== q.company)
          for (const n of this.index.candidates(q.other, tables, similar, minScore)) candidates.add(n);
        const sim = (i: number, id: number) => tables[i]![id]!;
        this.score(query, kind, q, [...candidates], sim, threshold, byEntry);
      } finally {
        similar.forEach((ids, i) => {
          for (const id of ids) tables[i]![id] = 0;
        });
      }
    }
    this.scoreCuts(query, this.cuts.find(query.name), threshold, byEntry);
    return this.rank(byEntry, options.limit ?? DEFAULT_LIMIT);
  }

  /** Scores every listed name against every dictionary token; same results as `screen`, no index. */
  bruteForce(query: ScreeningQuery, options: ScreeningOptions = {}): ScreeningHit[] {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const byEntry = new Map<number, Scored>();
    const everyId = [...this.dictionary.tokens.keys()];
    const all = this.names.map((_, n) => n);
    for (const { norm, kind } of readings(query, this.known)) {
      const tables = tokenForms(norm).map((forms, i) =>
        Float32Array.from(everyId, (id) =>
          Math.max(...forms.map((f) => this.dictionary.similarity(f, id, joinedPart(norm, i)))),
        ),
      );
      const q = this.prepareQuery(norm, (i, forms) => this.dictionary.weigh(tables[i]!, everyId, forms));
      const sim = (i: number, id: number) => tables[i]![id]!;
      this.score(query, kind, q, all, sim, threshold, byEntry);
    }
    this.scoreCuts(query, this.cuts.find(query.name, true), threshold, byEntry);
    return this.rank(byEntry, options.limit ?? DEFAULT_LIMIT);
  }

  /**
   * The query weighed for companies' names and for the others' (people, vessels, aircraft): a word
   * that looks like a legal form without being one ("Eze" / FZE, "Sar" / SARL) weighs as a misspelt
   * form only against a company, which has one; the same object twice when no word does.
   */
  private prepareQuery(
    norm: NormalizedName,
    weigh: (i: number, forms: boolean) => { idf: number; noise: boolean },
  ): QueryWeights {
    const company = prepareName(norm, this.dictionary, (i) => weigh(i, true));
    const other = prepareName(norm, this.dictionary, (i) => weigh(i, false));
    const same = company.weights.every((w, i) => w === other.weights[i]);
    return { company, other: same ? company : other };
  }

  /** Best first; one hit per subject (its best-scoring entry), up to `limit` hits. */
  private rank(byEntry: Map<number, Scored>, limit: number): ScreeningHit[] {
    const sorted = [...byEntry.values()].sort((a, b) => this.compare(a, b));
    const shown = new Set<number>();
    const hits: ScreeningHit[] = [];
    for (const s of sorted) {
      if (hits.length === limit) break;
      const subject = this.subjects[this.names[s.name]!.entry]!;
      if (shown.has(subject)) continue;
      shown.add(subject);
      hits.push(this.hit(s));
    }
    return hits;
  }

  /** Aligns each candidate and keeps, per entry, its best name at or above the threshold. */
  private score(
    query: ScreeningQuery,
    kind: Kind,
    queries: QueryWeights,
    candidates: number[],
    sim: PairSimilarity,
    threshold: number,
    byEntry: Map<number, Scored>,
  ): void {
    for (const n of candidates) {
      const listed = this.names[n]!;
      const entry = this.entries[listed.entry]!;
      const person = entry.type === 'individual';
      if (query.type && (query.type === 'individual') !== person) continue;
      if (kind !== 'any' && (kind === 'person') !== person) continue;
      this.scored++;
      const q = entry.type === 'entity' ? queries.company : queries.other;
      const alignment = alignNames(q, listed.prepared, sim);
      if (alignment.pairs.length === 0) continue;
      const initials = q.norm.initials;
      if (
        initials &&
        !initialsFit(initials, listed.prepared.norm, new Set(alignment.pairs.map(([, j]) => j)))
      )
        continue;
      const nameScore = alignment.score * (listed.weak ? WEAK_ALIAS_FACTOR : 1);
      if (nameScore + MAX_BONUS < threshold) continue;
      const { delta, notes } = corroborate(query, entry);
      const score = Math.min(1, Math.max(0, nameScore + delta));
      if (score < threshold) continue;
      const prev = byEntry.get(listed.entry);
      const scored: Scored = { name: n, score, alignment, notes, query: q };
      if (!prev || this.compare(scored, prev) < 0) byEntry.set(listed.entry, scored);
    }
  }

  /** Keeps, per entry, a name the query is the start of (cut short) when it scores better. */
  private scoreCuts(
    query: ScreeningQuery,
    cuts: CutMatch[],
    threshold: number,
    byEntry: Map<number, Scored>,
  ) {
    if (cuts.length === 0) return;
    const q = prepareName(normalizeName(query.name, query.type), this.dictionary);
    for (const cut of cuts) {
      const listed = this.names[cut.name]!;
      const entry = this.entries[listed.entry]!;
      if (query.type && (query.type === 'individual') !== (entry.type === 'individual')) continue;
      const nameScore = cut.score * (listed.weak ? WEAK_ALIAS_FACTOR : 1);
      const { delta, notes } = corroborate(query, entry);
      const score = Math.min(1, Math.max(0, nameScore + delta));
      if (score < threshold) continue;
      const alignment = { score: nameScore, queryCoverage: 1, nameCoverage: cut.kept / cut.of, pairs: [] };
      const scored: Scored = { name: cut.name, score, alignment, notes, query: q, cut };
      const prev = byEntry.get(listed.entry);
      if (!prev || this.compare(scored, prev) < 0) byEntry.set(listed.entry, scored);
    }
  }

  /**
   * Best first: the higher score; on the same score, the name spelt more like the query as written
   * (SA'ID typed "Hfaiz SA'ID" is SA'ID, Hafiz before SAEED, Hafiz: the romanisation rules read both
   * alike, the customer wrote one); then the name whose title or legal form is written as the query
   * writes it (removedLikeness: "Hajj Ibrahim" is the UN's Hajj Ibrahim before OFAC's IBRAHIM, Haji);
   * then the name listed first.
   */
  private compare(a: Scored, b: Scored): number {
    if (Math.abs(a.score - b.score) > TIE) return b.score - a.score;
    const written = (s: Scored) =>
      (s.written ??= writtenLikeness(s.query, this.names[s.name]!.prepared, s.alignment.pairs));
    const removed = (s: Scored) => (s.removed ??= removedLikeness(s.query, this.names[s.name]!.prepared));
    return written(b) - written(a) || removed(b) - removed(a) || a.name - b.name;
  }

  private hit(s: Scored): ScreeningHit {
    const q = s.query;
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
      explanation: s.cut
        ? explainCut({
            matchedName: listed.text,
            kind: listed.kind,
            weak: listed.weak,
            cut: s.cut,
            nameScore: s.alignment.score,
            notes: s.notes,
            score,
          })
        : explainHit({
            query: q,
            name: listed.prepared,
            matchedName: listed.text,
            kind: listed.kind,
            weak: listed.weak,
            alignment: s.alignment,
            notes: s.notes,
            score,
          }),
      ...this.subjectOf(listed.entry),
    };
  }

  /** Every entry of the entry's subject (that one first) and every list they are on. */
  private subjectOf(entry: number): Pick<ScreeningHit, 'lists' | 'entries'> {
    const subject = this.subjects[entry]!;
    const members = [entry, ...this.members.get(subject)!.filter((m) => m !== entry)].map(
      (m) => this.entries[m]!,
    );
    return {
      lists: [...new Set(members.flatMap((e) => [e.list, ...(e.sources ?? [])]))],
      entries: members.map((e) => ({
        list: e.list,
        entry_id: e.entry_id,
        name: e.name,
        program: e.programs.join(', '),
      })),
    };
  }
}

/**
 * Legal forms and honorifics as written and as the tokens a name that keeps one is read as: a form
 * a name keeps where normalisation does not take it off ("COMPANY AL-TAWASUL", "X COMPANY FOR Y") is
 * the token `kompani` (transliteration.ts), and a title kept inside a name (AKHUND, Mohammad Hassan
 * Mullah) the token `mula`; each must weigh as the noise word it is, not as a rare word, and so must
 * a query's misspelling read as that token ("Mullaah" is mula, two letters from MULLAH as written).
 */
function noiseSpellings(words: string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, ...canonicalTokens(word)]))];
}
