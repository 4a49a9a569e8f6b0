/**
 * Evaluation sets for the screening engine, shared by the bench and the tests: perturbed list names
 * (typos, swapped order, missing middle names, diacritics, romanisation variants, `SURNAME, Given`)
 * whose right answer is the entry they came from, and ordinary names from many cultures that are not
 * on any list. Everything is generated from a seed, so figures are reproducible.
 */
import { HONORIFICS, normalizeName } from './normalize.ts';
import { editDistance } from './tokens.ts';
import { canonicalNames, spellingVariants } from './transliteration.ts';
import type { ListEntry } from './types.ts';

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

export const PERTURBATIONS = [
  'substitution',
  'deletion',
  'insertion',
  'transposition',
  'swapped_order',
  'missing_middle',
  'diacritics',
  'transliteration',
  'surname_first',
] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];

export interface PerturbedQuery {
  query: string;
  source: string;
  entry: ListEntry;
  perturbation: Perturbation;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
};
const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** One character edit inside a random word of at least 4 letters (typos rarely hit initials). */
function typo(words: string[], kind: Perturbation, rnd: () => number): string[] {
  const eligible = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4);
  if (eligible.length === 0) return words;
  const [w, wi] = pick(rnd, eligible);
  const p = 1 + Math.floor(rnd() * (w.length - 1));
  const c = pick(rnd, [...LETTERS]);
  const edited =
    kind === 'substitution'
      ? w.slice(0, p) + c + w.slice(p + 1)
      : kind === 'deletion'
        ? w.slice(0, p) + w.slice(p + 1)
        : kind === 'insertion'
          ? w.slice(0, p) + c + w.slice(p)
          : w.slice(0, p - 1) + w[p] + w[p - 1] + w.slice(p + 1);
  return words.map((x, i) => (i === wi ? edited : x));
}

function variantOf(words: string[], rnd: () => number): string[] | undefined {
  const known = new Set(canonicalNames());
  const idx = words.findIndex((w) => known.has(normalizeName(w).tokens.join(' ')));
  if (idx >= 0) {
    const canonical = normalizeName(words[idx]!).tokens[0]!;
    const options = [canonical, ...spellingVariants(canonical)].filter(
      (v) => v !== words[idx]!.toLowerCase(),
    );
    return words.map((w, i) => (i === idx ? pick(rnd, options) : w));
  }
  const ov = words.findIndex((w) => /(ov|ev)$/i.test(w) && w.length > 4);
  if (ov >= 0) return words.map((w, i) => (i === ov ? w.replace(/v$/i, 'ff') : w));
  return undefined;
}

function perturb(words: string[], kind: Perturbation, type: string, rnd: () => number): string[] | undefined {
  switch (kind) {
    case 'swapped_order':
      return words.length >= 2 ? [...words.slice(1), words[0]!] : undefined;
    case 'missing_middle':
      // Middle names are a person's; dropping a company's middle word ("IRANIAN ALUMINUM COMPANY")
      // leaves a different company, and a name left with one token identifies nobody.
      // A title is not a first name: in "Shaykh 'Adnan AL-HAMIDAWI" the middle word is the given name.
      if (type !== 'individual') return undefined;
      {
        const first = words.findIndex((w) => !HONORIFICS.has(normalizeName(w).written.join(' ')));
        if (first < 0 || words.length - first < 3) return undefined;
        const drop = first + 1 + Math.floor(rnd() * (words.length - first - 2));
        const kept = words.filter((_, i) => i !== drop);
        return normalizeName(kept.join(' '), type).tokens.length >= 2 ? kept : undefined;
      }
    case 'diacritics':
      return words.map((w) => [...w].map((ch) => (rnd() < 0.35 ? (ACCENTED[ch] ?? ch) : ch)).join(''));
    case 'transliteration':
      return variantOf(words, rnd);
    case 'surname_first':
      return words.length >= 2
        ? [`${words[words.length - 1]!.toUpperCase()},`, ...words.slice(0, -1)]
        : undefined;
    default:
      return typo(words, kind, rnd);
  }
}

/** A name's identity keys: its token set, and its tokens written together (AL-JAZA' IR / al-Jaza'ir). */
function nameKeys(text: string, type: string): string[] {
  const tokens = normalizeName(text, type).tokens;
  return [[...tokens].sort().join(' '), `=${tokens.join('')}`];
}

/** True when `part` is `whole` with middle tokens left out: same first, same last, the rest in order. */
function leavesOutMiddle(part: string[], whole: string[]): boolean {
  if (part.length >= whole.length || part[0] !== whole[0] || part.at(-1) !== whole.at(-1)) return false;
  let j = 0;
  for (const t of part) {
    while (j < whole.length && whole[j] !== t) j++;
    if (j++ === whole.length) return false;
  }
  return true;
}

/**
 * Whether a perturbed query has a right answer other than its source entry, by the perturbation
 * that made it: a typo that is also one edit from another entry's name (EP-IE from EP-IEF or
 * EP-IEE), or a name with a middle name left out that is also another entry's name with middle
 * names left out (U HTET from HTET, U Kaung or HTET, U Hein). No engine can pick the source of
 * those; counting them as misses would measure the coin toss, not the matching.
 */
class AmbiguityCheck {
  private readonly byLength = new Map<number, { text: string; entry: ListEntry }[]>();
  private readonly byEnds = new Map<string, { tokens: string[]; entry: ListEntry }[]>();

  constructor(entries: ListEntry[]) {
    for (const entry of entries) {
      for (const name of [entry.name, ...entry.aliases.map((a) => a.name)]) {
        const tokens = normalizeName(name, entry.type).tokens;
        if (tokens.length === 0) continue;
        const text = tokens.join(' ');
        if (!this.byLength.has(text.length)) this.byLength.set(text.length, []);
        this.byLength.get(text.length)!.push({ text, entry });
        const ends = `${tokens[0]} ${tokens.at(-1)}`;
        if (!this.byEnds.has(ends)) this.byEnds.set(ends, []);
        this.byEnds.get(ends)!.push({ tokens, entry });
      }
    }
  }

  ambiguous(query: string, entry: ListEntry, kind: Perturbation): boolean {
    const tokens = normalizeName(query, entry.type).tokens;
    if (kind === 'missing_middle') {
      const others = this.byEnds.get(`${tokens[0]} ${tokens.at(-1)}`) ?? [];
      return others.some((o) => o.entry !== entry && leavesOutMiddle(tokens, o.tokens));
    }
    if (!TYPOS.has(kind)) return false;
    const text = tokens.join(' ');
    for (let len = text.length - 1; len <= text.length + 1; len++) {
      for (const o of this.byLength.get(len) ?? []) {
        if (o.entry !== entry && editDistance(text, o.text, 1) <= 1) return true;
      }
    }
    return false;
  }
}

const TYPOS = new Set<Perturbation>(['substitution', 'deletion', 'insertion', 'transposition']);

/**
 * Perturbed queries from list names with at least two tokens whose name belongs to one entry only
 * (a name shared by two entries, as the same person on both lists often is, cannot be told apart by
 * name alone, so it has no right answer; names are compared by token set and by their tokens written
 * together, so AL-JAZA' IR and al-Jaza'ir are the same name). For the same reason a perturbed query
 * that is exactly a name of another entry (a dropped middle name can leave one), or that is as close
 * to another entry's name as to its source (see AmbiguityCheck), is not used.
 */
export function perturbedQueries(entries: ListEntry[], count: number, seed = 42): PerturbedQuery[] {
  const rnd = seededRandom(seed);
  const owners = new Map<string, Set<ListEntry>>();
  const names: { text: string; entry: ListEntry; keys: string[] }[] = [];
  const own = (map: Map<string, Set<ListEntry>>, keys: string[], entry: ListEntry) => {
    for (const key of keys) {
      if (!map.has(key)) map.set(key, new Set());
      map.get(key)!.add(entry);
    }
  };
  for (const entry of entries) {
    for (const text of [
      entry.name,
      ...entry.aliases.filter((a) => a.strength === 'strong').map((a) => a.name),
    ]) {
      const keys = nameKeys(text, entry.type);
      own(owners, keys, entry);
      names.push({ text, entry, keys });
    }
  }
  // Every name of every entry, weak aliases included, to recognise a query that is another entry's.
  const anyName = new Map<string, Set<ListEntry>>();
  for (const entry of entries) {
    for (const text of [entry.name, ...entry.aliases.map((a) => a.name)]) {
      own(anyName, nameKeys(text, entry.type), entry);
    }
  }
  const usable = names.filter(
    (n) => n.keys.every((key) => owners.get(key)!.size === 1) && n.keys[0]!.split(' ').length >= 2,
  );
  const ambiguity = new AmbiguityCheck(entries);
  const out: PerturbedQuery[] = [];
  for (let k = 0; out.length < count && k < count * 20; k++) {
    const n = pick(rnd, usable);
    const kind = PERTURBATIONS[out.length % PERTURBATIONS.length]!;
    // Display order (Given SURNAME) so that swaps and surname-first forms are real changes.
    const words = normalizeName(n.text, n.entry.type).reordered
      ? [...n.text.split(',').slice(1).join(' ').split(/\s+/), ...n.text.split(',')[0]!.split(/\s+/)].filter(
          Boolean,
        )
      : n.text.split(/\s+/).filter(Boolean);
    const perturbed = perturb(words, kind, n.entry.type, rnd);
    if (!perturbed || perturbed.join(' ') === words.join(' ')) continue;
    const query = perturbed.join(' ');
    const elsewhere = nameKeys(query, n.entry.type).some((key) =>
      [...(anyName.get(key) ?? [])].some((e) => e !== n.entry),
    );
    if (elsewhere || ambiguity.ambiguous(query, n.entry, kind)) continue;
    out.push({ query, source: n.text, entry: n.entry, perturbation: kind });
  }
  return out;
}

/**
 * How recall counts a top hit. The right answer is the source entry; another entry at the top counts
 * only when it ties with the source entry's score and shares an identical listed name (primary or
 * strong alias) with it: the same person or company listed by both OFAC and the UN (UN 113313 and
 * OFAC 7925 are both "Murad, Abdul Hakim al Hashim"). The engine then says, correctly, that the query
 * is equally both, and which of the two comes first is the order of the lists. A different entry that
 * scores higher, or an equal score on an entry that shares no name, is a miss.
 */
export class RecallJudge {
  private readonly twins = new Map<string, Set<string>>();

  constructor(entries: ListEntry[]) {
    const byName = new Map<string, Set<string>>();
    for (const entry of entries) {
      const id = `${entry.list}:${entry.entry_id}`;
      const strong = entry.aliases.filter((a) => a.strength === 'strong').map((a) => a.name);
      for (const text of [entry.name, ...strong]) {
        for (const key of nameKeys(text, entry.type)) {
          if (!byName.has(key)) byName.set(key, new Set());
          byName.get(key)!.add(id);
        }
      }
    }
    for (const ids of byName.values()) {
      if (ids.size < 2) continue;
      for (const id of ids) {
        if (!this.twins.has(id)) this.twins.set(id, new Set());
        for (const other of ids) if (other !== id) this.twins.get(id)!.add(other);
      }
    }
  }

  /** Hits as `screen` returns them, best first (with a limit that keeps ties, e.g. 5). */
  correct(
    hits: { list: string; entry_id: string; score: number }[],
    entry: ListEntry,
    threshold = 0,
  ): boolean {
    const top = hits[0];
    if (!top || top.score < threshold) return false;
    const source = `${entry.list}:${entry.entry_id}`;
    if (`${top.list}:${top.entry_id}` === source) return true;
    const own = hits.find((h) => `${h.list}:${h.entry_id}` === source);
    return own?.score === top.score && (this.twins.get(source)?.has(`${top.list}:${top.entry_id}`) ?? false);
  }

  /** Whether `correct` accepted a twin rather than the source entry itself; the bench counts them. */
  viaTwin(hits: { list: string; entry_id: string; score: number }[], entry: ListEntry): boolean {
    const top = hits[0];
    return (
      !!top &&
      `${top.list}:${top.entry_id}` !== `${entry.list}:${entry.entry_id}` &&
      this.correct(hits, entry)
    );
  }
}

const FIRST = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'Michael',
  'Jennifer',
  'William',
  'Elizabeth',
  'David',
  'Susan',
  'Sophie',
  'Lukas',
  'Hannah',
  'Jonas',
  'Camille',
  'Louis',
  'Chloé',
  'Giulia',
  'Marco',
  'Francesca',
  'José',
  'Lucía',
  'Carmen',
  'Javier',
  'João',
  'Beatriz',
  'Piotr',
  'Agnieszka',
  'Katarzyna',
  'Tomasz',
  'Olga',
  'Dmitri',
  'Natalia',
  'Anastasia',
  'Wei',
  'Li',
  'Xiu Ying',
  'Jun',
  'Hiroshi',
  'Yuki',
  'Sakura',
  'Min-jun',
  'Seo-yeon',
  'Ji-ho',
  'Priya',
  'Rahul',
  'Ananya',
  'Arjun',
  'Deepika',
  'Fatima',
  'Aisha',
  'Layla',
  'Omar',
  'Yusuf',
  'Mehmet',
  'Elif',
  'Zeynep',
  'Emre',
  'Reza',
  'Shirin',
  'Chinedu',
  'Ngozi',
  'Oluwaseun',
  'Amara',
  'Kwame',
  'Abena',
  'Thi Lan',
  'Minh',
  'Linh',
  'Nguyen Van',
  'Astrid',
  'Lars',
  'Ingrid',
  'Sven',
  'Aoife',
  'Siobhan',
  'Eoin',
  'Kofi',
  'Mateo',
  'Valentina',
];

const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Taylor',
  'Clarke',
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Martin',
  'Bernard',
  'Dubois',
  'Lefèvre',
  'Moreau',
  'Rossi',
  'Russo',
  'Ferrari',
  'Esposito',
  'Bianchi',
  'García',
  'Fernández',
  'González',
  'Rodríguez',
  'Pérez',
  'Silva',
  'Santos',
  'Oliveira',
  'Kowalski',
  'Nowak',
  'Wiśniewska',
  'Smirnova',
  'Kuznetsova',
  'Popescu',
  'Horvat',
  'Wang',
  'Zhang',
  'Liu',
  'Chen',
  'Sato',
  'Suzuki',
  'Takahashi',
  'Tanaka',
  'Kim',
  'Park',
  'Choi',
  'Sharma',
  'Patel',
  'Gupta',
  'Iyer',
  'Reddy',
  'Yilmaz',
  'Kaya',
  'Demir',
  'Şahin',
  'Haddad',
  'Khoury',
  'Mansour',
  'Nasser',
  'Tehrani',
  'Karimi',
  'Okafor',
  'Adeyemi',
  'Mensah',
  'Boateng',
  'Tran',
  'Le',
  'Pham',
  'Hansen',
  'Johansson',
  'Lindqvist',
  "O'Brien",
  'Murphy',
  'Kelly',
  'Novak',
];

/**
 * Ordinary first + last names from many cultures. Any whose canonical token set is exactly a listed
 * name's is dropped: that person would be on a list, and a hit on them would be a true hit.
 */
export function ordinaryNames(entries: ListEntry[], count: number, seed = 7): string[] {
  const listed = new Set<string>();
  for (const e of entries) {
    for (const text of [e.name, ...e.aliases.map((a) => a.name)]) {
      listed.add([...normalizeName(text, e.type).tokens].sort().join(' '));
    }
  }
  const rnd = seededRandom(seed);
  const out = new Set<string>();
  for (let k = 0; out.size < count && k < count * 50; k++) {
    const name =
      rnd() < 0.15
        ? `${pick(rnd, FIRST)} ${pick(rnd, FIRST)} ${pick(rnd, LAST)}`
        : `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
    if (!listed.has([...normalizeName(name).tokens].sort().join(' '))) out.add(name);
  }
  return [...out];
}
