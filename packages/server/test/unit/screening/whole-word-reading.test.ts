/**
 * A listed word that normalisation reads as several tokens (`Abdeslam` as abd al …, `Abdelkader` as
 * abd al kader) is also matched whole: a query with a typo in the part that made it split
 * (`Abeslam`, `Abelkader`: no longer read as Abd…) still meets the word as written, one letter off;
 * a query's word read as several tokens is matched whole too (`Abdarzzak` for `Abdrazzak`).
 */
import { describe, expect, it } from 'vitest';
import { normalizeName, wholeWordReading } from '../../../src/screening/normalize.ts';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'individual', 'ABDESLAM, Salah'),
    entry('2', 'individual', 'ABDELKADER, Mohamed'),
    entry('3', 'individual', 'SALAH, Mohamed'),
    entry('4', 'individual', 'MOHAMED MOHAMED'),
    entry('5', 'individual', 'Abdrazzak'),
    entry('6', 'individual', 'ESMAIL, Abdurazak'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('a listed word read as several tokens', () => {
  it('is found by a query with a letter of its split part dropped', () => {
    expect(top('Salah Abeslam')).toMatchObject({ entry_id: '1' });
    expect(top('Abelkader Mohamed')).toMatchObject({ entry_id: '2' });
    expect(top('Mohamed Abdelkadr')).toMatchObject({ entry_id: '2' });
  });

  it('is found by a query word that is read as several tokens too, with its letters swapped', () => {
    // abdarzzak reads as abd al …, a name other than abdrazzak's; whole, the two are one swap apart.
    expect(normalizeName('Abdarzzak', 'individual').tokens.length).toBeGreaterThan(1);
    expect(top('Abdarzzak')).toMatchObject({ entry_id: '5' });
  });

  it('explains the match in the words as written', () => {
    expect(top('Salah Abeslam')!.explanation).toContain('"abeslam"');
    expect(top('Salah Abeslam')!.explanation).toContain('"abdeslam"');
  });

  it('is a reading only where a written word gave several tokens, and only of those words', () => {
    const split = normalizeName('ABDESLAM, Salah', 'individual');
    expect(split.tokens.length).toBeGreaterThan(2);
    const whole = wholeWordReading(split)!;
    expect(whole.tokens).toEqual(['salah', 'abdeslam']);
    expect(whole.written).toEqual(['salah', 'abdeslam']);
    expect(whole.surname).toBe(1);
    // Two equal written words are two words, not one split word.
    expect(wholeWordReading(normalizeName('MOHAMED MOHAMED', 'individual'))).toBeUndefined();
    expect(wholeWordReading(normalizeName('SALAH, Mohamed', 'individual'))).toBeUndefined();
  });

  it('gives the same top hits through the index as by brute force', () => {
    for (const name of [
      'Salah Abeslam',
      'Abelkader Mohamed',
      'Mohamed Salah',
      'Abdeslam Salah',
      'Abdarzzak',
    ]) {
      expect(screener.screen({ name }, { limit: 5 })).toEqual(screener.bruteForce({ name }, { limit: 5 }));
    }
  });
});
