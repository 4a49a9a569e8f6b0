/**
 * A customer's name typed in Cyrillic is read in Latin letters (normalize.ts, CYRILLIC), as the lists
 * romanise Russian, Ukrainian and Belarusian names; before, such a query found nothing at all, a
 * listed person screened clear. Other scripts are not romanised.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/screening/normalize.ts';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'individual', 'KADYROV, Ramzan Akhmatovich'),
    entry('2', 'individual', 'MEDVEDCHUK, Viktor Volodymyrovych'),
    entry('3', 'individual', 'PRIGOZHIN, Yevgeniy Viktorovich', ['PRIGOZHIN, Evgeny']),
    entry('4', 'individual', 'BIN LADIN, Usama bin Muhammad bin Awad', ['BIN LADEN, Usama']),
    entry('5', 'entity', 'SHCHUKA TRADING'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('names typed in Cyrillic', () => {
  it('reads Russian and Ukrainian letters as the lists romanise them', () => {
    expect(foldText('Кадыров Рамзан Ахматович')).toBe('kadyrov ramzan akhmatovich');
    // Й is и once NFKD has taken its breve off: Цой reads tsoi.
    expect(foldText('Щука, Хижняк, Цой, Юлия, Яковлев, Подъячев')).toBe(
      'shchuka, khizhnyak, tsoi, yuliya, yakovlev, podyachev',
    );
    expect(foldText('Віктор Ґонта Євген')).toBe('viktor gonta yevgen');
  });

  it('finds listed people and firms from their names typed in Cyrillic', () => {
    expect(top('Кадыров Рамзан Ахматович')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('Рамзан Кадыров')).toMatchObject({ entry_id: '1' });
    expect(top('Віктор Медведчук')).toMatchObject({ entry_id: '2' });
    expect(top('Евгений Пригожин')).toMatchObject({ entry_id: '3' });
    expect(top('Усама бен Ладен')).toMatchObject({ entry_id: '4' });
    expect(top('ЩУКА ТРЕЙДИНГ')?.entry_id).toBe('5');
  });

  it('finds nothing for a Cyrillic name that is on no list', () => {
    expect(top('Анна Смирнова')).toBeUndefined();
  });
});
