/**
 * A name cut short at a field's width, as payment messages and bank files cut it (35 characters a
 * line in SWIFT MT, 70 in SEPA): a query exactly that long that is the start of a listed name, its
 * last word cut inside or whole, is a hit on that name, scored by how much of it it keeps. A short
 * start, a name of another length, or one that only begins like a listed one, is not.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { CUT_SCORE } from '../../../src/screening/truncation.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'entity', 'COMPANIA DE IMPORTACION Y EXPORTACION IBERIA'),
    entry('2', 'entity', 'THE RIYADUS-SALIKHIN RECONNAISSANCE AND SABOTAGE BATTALION OF CHECHEN MARTYRS'),
    entry('3', 'individual', 'MUMBENGEGWI, Samuel Simbarashe Simbanenduku'),
    entry('4', 'entity', 'IMPORTADORA Y EXPORTADORA DEL PACIFICO', ['IMPEXPAC']),
    entry('5', 'individual', 'KHANZADA, Muhammad Abdul Rahman'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];
const cut35 = (name: string) => name.slice(0, 35);

describe('a listed name cut short at a field width', () => {
  it('is found from its first 35 characters, cut inside a word', () => {
    const query = cut35('COMPANIA DE IMPORTACION Y EXPORTACION IBERIA');
    expect(query).toBe('COMPANIA DE IMPORTACION Y EXPORTACI');
    expect(top(query)).toMatchObject({ entry_id: '1' });
    expect(top(query)!.score).toBeGreaterThanOrEqual(CUT_SCORE);
    expect(top(query)!.explanation).toContain('cut inside "exportacion"');
  });

  it('is found cut between two words', () => {
    const listed = 'THE RIYADUS-SALIKHIN RECONNAISSANCE AND SABOTAGE BATTALION OF CHECHEN MARTYRS';
    const query = cut35(listed);
    expect(query).toBe('THE RIYADUS-SALIKHIN RECONNAISSANCE');
    expect(top(query)).toMatchObject({ entry_id: '2' });
    expect(top(query)!.explanation).toContain('cut before "and"');
    // As long as no field is wide: a name of its own, not one cut short.
    expect(top('THE RIYADUS-SALIKHIN RECONNAISSANCE AND')).toBeUndefined();
    expect(top('THE RIYADUS-SALIKHIN RECONNAISSANC')).toBeUndefined();
    // A whole name whose last word starts a longer listed one is that name, not the other cut.
    expect(top('Muhammad Abdul Rahman Khan')).toBeUndefined();
    // Not the start of the name.
    expect(top('RIYADUS-SALIKHIN RECONNAISSANCE AND SA')).toBeUndefined();
  });

  it('finds a person written given names first, cut in the surname', () => {
    expect(top('Samuel Simbarashe Simbanenduku Mumb')).toMatchObject({ entry_id: '3' });
  });

  it('scores by the share of the name kept, so a tighter threshold asks for more of it', () => {
    const listed = 'THE RIYADUS-SALIKHIN RECONNAISSANCE AND SABOTAGE BATTALION OF CHECHEN MARTYRS';
    const long = top(listed.slice(0, 70))!;
    const short = top(cut35(listed))!;
    expect(long).toMatchObject({ entry_id: '2' });
    expect(long.score).toBeGreaterThan(short.score);
    expect(screener.screen({ name: cut35(listed) }, { threshold: 0.97 })).toEqual([]);
  });

  it('is not read so from a short start, a name with a word changed, or one of another kind', () => {
    expect(top('COMPANIA DE IMPORT')).toBeUndefined();
    expect(top('COMPANIA DE EXPORTACION Y IMPORTACI')).toBeUndefined();
    expect(top('IMPORTADORA Y EXPORTADORA DEL PACIF')).toMatchObject({ entry_id: '4' });
    expect(
      screener.screen(
        { name: 'IMPORTADORA Y EXPORTADORA DEL PACIF', type: 'individual' },
        { threshold: 0.5 },
      ),
    ).toEqual([]);
  });

  it('gives the same hits through the index as by brute force', () => {
    for (const name of [
      'COMPANIA DE IMPORTACION Y EXPORTACI',
      'THE RIYADUS-SALIKHIN RECONNAISSANCE',
      'Samuel Simbarashe Simbanenduku Mumb',
      'IMPORTADORA Y EXPORTADORA DEL PACIF',
    ]) {
      expect(screener.screen({ name }, { limit: 5 })).toEqual(screener.bruteForce({ name }, { limit: 5 }));
    }
  });
});
