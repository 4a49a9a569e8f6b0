/**
 * A legal form a name keeps as a word, where normalisation does not take it off: a form written
 * before the name as Arabic and Spanish names have it ("COMPANY AL-TAWASUL" for the listed
 * "AL-TAWASUL COMPANY", "COMPANIA DE FOMENTO MERCANTIL"), or in the middle ("… COMPANY FOR …"). It
 * weighs as the form it is on either side, not as a rare word: its reading `kompani` had been weighed
 * as a word the lists keep (because some listed names keep it), and cost a name its hit.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'entity', 'AL-TAWASUL COMPANY'),
    entry('2', 'entity', 'COMPANIA DE FOMENTO MERCANTIL S.A.'),
    entry('3', 'entity', 'KHATAM COMPANY FOR GENERAL TRADING'),
    entry('4', 'entity', 'SEPEHR ENERGY COMPANY'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('a legal form a name keeps as a word', () => {
  it('weighs as a form where the other side takes it off', () => {
    expect(top('COMPANY AL-TAWASUL')).toMatchObject({ entry_id: '1' });
    expect(top('COMPANY AL-TAWASUL')!.score).toBeGreaterThan(0.92);
    expect(top('FOMENTO MERCANTIL COMPANIA S.A.')).toMatchObject({ entry_id: '2' });
    expect(top('FOMENTO MERCANTIL COMPANIA S.A.')!.score).toBeGreaterThan(0.92);
  });

  it('still leaves the words that tell firms apart to decide', () => {
    expect(top('KHATAM COMPANY FOR GENERAL TRADING')).toMatchObject({ entry_id: '3', score: 1 });
    // A form and generic words alone are no firm's name.
    expect(top('COMPANY FOR GENERAL TRADING')).toBeUndefined();
    expect(top('SEPEHR TRADING COMPANY')).toBeUndefined();
  });
});
