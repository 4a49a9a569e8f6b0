/**
 * Korean names in both romanisations (korean.ts): the lists write North Korean names in
 * McCune–Reischauer without its marks, customers and South Korean passports in Revised
 * Romanisation. Names as they stand on the OFAC and UN lists.
 */
import { describe, expect, it } from 'vitest';
import { koreanNames, koreanSpelling } from '../../../src/screening/korean.ts';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'individual', 'CHO, Il-U'),
    entry('2', 'individual', 'KO, Chol Man'),
    entry('3', 'individual', 'KIM TONG CHOL'),
    entry('4', 'individual', 'PAEK, Se-Bong'),
    entry('5', 'individual', 'RA, Kyong-Su'),
    entry('6', 'individual', 'CHANG, Myong-Chin'),
    entry('7', 'individual', 'PAK, Chun Il'),
    entry('8', 'individual', 'KIM, Man Chun'),
    entry('9', 'individual', 'KIM CHOL NAM'),
    entry('10', 'individual', 'CHOE, Ryong Hae'),
    entry('11', 'individual', 'KIM, Song Chol'),
    entry('12', 'individual', 'JIN, Bo'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('Korean names', () => {
  it('written in Revised Romanisation find the listed McCune–Reischauer name, exactly', () => {
    for (const [query, id] of [
      ['Jo Il-u', '1'],
      ['Go Cheol-man', '2'],
      ['Kim Dong-cheol', '3'],
      ['Dong-cheol Kim', '3'],
      ['Baek Se-bong', '4'],
      ['Ra Gyeong-su', '5'],
      ['Jang Myeong-jin', '6'],
      ['Choi Ryong-hae', '10'],
    ] as const) {
      expect(top(query), query).toMatchObject({ entry_id: id, score: 1 });
    }
    // Kim Dong-cheol is KIM TONG CHOL before KIM SONG CHOL: the initial d is the North's t.
    const [first, second] = screener.screen({ name: 'Kim Dong-cheol' });
    expect(first).toMatchObject({ entry_id: '3', score: 1 });
    expect(second?.score ?? 0).toBeLessThan(0.95);
  });

  it('explain the match in the words as written', () => {
    expect(top('Go Cheol-man')!.explanation).toContain('"cheol-man" as a spelling variant of "chol-man"');
  });

  it('read a given name as one name: a syllable left out or one letter changed is another person', () => {
    // 박준 is not 박준일 with a middle name left out, and 민준 is not 만준.
    expect(screener.screen({ name: 'Jun Park' }).map((h) => h.entry_id)).not.toContain('7');
    expect(screener.screen({ name: 'Min-jun Kim' }).map((h) => h.entry_id)).not.toContain('8');
    expect(top('Park Jun-il')).toMatchObject({ entry_id: '7', score: 1 });
  });

  it('still find a listed name through its spelling as written when a typo stops the Korean reading', () => {
    const hit = top('Kim Cbol Nam');
    expect(hit).toMatchObject({ entry_id: '9' });
    expect(hit!.score).toBeGreaterThan(0.9);
    expect(hit!.score).toBeLessThan(1);
  });

  it('leave Chinese names as written: pinyin keeps b / p, d / t, g / k and j / ch apart', () => {
    expect(koreanNames(['jun', 'wang'])).toEqual([]);
    expect(koreanNames(['jin', 'dong'])).toEqual([]);
    expect(koreanNames(['kim', 'xiao', 'long'])).toEqual([]);
    // The listed JIN, Bo is not "Jin Po"; a syllable no pinyin has makes the same surname Korean.
    expect(screener.screen({ name: 'Po Jin' }).map((h) => h.entry_id)).not.toContain('12');
    expect(koreanNames(['jin', 'cheol'])).toHaveLength(1);
    // Only the table's own keys are surnames, not an object's inherited names.
    expect(koreanNames(['kim', 'constructor'])).toEqual([]);
  });

  it('write each syllable one way whichever romanisation wrote it', () => {
    const same = (a: string, b: string) => expect(koreanSpelling(a), `${a} / ${b}`).toBe(koreanSpelling(b));
    same('cheol', 'chol');
    same('jeong', 'chong');
    same('gyeong', 'kyong');
    same('byeong', 'pyong');
    same('dong', 'tong');
    same('eun', 'un');
    same('ryong', 'yong');
    same('hee', 'hui');
    expect(koreanSpelling('min')).not.toBe(koreanSpelling('man'));
    expect(koreanNames(['chol', 'man', 'ko'], 2)).toEqual([
      { words: ['jolman', 'ko'], written: ['chol-man', 'ko'], surname: 1 },
    ]);
  });

  it('find through the index what brute force finds', () => {
    for (const name of ['Jo Il-u', 'Kim Dong-cheol', 'Jun Park', 'Hyun-woo Lim', 'Kim Cbol Nam']) {
      expect(screener.screen({ name }, { threshold: 0.5 }), name).toEqual(
        screener.bruteForce({ name }, { threshold: 0.5 }),
      );
    }
  });
});
