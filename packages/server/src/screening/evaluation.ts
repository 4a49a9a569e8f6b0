/**
 * Evaluation sets for the screening engine, shared by the bench and the tests: perturbed list names
 * (typos, swapped order, missing middle names, diacritics, romanisation variants, `SURNAME, Given`)
 * whose right answer is the entry they came from, and ordinary names from many cultures that are not
 * on any list. Everything is generated from a seed, so figures are reproducible.
 */
import { normalizeName } from './normalize.ts';
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
      if (type !== 'individual' || words.length < 3) return undefined;
      {
        const drop = 1 + Math.floor(rnd() * (words.length - 2));
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

/**
 * Perturbed queries from list names with at least two tokens whose token set belongs to one entry
 * only (a name shared by two entries cannot be told apart by name alone, so it has no right answer).
 * For the same reason a perturbed query that is exactly another entry's listed name (a dropped
 * middle name can leave one) is not used: that entry is the right answer to it.
 */
export function perturbedQueries(entries: ListEntry[], count: number, seed = 42): PerturbedQuery[] {
  const rnd = seededRandom(seed);
  const owners = new Map<string, Set<ListEntry>>();
  const names: { text: string; entry: ListEntry; key: string }[] = [];
  for (const entry of entries) {
    for (const text of [
      entry.name,
      ...entry.aliases.filter((a) => a.strength === 'strong').map((a) => a.name),
    ]) {
      const key = [...normalizeName(text, entry.type).tokens].sort().join(' ');
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(entry);
      names.push({ text, entry, key });
    }
  }
  // Every name of every entry, weak aliases included, to recognise a query that is another entry's.
  const anyName = new Map<string, Set<ListEntry>>();
  for (const entry of entries) {
    for (const text of [entry.name, ...entry.aliases.map((a) => a.name)]) {
      const key = [...normalizeName(text, entry.type).tokens].sort().join(' ');
      if (!anyName.has(key)) anyName.set(key, new Set());
      anyName.get(key)!.add(entry);
    }
  }
  const usable = names.filter((n) => owners.get(n.key)!.size === 1 && n.key.split(' ').length >= 2);
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
    const owner = anyName.get([...normalizeName(perturbed.join(' '), n.entry.type).tokens].sort().join(' '));
    if (owner && !owner.has(n.entry)) continue;
    out.push({ query: perturbed.join(' '), source: n.text, entry: n.entry, perturbation: kind });
  }
  return out;
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
