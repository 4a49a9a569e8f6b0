/**
 * The perturbations the recall set is built from: the ways a real name gets written wrong or
 * differently in a payment (one-letter typos, swapped order, a missing middle name, diacritics,
 * romanisation variants, `SURNAME, Given`). `perturb` applies one to a name's words, or declines when
 * the perturbation would not be a plausible rewrite of that name (see the rules inside it).
 */
import { HONORIFICS, normalizeName } from '../normalize.ts';
import { canonicalNames, spellingVariants } from '../transliteration.ts';
import { pick } from './seeded-random.ts';

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

/** The one-character edits: a query made by one can be one edit from another entry too (AmbiguityCheck). */
export const TYPOS = new Set<Perturbation>(['substitution', 'deletion', 'insertion', 'transposition']);

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

/** Another romanisation of a known given name (Mohammed / Muhammad), or -ov written -off; else undefined. */
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

/** `words` with one of the perturbations applied, or undefined when it does not apply to this name. */
export function perturb(
  words: string[],
  kind: Perturbation,
  type: string,
  rnd: () => number,
): string[] | undefined {
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
