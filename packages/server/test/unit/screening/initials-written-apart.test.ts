/**
 * Initials written apart: a name's run of initials ("A.I.C.", "U.M.V. S.A.", "Abdul Latif A.A.") typed
 * with spaces or with a dot and a space after each letter ("A I C", "U. M. V. S. A.", "A. A."), as a
 * form or a payment file that keeps letters and spaces only writes it, and the other way round: a
 * list that writes them apart ("I A C INTERNATIONAL INC.") screened as "IAC International". Each case
 * scored nothing or below the threshold before the rule (normalize.ts, initialsJoinedReading).
 */
import { describe, expect, it } from 'vitest';
import { initialsJoinedReading, normalizeName } from '../../../src/screening/normalize.ts';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'entity', 'A.I.C. SOGO KENKYUSHO'),
    entry('2', 'entity', 'INMOBILIARIA U.M.V. S.A.'),
    entry('3', 'entity', 'GENETICA IMPORT-EXPORT S.P.R. DE R.L. DE C.V.'),
    entry('4', 'individual', 'SALEH ABU HUSSEIN, Abdul Latif A.A.'),
    entry('5', 'entity', 'I A C INTERNATIONAL INC.'),
    entry('6', 'entity', 'GOLDEN FISH S.A.L. (OFFSHORE)'),
    entry('7', 'entity', 'SOGO TRADING'),
    entry('8', 'individual', 'HUSSEIN, Abdul Latif'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('initials written apart', () => {
  it('finds a company whose dotted initials the query writes with spaces or spaced dots', () => {
    expect(top('A I C SOGO KENKYUSHO')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('a. i. c. Sogo Kenkyusho')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('INMOBILIARIA U M V S A')).toMatchObject({ entry_id: '2', score: 1 });
    expect(top('Golden Fish S A L (Offshore)')).toMatchObject({ entry_id: '6', score: 1 });
  });

  it('reads a legal form of many spaced letters as the form it is', () => {
    // Nine words written apart: more than a legal form's run of words, until the letters are joined.
    expect(top('GENETICA IMPORT EXPORT S P R DE R L DE C V')).toMatchObject({ entry_id: '3', score: 1 });
  });

  it('finds a person whose listed initials the query writes apart, in either order', () => {
    expect(top('Abdul Latif A. A. Saleh Abu Hussein')).toMatchObject({ entry_id: '4', score: 1 });
    expect(top('SALEH ABU HUSSEIN, Abdul Latif A A')).toMatchObject({ entry_id: '4', score: 1 });
  });

  it('finds a listed name written with spaced initials from the query written together or dotted', () => {
    expect(top('IAC International Inc')).toMatchObject({ entry_id: '5', score: 1 });
    expect(top('I.A.C. INTERNATIONAL')).toMatchObject({ entry_id: '5', score: 1 });
  });

  it('keeps one initial and initials split by other words as they are', () => {
    expect(initialsJoinedReading('John F Kennedy', 'individual')).toBeUndefined();
    expect(initialsJoinedReading('M & M Trading', 'entity')).toBeUndefined();
    expect(initialsJoinedReading('A I C Sogo', 'entity')?.tokens).toEqual(['aic', 'sogo']);
    // A comma ends a run: "CIMEX, S A" is a name and its legal form, taken off as S.A. is.
    expect(initialsJoinedReading('CIMEX, S A', 'entity')?.tokens).toEqual(
      normalizeName('CIMEX', 'entity').tokens,
    );
    expect(initialsJoinedReading('C, I D TRADING', 'entity')?.tokens).toEqual(['c', 'id', 'trading']);
  });
});
