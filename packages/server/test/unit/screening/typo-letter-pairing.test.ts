/**
 * A letter typed wrong rates what it rates when Jaro pairs the letters right. Jaro pairs each letter
 * with the first free equal letter within reach, so a changed letter beside a repeated one (SAMAHA
 * typed SXMAHA, FAISAL typed FSISAL) pairs the repeat wrongly and counted transpositions that are not
 * there: the typo rated below one in the first letter, and the listed name fell under the threshold.
 */
import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../../src/screening/jaro-winkler.ts';
import { Screener } from '../../../src/screening/screener.ts';
import { spellingSimilarity } from '../../../src/screening/tokens.ts';
import { entry, snapshot } from './entries.ts';

describe('typos in a name', () => {
  it('rates at least a typo in the first letter, whatever letters repeat around it', () => {
    // Plain Jaro-Winkler mis-pairs the repeated letters (the defect).
    expect(jaroWinkler('samaha', 'sxmaha')).toBeLessThan(0.8);
    expect(spellingSimilarity('samaha', 'sxmaha')).toBeGreaterThanOrEqual(
      spellingSimilarity('samaha', 'xamaha'),
    );
    expect(spellingSimilarity('faisal', 'fsisal')).toBeGreaterThanOrEqual(
      spellingSimilarity('faisal', 'xaisal'),
    );
    // What a typo in the second of six letters rates when the letters pair right: Jaro 1 - 2/18,
    // plus Winkler's bonus for the one shared first letter.
    expect(spellingSimilarity('samaha', 'sxmaha')).toBeCloseTo(1 - 2 / 18 + 0.1 * (2 / 18), 10);
    // Two typos in a long name likewise: Jaro 1 - 4/27 with the one shared first letter.
    expect(jaroWinkler('kaparaman', 'kxparamxn')).toBeLessThan(0.8);
    expect(spellingSimilarity('kaparaman', 'kxparamxn')).toBeCloseTo(1 - 4 / 27 + 0.1 * (4 / 27), 10);
  });

  it('changes nothing where Jaro pairs right, nor for two edits or unrelated words', () => {
    for (const [a, b] of [
      ['patel', 'patek'],
      ['samaha', 'xamaha'],
      ['hussein', 'husein'],
      ['mirza', 'mizra'],
    ] as const) {
      expect(spellingSimilarity(a, b)).toBe(jaroWinkler(a, b));
    }
    expect(spellingSimilarity('samaha', 'sxmxha')).toBe(0);
    expect(spellingSimilarity('abdulrahman', 'abdulrahmxx')).toBe(jaroWinkler('abdulrahman', 'abdulrahmxx'));
  });

  const screener = new Screener([
    snapshot([
      entry('1', 'individual', 'SAMAHA, MICHEL'),
      entry('2', 'individual', 'FAISAL, Abdullah'),
      entry('3', 'individual', 'SAMIR, Michel'),
      entry('4', 'individual', 'ABDULLAH, Faisal Ahmed'),
      entry('5', 'individual', 'HAMAD, Abdullah'),
    ]),
  ]);

  it('keeps the listed name over the threshold', () => {
    expect(screener.screen({ name: 'MICHEL SXMAHA' })[0]).toMatchObject({ entry_id: '1' });
    expect(screener.screen({ name: 'Abdullah FSISAL' })[0]).toMatchObject({ entry_id: '2' });
  });

  it('gives the same top hits through the index as by brute force', () => {
    for (const name of ['MICHEL SXMAHA', 'Abdullah FSISAL', 'Faisal Abdullah', 'Michel Samir']) {
      expect(screener.screen({ name }, { limit: 5 })).toEqual(screener.bruteForce({ name }, { limit: 5 }));
    }
  });
});
