/**
 * Words of organisations' names written short, as the lists and payment messages write them (`INTL
 * TRDG`, `SHPG CO`, `& BROS.`): the short word and the full one are the same word, either way round,
 * and the explanation says which abbreviates which. A letter run that is a name of its own, or an
 * abbreviation of several words, stays as written.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    // Written short on OFAC's list.
    entry('1', 'entity', 'KOREA MARINE & INDUSTRIAL TRDG'),
    entry('2', 'entity', 'ARMAN RESOURCES EQUIP AND SUPPORT MANAGEMENT'),
    entry('3', 'entity', 'AL TAIBAH, INTL.'),
    // Written in full on OFAC's list.
    entry('4', 'entity', 'PETRA NAVIGATION & INTERNATIONAL TRADING CO. LTD.'),
    entry('5', 'entity', 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES'),
    entry('6', 'entity', 'AL-OMGY AND BROTHERS MONEY EXCHANGE'),
    entry('7', 'entity', 'BANK TRADING HOUSE'),
    entry('8', 'individual', 'PATEL, Dev'),
    entry('9', 'entity', 'KAIRABA SHOPPING CENTER'),
    entry('10', 'entity', 'ARELLANO FELIX ORGANIZATION'),
    entry('11', 'entity', 'SEGOVIA IMPORT & EXPORT CORP.'),
    entry('12', 'entity', 'YEVPATORIA COMMERCIAL SEAPORT'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('an abbreviated word of an organisation name', () => {
  it('finds a name the list writes short from the full words', () => {
    expect(top('Korea Marine & Industrial Trading')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('Arman Resources Equipment and Support Management')).toMatchObject({
      entry_id: '2',
      score: 1,
    });
    expect(top('Al Taibah International')).toMatchObject({ entry_id: '3', score: 1 });
    expect(top('Korea Marine & Industrial Trading')!.explanation).toContain(
      '"trading" abbreviated as "trdg"',
    );
  });

  it('finds a name the list writes in full from the short words of a payment message', () => {
    expect(top('PETRA NAVIGATION & INTL TRADING CO LTD')).toMatchObject({ entry_id: '4', score: 1 });
    expect(top("PETRA NAVIGATION & INT'L. TRADING")).toMatchObject({ entry_id: '4', score: 1 });
    expect(top('ISLAMIC REPUBLIC OF IRAN SHPG LINES')).toMatchObject({ entry_id: '5', score: 1 });
    expect(top('AL OMGY AND BROS. MONEY EXCHANGE')).toMatchObject({ entry_id: '6', score: 1 });
    expect(top('ISLAMIC REPUBLIC OF IRAN SHPG LINES')!.explanation).toContain(
      '"shpg" as an abbreviation of "shipping"',
    );
  });

  it('reads the short words of centres, organisations, trade and commerce', () => {
    expect(top('KAIRABA SHOPPING CTR')).toMatchObject({ entry_id: '9', score: 1 });
    expect(top('Arellano Felix Org.')).toMatchObject({ entry_id: '10', score: 1 });
    expect(top('SEGOVIA IMP. & EXP. CORP')).toMatchObject({ entry_id: '11', score: 1 });
    expect(top('YEVPATORIA COML SEAPORT')).toMatchObject({ entry_id: '12', score: 1 });
  });

  it('leaves a letter run that may be a name of its own as written', () => {
    // BK is no one's abbreviation here: the name of its own, one word off.
    expect(top('BK TRADING HOUSE')?.score ?? 0).toBeLessThan(1);
    // Dev is a given name, not development.
    expect(top('Development Patel')).toBeUndefined();
    expect(top('Dev Patel')).toMatchObject({ entry_id: '8', score: 1 });
  });
});
