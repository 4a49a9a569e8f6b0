/**
 * A word that looks like a legal form without being one ("Eze" one letter from FZE) weighs as a
 * misspelt form only against a company's name: a person, a vessel or an aircraft has no legal form,
 * so there the word is part of the name and leaving it unmatched costs what any word costs.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'vessel', 'TAMAR'),
    entry('2', 'individual', 'SAMIR'),
    entry('3', 'entity', 'LAPA S.A.S.'),
    entry('4', 'entity', 'NORTHWIND TRADING FZE'),
    entry('5', 'individual', 'HAQQANI, Yusuf'),
    entry('6', 'entity', 'ORION MARINE LLC'),
    entry('7', 'entity', 'BLUE OCEAN TRADING LTD'),
    entry('8', 'individual', 'AKHUND, Mohammad Hassan Mullah'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('a word one letter from a legal form', () => {
  it("is a person's surname against a vessel's or a person's one-word name", () => {
    // Were hits at 0.99 and 0.93: "Eze" weighed as a misspelt FZE, next to nothing.
    expect(screener.screen({ name: 'Tamar Eze' })).toEqual([]);
    expect(screener.screen({ name: 'Samir Eze' })).toEqual([]);
  });

  it("is still a misspelt form against a company's name", () => {
    expect(top('Lapa S.A.X.')).toMatchObject({ entry_id: '3' });
    expect(top('Northwind Trading Eze')).toMatchObject({ entry_id: '4' });
    expect(top('Blue Ocean Trading Ltx')).toMatchObject({ entry_id: '7' });
  });

  it('leaves a misspelt honorific weighed as one against a person', () => {
    expect(top('Mulalh Yusuf Haqqani')).toMatchObject({ entry_id: '5' });
  });

  it('weighs an honorific misspelt into another romanised reading as one (Mullaah read mula)', () => {
    // "Mullaah" is read by the romanisation rules as mula, two letters from MULLAH as written, and
    // mula is a listed word where a list keeps the title inside a name (AKHUND, … Mullah): it weighed
    // as that rare word, unmatched (0.91, against 0.99 for "Mulalh").
    expect(top('Mullaah Yusuf Haqqani')).toMatchObject({ entry_id: '5' });
    expect(top('Mullaah Yusuf Haqqani')!.score).toBeGreaterThan(0.95);
    // The listed name that keeps the title is still found with it or without it.
    expect(top('Mohammad Hassan Mullah Akhund')).toMatchObject({ entry_id: '8', score: 1 });
    expect(top('Mohammad Hassan Akhund')).toMatchObject({ entry_id: '8' });
  });
});
