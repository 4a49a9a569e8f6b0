/**
 * Names written with other spacing, and companies written with their legal form first or misspelt,
 * on small lists: each case failed before the rule it names, and each has a guard.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/screening/normalize.ts';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'entity', 'NORTHWIND SILVER STAR TRADING'),
    entry('2', 'entity', 'SILVERSTAR SHIPPING'),
    entry('3', 'entity', 'BLUEHARBOR LOGISTICS'),
    entry('4', 'entity', 'BLUE OCEAN MARINE'),
    entry('5', 'entity', 'ORION MARINE TRADING COMPANY'),
    entry('6', 'entity', 'HARBOR LOGISTICS'),
    entry('7', 'individual', 'OKONKWO, Ifeoma'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('two long words written together or apart', () => {
  it('finds a listed name whose two words the query writes as one, even a word listed elsewhere', () => {
    // "silverstar" is a listed word (entry 2), so the query's word was never cut in two.
    expect(top('Northwind Silverstar Trading')).toMatchObject({ entry_id: '1', score: 1 });
  });

  it('finds a listed word the query writes as two', () => {
    // Joining was only tried where one of the words has three letters or fewer.
    expect(top('Blue Harbor Logistics')).toMatchObject({ entry_id: '3', score: 1 });
  });

  it('joins only into a listed word, and keeps the names written apart apart', () => {
    expect(top('Blue Ocean Marine')).toMatchObject({ entry_id: '4', score: 1 });
    expect(top('Harbor Logistics')).toMatchObject({ entry_id: '6', score: 1 });
    expect(screener.screen({ name: 'Silver Harbor' })).toEqual([]);
  });
});

describe('a legal form written first, before a comma', () => {
  it("is put back after the company's name and taken off", () => {
    // Was read as words "company orion marine trading" (0.89 against the listed name).
    expect(normalizeName('COMPANY, Orion Marine Trading', 'entity').written).toEqual([
      'orion',
      'marine',
      'trading',
    ]);
    expect(normalizeName('KG, Nordlicht GmbH & Co.', 'entity').written).toEqual(['nordlicht']);
    expect(top('COMPANY, ORION MARINE TRADING')).toMatchObject({ entry_id: '5', score: 1 });
  });

  it("leaves a person's SURNAME, Given and a form after the comma as they were", () => {
    expect(normalizeName('OKONKWO, Ifeoma').written).toEqual(['ifeoma', 'okonkwo']);
    expect(normalizeName('Company, Ifeoma', 'individual').written).toEqual(['ifeoma', 'company']);
    expect(normalizeName('CECOEX, S.A.', 'entity').written).toEqual(['cecoex']);
  });
});

describe('a legal form with a letter typed twice', () => {
  it('is taken off the end of a long name as the form it misspells', () => {
    // "LLCC" stayed a word and, folded to "lc", weighed as a rare listed token.
    expect(normalizeName('Orion Marine Trading LLCC', 'entity').written).toEqual([
      'orion',
      'marine',
      'trading',
    ]);
    expect(normalizeName('Orion Marine Trading Co. Lttd', 'entity').written).toEqual([
      'orion',
      'marine',
      'trading',
    ]);
  });

  it('keeps a last word that is a form with a letter replaced or added elsewhere', () => {
    expect(normalizeName('La Monedita de Oro', 'entity').written).toEqual(['la', 'monedita', 'de', 'oro']);
    expect(normalizeName('Blue Ocean Sky Core', 'entity').written).toEqual(['blue', 'ocean', 'sky', 'core']);
    expect(normalizeName('Blue Ocean Sky Asma', 'entity').written).toEqual(['blue', 'ocean', 'sky', 'asma']);
  });
});
