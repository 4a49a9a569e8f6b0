/**
 * A person's name typed without a space between two of its words ("Abdelmalikdroukdal" for
 * "DROUKDAL, Abdelmalik"): the query's long word is read cut in two where both parts are listed
 * words (normalize.ts splitReadings). Each case failed before the rule it names, and each has a guard.
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
