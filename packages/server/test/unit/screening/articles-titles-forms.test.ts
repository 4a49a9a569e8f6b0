/**
 * How payment messages and invoices address a firm, beside the name itself: the article (`THE
 * KOREA SAMMA SHIPPING CO`, `…, THE`), the title `MESSRS` or `M/S`, and a last joint-stock form `A/S`,
 * `AS`, `a.s.`, `A.Ş.` (Danish, Norwegian, Estonian, Czech and Slovak, Turkish) or ApS. None of them
 * tells one firm from another; written in the query and not on the list, each had cost a name its hit.
 * (The other way round, a listed name is still read with them: OFAC's `RENTA A.S.` for `RENTA`. Leaving
 * them out of listed names too lost typo queries to the names that became twins; see the README.)
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'entity', 'KOREA SAMMA SHIPPING CO'),
    entry('2', 'entity', 'TRANZ-TEL, A.S.'),
    entry('3', 'entity', 'RENTA A.S.'),
    entry('4', 'entity', 'THE RIYADUS-SALIKHIN RECONNAISSANCE AND SABOTAGE BATTALION OF CHECHEN MARTYRS'),
    entry('5', 'entity', 'NORDIC STAR TRADING'),
    entry('6', 'individual', 'THEODORE, Samuel'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('what a payment adds to a firm’s name', () => {
  it('the article, before the name or after it, is not part of the name', () => {
    expect(top('THE KOREA SAMMA SHIPPING CO')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('THE KOREA SAMMA SHIPPING CO')!.explanation).toMatch(/ignored [^;]*"the"/);
    expect(top('KOREA SAMMA SHIPPING CO, THE')).toMatchObject({ entry_id: '1', score: 1 });
    expect(
      top('Riyadus-Salikhin Reconnaissance and Sabotage Battalion of the Chechen Martyrs'),
    ).toMatchObject({ entry_id: '4', score: 1 });
    // Only a whole word: Theodore is a name.
    expect(top('Samuel Theodore')).toMatchObject({ entry_id: '6', score: 1 });
    expect(top('Samuel Odore')).toBeUndefined();
  });

  it('the title Messrs, written out or as M/S, is not part of the name', () => {
    expect(top('MESSRS KOREA SAMMA SHIPPING')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('M/S KOREA SAMMA SHIPPING')).toMatchObject({ entry_id: '1', score: 1 });
  });

  it('a last A/S, AS, a.s., A.Ş. or ApS is not part of the name', () => {
    expect(top('KOREA SAMMA SHIPPING A/S')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('KOREA SAMMA SHIPPING A.S.')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('Nordic Star Trading AS')).toMatchObject({ entry_id: '5', score: 1 });
    expect(top('Nordic Star Trading ApS')).toMatchObject({ entry_id: '5', score: 1 });
    expect(top('Nordic Star Trading A.Ş.')).toMatchObject({ entry_id: '5', score: 1 });
    // Written on both sides, it is a word of the name as before.
    expect(top('RENTA A.Ş.')).toMatchObject({ entry_id: '3', score: 1 });
  });
});
