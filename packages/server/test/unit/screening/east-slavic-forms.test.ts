/**
 * The lists write one person's East Slavic given name in its Russian or its Ukrainian form, as the
 * passport the listing came from spells it (Igor / Ihor, Petr / Petro, Dmitry / Dmytro, Yelena /
 * Olena) or its Belarusian one (Ihar, Aliaksandr, Uladzimir, Volha), with -yi for -iy in surnames
 * (Kovalskyi), -ych for -ich and the Belarusian -avich, -auna for -ovich, -ovna in patronymics, -enka
 * for -enko in surnames and u for v after a vowel (Paulichenka for Pavlichenko). Each is the same
 * name: a customer's passport in the other form finds the entry as if spelt alike, and names that
 * merely look alike stay apart.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'individual', 'STRELKOV, Igor Ivanovich'),
    entry('2', 'individual', 'SAVCHENKO, Petr'),
    entry('3', 'individual', 'KOVALSKIY, Dmitriy'),
    entry('4', 'individual', 'MIRONOVA, Yelena'),
    entry('5', 'individual', 'PAVLENKO, Nikolay'),
    entry('6', 'individual', 'LUKASHENKO, Aleksandr Grigoryevich'),
    entry('7', 'individual', 'KARPENKO, Igor Vladimirovich'),
    entry('8', 'individual', 'DARASHENKO, Olga Leonidovna'),
    entry('9', 'individual', 'SIVAKOV, Yury Nikolayevich'),
    entry('10', 'individual', 'PAVLIUCHENKO, Dmitry Vasilyevich'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('Russian and Ukrainian forms of one given name', () => {
  it('find the entry as the same name', () => {
    expect(top('Ihor Strelkov')).toMatchObject({ entry_id: '1' });
    expect(top('Ihor Strelkov')!.score).toBe(top('Igor Strelkov')!.score);
    expect(top('Petro Savchenko')).toMatchObject({ entry_id: '2', score: 1 });
    expect(top('Dmytro Kovalskyi')).toMatchObject({ entry_id: '3', score: 1 });
    expect(top('Olena Mironova')).toMatchObject({ entry_id: '4', score: 1 });
    expect(top('Mykola Pavlenko')).toMatchObject({ entry_id: '5', score: 1 });
  });

  it('read the Ukrainian patronymic ending as the Russian one', () => {
    expect(top('Ihor Ivanovych Strelkov')!.score).toBe(top('Igor Ivanovich Strelkov')!.score);
  });

  it('so are the Belarusian forms, and the Belarusian patronymic endings', () => {
    expect(top('Aliaksandr Lukashenko')).toMatchObject({ entry_id: '6' });
    expect(top('Aliaksandr Lukashenko')!.score).toBe(top('Aleksandr Lukashenko')!.score);
    expect(top('Ihar Uladzimiravich Karpenko')).toMatchObject({ entry_id: '7', score: 1 });
    expect(top('Volha Leanidauna Darashenko')).toMatchObject({ entry_id: '8' });
    expect(top('Volha Leanidauna Darashenko')!.score).toBeGreaterThan(0.95);
    expect(top('Volha Leanidawna Darashenko')!.score).toBe(top('Volha Leanidauna Darashenko')!.score);
  });

  it('read the Belarusian surname ending -enka as -enko, and u after a vowel as v', () => {
    expect(top('Aleksandr Lukashenka')).toMatchObject({ entry_id: '6' });
    expect(top('Aleksandr Lukashenka')!.score).toBe(top('Aleksandr Lukashenko')!.score);
    // Was 0.52: three letters apart, the surname paired with nothing.
    expect(top('PAULICHENKA, Dzmitry Vasilyevich')).toMatchObject({ entry_id: '10' });
  });

  it('read a patronymic made of another form of a given name as made of the same name', () => {
    expect(top('Ihor Volodymyrovych Karpenko')).toMatchObject({ entry_id: '7', score: 1 });
    // The name's last i may go unwritten before the ending: Mikalaevich as Mikalaievich.
    expect(top('Yury Mikalaevich Sivakov')).toMatchObject({ entry_id: '9', score: 1 });
    expect(top('Yury Mikalaievich Sivakov')).toMatchObject({ entry_id: '9', score: 1 });
  });

  it('leave other names apart', () => {
    expect(screener.screen({ name: 'Olga Mironova' })).toEqual([]);
    expect(screener.screen({ name: 'Pavel Savchenko' })).toEqual([]);
  });
});
