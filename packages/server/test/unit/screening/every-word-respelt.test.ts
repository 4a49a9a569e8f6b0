/**
 * A name written in another romanisation changes every word a little (HIKMETYAR, Golboddin Kahn
 * for HEKMATYAR, Gulbuddin Khan). Two words that are each only near a listed
 * person's are how two people's names meet by chance ("Amara Hansen" / HASAN, Ammar) and count
 * 0.95 of their score; three or more near spellings of one name, or two long ones, are the name
 * (match.ts, ROMANISED_WORDS), and so are two short ones that differ only as romanisations do, in
 * their vowels (AL-ARORI, Salih for AL-ARURI, Saleh): a typo seldom changes only vowels, twice.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'individual', 'MELNIKOV, Andrey Gennadevich'),
    entry('2', 'individual', 'HASAN, Ammar'),
    entry('3', 'individual', 'HEKMATYAR, Gulbuddin Khan'),
    entry('4', 'individual', 'AL-ARURI, Saleh'),
    entry('5', 'individual', 'RAHIMI, Nasir'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];
const twoWords = new Screener([
  snapshot([entry('1', 'individual', 'HEKMATYAR, Gulbuddin'), entry('2', 'individual', 'HASAN, Ammar')]),
]);

describe('every word of a name spelt another way', () => {
  it('finds a name of three words each spelt a little otherwise', () => {
    expect(top('HIKMETYAR, Golboddin Kahn')).toMatchObject({ entry_id: '3' });
    expect(top('Golboddin Kahn Hikmetyar')).toMatchObject({ entry_id: '3' });
    expect(top('MELNIKOVA, Andreya Gennadevicha')!.score).toBeGreaterThan(0.95);
  });

  it('finds a name of two long words each spelt a little otherwise', () => {
    expect(twoWords.screen({ name: 'KHEKMATIAR, Gulbudden' })[0]).toMatchObject({ entry_id: '1' });
  });

  it('finds a name of two short words whose vowels alone are written otherwise', () => {
    // Was 0.898: each word near (0.94, 0.95) but short, so the name was unconfirmed.
    expect(top('AL-ARORI, Salih')).toMatchObject({ entry_id: '4' });
    expect(top('Salih Al-Arori')).toMatchObject({ entry_id: '4' });
  });

  it('still counts two short near words as a chance meeting of two names', () => {
    expect(top('Amara Hansen')).toBeUndefined();
    expect(screener.screen({ name: 'Amara Hansen' }, { threshold: 0.5 })[0]!.score).toBeLessThan(0.9);
    // One word a vowel variant, the other a consonant changed: a typo or another name.
    expect(top('Naser Rahimk')).toBeUndefined();
    expect(top('Naser Rahimo')).toMatchObject({ entry_id: '5' });
  });
});
