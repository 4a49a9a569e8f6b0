/**
 * A company's name of three words or more whose last word is its legal form with a letter typed
 * wrong ("LTS" for LTD, "INS." for INC.): the query is also read without that word, since only a
 * letter dropped, doubled or swapped takes a word off in normalisation (a real last word can be one
 * letter from a form, as ORO is from OOO). A misspelt form that some listed name has as a word (LTS
 * HOLDINGS) weighed as that rare word, not as a form.
 */
import { describe, expect, it } from 'vitest';
import { formTypoReading } from '../../../src/screening/normalize.ts';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'entity', 'NORTHWIND FUEL TRADING LTD'),
    entry('2', 'entity', 'GENERAL ORION OVERSEAS, INC.'),
    entry('3', 'entity', 'LA ESTRELLA DE ORO'),
    entry('4', 'entity', 'LA ESTRELLA DE PLATA'),
    entry('5', 'entity', 'LTS HOLDINGS'),
    entry('6', 'entity', 'INS ORBITAL'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('a typo in the legal form after a long name', () => {
  it('finds the company', () => {
    // Were not found: the misspelt form weighed as a rare listed word the listed name lacks.
    expect(top('Northwind Fuel Trading LTS')).toMatchObject({ entry_id: '1' });
    expect(top('General Orion Overseas, Ins.')).toMatchObject({ entry_id: '2' });
  });

  it('reads the name as written too, so a last word one letter from a form still counts', () => {
    expect(top('La Estrella de Oro')).toMatchObject({ entry_id: '3', score: 1 });
    expect(formTypoReading('La Estrella de Oro')?.written).toEqual(['la', 'estrella', 'de']);
  });

  it('leaves short names and ordinary last words alone', () => {
    expect(formTypoReading('Fuel LTS')).toBeUndefined();
    expect(formTypoReading('Northwind Fuel Trading Lines')).toBeUndefined();
  });
});
