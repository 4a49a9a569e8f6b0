/**
 * When the independent evaluation holds one written name to be a variant of another, and how close
 * two names are, judged by string likeness of their words alone (fold.ts), never by the engine. Words
 * are paired greedily, most alike first; a pair counts when its words are equal or, both of four
 * letters or more, at least 75 % alike (one letter in four, three in twelve: how far transliterations
 * of one word drift, Mykhaylovych / Mikhailovich; army / party or Ole / Holde do not pair). Closeness is the summed likeness of the pairs over the longer
 * name's word count, so an unpaired word on either side costs as much as a wholly different one.
 */
import { foldWords, wordRatio } from './fold.ts';

/**
 * How an alias differs from the nearest other name of its entry: the same words spelt another way,
 * put in another order or cut into words differently; given names left out or added to the same
 * `SURNAME, Given` surname; or other words left out or added (see alias-queries.ts for why the last
 * kind is reported apart).
 */
export type VariantKind = 'spelling' | 'word_order' | 'spacing' | 'given_names' | 'other_words';

const MIN_RATIO = 0.75;

export interface Comparison {
  closeness: number;
  /** Set when `a` is a variant of `b`; undefined for another name or the same words in the same order. */
  kind?: VariantKind;
}

function pairs(a: string[], b: string[]): { i: number; j: number; r: number }[] {
  const all: { i: number; j: number; r: number }[] = [];
  a.forEach((x, i) => {
    b.forEach((y, j) => {
      if ((x.length < 4 || y.length < 4) && x !== y) return;
      const r = wordRatio(x, y);
      if (r >= MIN_RATIO) all.push({ i, j, r });
    });
  });
  all.sort((p, q) => q.r - p.r);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  return all.filter((p) => {
    if (usedA.has(p.i) || usedB.has(p.j)) return false;
    usedA.add(p.i);
    usedB.add(p.j);
    return true;
  });
}

export function compareWords(a: string[], b: string[]): Comparison {
  const paired = pairs(a, b);
  const closeness = paired.reduce((s, p) => s + p.r, 0) / Math.max(a.length, b.length, 1);
  if (a.join(' ') === b.join(' ')) return { closeness };
  const significant = a.length >= 2 || (a[0]?.length ?? 0) >= 6;
  if (!significant) return { closeness };
  if ([...a].sort().join(' ') === [...b].sort().join(' ')) return { closeness, kind: 'word_order' };
  if (a.join('') === b.join('')) return { closeness, kind: 'spacing' };
  const allA = paired.length === a.length;
  const allB = paired.length === b.length;
  if (allA && allB) return { closeness, kind: 'spelling' };
  if (allA && a.length >= 2 && b.length - a.length <= 2) return { closeness, kind: 'other_words' };
  if (allB && b.length >= 2 && a.length - b.length === 1) return { closeness, kind: 'other_words' };
  return { closeness };
}

/**
 * compareWords on two written names, telling given names left out or added apart: both written
 * `SURNAME, Given …` with surnames that are the same words (or spellings of them), and given names
 * that differ only by some left out or added.
 */
export function compareNames(a: string, b: string): Comparison {
  const whole = compareWords(foldWords(a), foldWords(b));
  if (whole.kind !== 'other_words') return whole;
  const [sa, ga, ...restA] = a.split(',');
  const [sb, gb, ...restB] = b.split(',');
  if (ga === undefined || gb === undefined || restA.length > 0 || restB.length > 0) return whole;
  const surnames = compareWords(foldWords(sa!), foldWords(sb!));
  const given = compareWords(foldWords(ga), foldWords(gb));
  const sameSurname = surnames.closeness === 1 || surnames.kind === 'spelling';
  return sameSurname && given.kind === 'other_words' ? { ...whole, kind: 'given_names' } : whole;
}
