/**
 * A person listed `SURNAME, Given` queried with the surname first and no comma: how customers write
 * some names ("Javid Nasser"), and also how two people's names meet by chance,
 * the given name of one the surname of the other ("David Nasser" for JAVID, Nasser). With every word
 * exact it is the name; with a word spelt otherwise as well it counts less (match.ts, SCORING.crossed).
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([entry('1', 'individual', 'JAVID, Nasser'), entry('2', 'individual', 'QANI, Esmail')]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('a surname written first without a comma', () => {
  it('is the name when every word is exact, and still found with a typo', () => {
    expect(top('Javid Nasser')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('Jvaid Nasser')).toMatchObject({ entry_id: '1' });
    expect(top('Esmail Qani')).toMatchObject({ entry_id: '2', score: 1 });
  });

  it('is not read so for a given name one letter from the surname', () => {
    expect(top('David Nasser')).toBeUndefined();
  });

  it('leaves the usual order as it was: a typo in the surname written last', () => {
    expect(top('Nasser Jvaid')!.score).toBeGreaterThan(top('Jvaid Nasser')!.score);
  });
});

describe('a name listed without a comma, queried in reverse order', () => {
  const both = new Screener([
    snapshot([
      entry('1', 'individual', 'BADI, Salah'),
      { ...entry('2', 'individual', 'Salah Badi'), list: 'un' },
    ]),
  ]);
  const hits = (name: string) => both.screen({ name }, { threshold: 0.5 });

  it('counts as the same chance meeting of two names when a word is spelt otherwise', () => {
    // Which word is the surname the list does not say: Budi Saleh for "Salah Badi" had 0.92, a false
    // hit, where the same person listed BADI, Salah counted 0.95 of it.
    const [a, b] = hits('Budi Saleh');
    expect(a!.score).toBeLessThan(0.9);
    expect(b!.score).toBeCloseTo(a!.score, 4);
    // In the listed order it is the name spelt otherwise; every word exact, the name in any order.
    expect(hits('Saleh Badi')[0]!.score).toBeGreaterThanOrEqual(0.9);
    expect(hits('Badi Salah').map((h) => h.score)).toEqual([1, 1]);
  });
});
