/**
 * A query that writes a given name as its initial ("Viktor A. Bout", "Abdul R. Alvi") is read without
 * the initial too, as the name without that middle name: how people fill in forms. A name that is
 * only initials and one word ("V. Bout") gets no such reading — one word alone proves nothing.
 */
import { describe, expect, it } from 'vitest';
import { initialsLeftOut, normalizeName } from '../../../src/screening/normalize.ts';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'individual', 'BOUT, Viktor Anatolijevitch'),
    entry('2', 'individual', 'ALVI, Abdul Rauf'),
    entry('3', 'individual', 'KOVAL, Viktor'),
    entry('4', 'entity', 'STAR TRADING LIMITED'),
    entry('5', 'individual', 'BOUT, Viktor'),
    entry('6', 'individual', 'RASHID, Ahmed'),
    entry('7', 'individual', 'AL RASHID, Ahmed'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('a query with a given name written as its initial', () => {
  it('finds the person listed with that name in full', () => {
    expect(top('Viktor A. Bout')).toMatchObject({ entry_id: '1' });
    expect(top('Viktor A Bout')).toMatchObject({ entry_id: '1' });
    expect(top('BOUT, Viktor A.')).toMatchObject({ entry_id: '1' });
    expect(top('Abdul R. Alvi')).toMatchObject({ entry_id: '2' });
  });

  it('is read so only against a name that has a word with that initial the query leaves out', () => {
    // BOUT, Viktor is "Viktor Bout" exactly, but has no A. name.
    expect(top('Viktor A. Bout')).toMatchObject({ entry_id: '1' });
    expect(top('Viktor Z. Bout')).toMatchObject({ entry_id: '5' });
    expect(top('Viktor Z. Bout')!.explanation).not.toContain('ignored "z"');
    // A lone letter may be a short word cut short (AL typed A), not an initial of RASHID, Ahmed.
    expect(screener.screen({ name: 'Ahmed A Rashid' }, { threshold: 0.5 })[0]).toMatchObject({
      entry_id: '7',
    });
  });

  it('says which initial was left out', () => {
    expect(top('Viktor A. Bout')!.explanation).toContain('ignored "a"');
  });

  it('scores no higher than the name given without the initial', () => {
    expect(top('Viktor A. Bout')!.score).toBeLessThanOrEqual(top('Viktor Bout')!.score);
  });

  it('is a reading only with two words or more besides the initials, and keeps the surname', () => {
    const reading = initialsLeftOut(normalizeName('BOUT, Viktor A.', 'individual'))!;
    expect(reading.tokens).toEqual(['viktor', normalizeName('Bout').tokens[0]]);
    expect(reading.surname).toBe(1);
    expect(reading.removed).toContain('a');
    expect(initialsLeftOut(normalizeName('V. Bout', 'individual'))).toBeUndefined();
    expect(initialsLeftOut(normalizeName('Viktor Bout', 'individual'))).toBeUndefined();
    expect(screener.screen({ name: 'V. Bout' }).some((h) => h.entry_id === '1')).toBe(false);
  });

  it('leaves organisations as they are written: a letter in a company name is part of it', () => {
    // (A letter before a word may still be read joined to it, "xstar" one letter from "star".)
    for (const type of [undefined, 'entity'] as const) {
      const hits = screener.screen({ name: 'X STAR TRADING', ...(type ? { type } : {}) }, { threshold: 0.5 });
      expect(hits.map((h) => h.explanation).join(' ')).not.toContain('ignored "x"');
    }
  });

  it('gives the same top hits through the index as by brute force', () => {
    for (const name of ['Viktor A. Bout', 'BOUT, Viktor A.', 'Abdul R. Alvi', 'V. Bout', 'Viktor Z. Koval']) {
      expect(screener.screen({ name }, { limit: 5 })).toEqual(screener.bruteForce({ name }, { limit: 5 }));
    }
  });
});
