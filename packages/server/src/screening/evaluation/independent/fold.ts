/**
 * How the independent evaluation reads a written name: lower case, diacritics gone, every run of
 * letters or digits a word. Deliberately not the engine's normalisation (normalize.ts, with its
 * honorifics, legal forms and romanisation rules): this evaluation must not share the engine's idea
 * of when two names are the same, or it would only measure the engine against itself.
 */
import { editDistance } from '../../tokens.ts';

export function foldWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** 1 − edit distance / longer length: how alike two words are as strings, 0 to 1. */
export function wordRatio(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return 1 - editDistance(a, b, longer) / longer;
}

/** A name as a key that ignores word order and punctuation (for "is this exactly a listed name"). */
export function wordSetKey(words: string[]): string {
  return [...words].sort().join(' ');
}
