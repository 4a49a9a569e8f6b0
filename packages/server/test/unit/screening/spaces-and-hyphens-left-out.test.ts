/**
 * A person's name typed without a space between two of its words ("Abdelmalikdroukdal" for
 * "DROUKDAL, Abdelmalik"): the query's long word is read cut in two where both parts are listed
 * words (normalize.ts splitReadings); and without its hyphens ("Abd AlHadi AlIraqi"): each article
 * is read cut off its word (articleReadings). Each case failed before the rule it names, and each
 * has a guard.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'individual', 'DROUKDAL, Abdelmalik'),
    entry('2', 'individual', 'FAZUL, Abdallah'),
    entry('3', 'individual', 'JAMALI, Sayyed Kamal'),
    entry('4', 'individual', 'KAM, Ling'),
    entry('5', 'individual', 'ALJAMALI, Omar'),
    entry('6', 'individual', 'TOULAI, Mohammad Hassan'),
    entry('7', 'individual', 'ALCHWIKI, Amer'),
    entry('8', 'individual', 'AMERAL, Tomas'),
    entry('9', 'individual', 'CHWIKI, Mohammad'),
    entry('10', 'individual', 'AL-IRAQI, Abd al-Hadi'),
    entry('11', 'individual', 'AL-SILMU, Ahmad al-Hasan'),
    entry('12', 'individual', 'AS-SALAM, Abd ar-Rahman'),
    entry('13', 'individual', 'SILMU, Ahmad Hasan'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('a name typed without its spaces', () => {
  it('cuts a word whose part reads as several names (Abdelmalik is Abd al-Malik)', () => {
    // Abdelmalik is read abd al malik: a part of several tokens was not a cut at all.
    expect(top('Abdelmalikdroukdal')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('Abdallahfazul')).toMatchObject({ entry_id: '2', score: 1 });
  });

  it('reads several cuts, not only the first one found or the most even one', () => {
    // "kam" and "aljamali" are listed too: the first cut found read Kam Aljamali (0.71).
    expect(top('Sayyed Kamaljamali')).toMatchObject({ entry_id: '3', score: 1 });
    // "ameral" and "chwiki" are listed too: the most even cut reads Ameral Chwiki.
    expect(top('Ameralchwiki')).toMatchObject({ entry_id: '7', score: 1 });
    expect(top('Mohammadhassan Toulai')).toMatchObject({ entry_id: '6', score: 1 });
  });

  it('cuts only into listed words, and never a word written twice', () => {
    expect(top('Abdelmalikdroukbar')).toBeUndefined();
    expect(screener.screen({ name: 'Kamaljamali Kamaljamali' })[0]?.entry_id).not.toBe('4');
  });
});

describe('a name typed without its hyphens', () => {
  it('cuts every article off its word, not only one', () => {
    // One article joined was one of the listed name's joined readings; two met none (0.77, 0.78).
    expect(top('Abd AlHadi AlIraqi')).toMatchObject({ entry_id: '10', score: 1 });
    expect(top('Ahmad alHasan ALSILMU')).toMatchObject({ entry_id: '11', score: 1 });
    // An article the next sun letter assimilates is written with that letter twice.
    expect(top('Abd arRahman ASSALAM')).toMatchObject({ entry_id: '12', score: 1 });
  });

  it('cuts an article off only where the rest is a listed word, and keeps the name without it apart', () => {
    expect(top('Ahmad Hasan Silmu')).toMatchObject({ entry_id: '13', score: 1 });
    expect(top('Abd AlHadi Alwaqi')?.entry_id).not.toBe('10');
    expect(top('Abd aRahman ASALAM')?.score ?? 0).toBeLessThan(1);
  });
});
