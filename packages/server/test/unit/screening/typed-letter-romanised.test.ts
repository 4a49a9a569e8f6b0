/**
 * A one-letter typo in a company's name that the romanisation rules turn into two edits (TAJCO typed
 * TZJCO reads "tajko" / "tziko"; a typed X reads "ks") is still one typo: a code confirmed by a typo
 * counts it at SCORING.codeTypo whether the canonical tokens or the words as written are one edit
 * apart.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'entity', 'TAJCO'),
    entry('2', 'entity', 'VALPARK, S.A. DE C.V.'),
    entry('3', 'entity', 'CHAFER'),
    entry('4', 'individual', 'TAJIK, Karim'),
    entry('5', 'entity', 'ORION MARINE LLC'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('a typed letter the romanisation rules make two edits', () => {
  it("finds the company's one-word name", () => {
    // Were 0.84, 0.87 and 0.86: below the threshold.
    expect(top('TZJCO')).toMatchObject({ entry_id: '1', score: 0.93 });
    expect(top('VXLPARK, S.A. de C.V.')).toMatchObject({ entry_id: '2', score: 0.93 });
    expect(top('CUAFER')).toMatchObject({ entry_id: '3', score: 0.93 });
  });

  it('leaves two typed letters another name', () => {
    expect(screener.screen({ name: 'TZJKO' })).toEqual([]);
  });
});
