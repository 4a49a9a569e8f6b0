/**
 * The same subject on several lists is one hit: identical normalised name and a matching date of
 * birth or a shared identifier, two identical names and a year of birth, a number only two listings
 * hold, or a day of birth and two words of the name. The hit keeps the best entry's fields and explanation (the shape
 * before) and adds `lists` and `entries`; names alike but no date or document in common stay apart.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/index.ts';
import { identifierKey } from '../../../src/screening/lists/identifiers.ts';
import type { BirthDate, EntryType, ListEntry, ListSnapshot } from '../../../src/screening/types.ts';

function entry(
  list: string,
  entry_id: string,
  name: string,
  extra: { type?: EntryType; dob?: BirthDate[]; identifiers?: string[]; aliases?: string[] } = {},
): ListEntry {
  return {
    list,
    entry_id,
    type: extra.type ?? 'individual',
    name,
    aliases: (extra.aliases ?? []).map((a) => ({ name: a, type: 'aka', strength: 'strong' })),
    programs: [`${list.toUpperCase()}-P`],
    birth_dates: extra.dob ?? [],
    countries: [],
    ...(extra.identifiers ? { identifiers: extra.identifiers } : {}),
  };
}
const day = (date: string): BirthDate => ({
  date,
  from_year: Number(date.slice(0, 4)),
  to_year: Number(date.slice(0, 4)),
});
const year = (y: number): BirthDate => ({ from_year: y, to_year: y });
const snapshot = (name: string, entries: ListEntry[]): ListSnapshot => ({
  name,
  version: 'v1',
  loaded_at: '2026-01-01T00:00:00.000Z',
  entries,
});

const screener = new Screener([
  snapshot('alpha', [
    entry('alpha', 'A1', 'KORVALD, Emil Tarrin', { dob: [day('1961-04-12')] }),
    entry('alpha', 'A2', 'BRASK, Ole', { dob: [day('1970-01-01')] }),
    entry('alpha', 'A3', 'FENWICK HOLDINGS LTD', { type: 'entity', identifiers: ['C1234567'] }),
    entry('alpha', 'A4', 'STORM, Ida', { dob: [year(1980)] }),
  ]),
  snapshot('beta', [
    entry('beta', 'B1', 'Emil Tarrin Korvald', { dob: [day('1961-04-12')] }),
    entry('beta', 'B2', 'Ole Brask', { dob: [day('1971-06-30')] }),
    entry('beta', 'B3', 'Fenwick Holdings Limited', {
      type: 'entity',
      identifiers: [identifierKey('C 1234-567')!],
    }),
    entry('beta', 'B4', 'Ida Storm', { dob: [day('1980-05-05')] }),
  ]),
]);

describe('same subject on several lists', () => {
  it('shows one hit with every list when the name is the same and the date of birth matches', () => {
    const hits = screener.screen({ name: 'Emil Korvald Tarrin' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      list: 'alpha',
      entry_id: 'A1',
      program: 'ALPHA-P',
      lists: ['alpha', 'beta'],
    });
    expect(hits[0]!.entries).toEqual([
      { list: 'alpha', entry_id: 'A1', name: 'KORVALD, Emil Tarrin', program: 'ALPHA-P' },
      { list: 'beta', entry_id: 'B1', name: 'Emil Tarrin Korvald', program: 'BETA-P' },
    ]);
    expect(hits[0]!.explanation).toContain('Matched the listed name "KORVALD, Emil Tarrin"');
  });

  it('links an organisation by a shared identifier written differently', () => {
    expect(identifierKey('c 1234-567')).toBe('C1234567');
    expect(identifierKey('ab-12')).toBeUndefined();
    const [hit, ...rest] = screener.screen({ name: 'Fenwick Holdings' });
    expect(rest).toEqual([]);
    expect(hit!.entries.map((e) => e.entry_id)).toEqual(['A3', 'B3']);
  });

  it('keeps two people apart when only their names agree', () => {
    // Different dates of birth; and a year alone is not enough for a two-word name.
    expect(screener.screen({ name: 'Ole Brask' }).map((h) => h.entry_id)).toEqual(['A2', 'B2']);
    expect(screener.screen({ name: 'Ida Storm' }).map((h) => h.lists)).toEqual([['alpha'], ['beta']]);
  });

  it('links two lists’ transcriptions of one name by a document number only they hold', () => {
    const numbered = new Screener([
      snapshot('alpha', [
        entry('alpha', 'A1', 'DURDA, Abu Zeid Omar', { identifiers: ['PP1234567'] }),
        entry('alpha', 'A2', 'HALIM, Rafiq', { identifiers: ['PP7654321'] }),
        entry('alpha', 'A3', 'HALIM, Said', { identifiers: ['PP7654321'] }),
        entry('alpha', 'A4', 'NOURI, Karim', { identifiers: ['PP5555555'] }),
        entry('alpha', 'A5', 'NOURI, Latif', { identifiers: ['PP5555555'] }),
      ]),
      snapshot('beta', [
        entry('beta', 'B1', 'ABU ZAYD UMAR DORDA', { identifiers: ['PP1234567'] }),
        entry('beta', 'B2', 'RAFIQ AL-HALIM', { identifiers: ['PP7654321'] }),
      ]),
    ]);
    const [hit, ...rest] = numbered.screen({ name: 'Abu Zaid Omar Dourda' });
    expect(rest).toEqual([]);
    expect([...hit!.lists].sort()).toEqual(['alpha', 'beta']);
    expect(hit!.entries.map((e) => e.entry_id).sort()).toEqual(['A1', 'B1']);
    // A number three entries hold links none of them; one list's two entries are not linked by it.
    const rafiq = numbered.screen({ name: 'Rafiq al-Halim' });
    expect(rafiq.map((h) => h.entry_id).sort()).toEqual(['A2', 'B2']);
    expect(rafiq.every((h) => h.lists.length === 1)).toBe(true);
    expect(numbered.screen({ name: 'Karim Nouri' }).map((h) => h.lists)).toEqual([['alpha']]);
  });

  it('links two lists’ entries that share two names and a year of birth', () => {
    const range = (from_year: number, to_year: number): BirthDate => ({ from_year, to_year });
    const twice = new Screener([
      snapshot('alpha', [
        entry('alpha', 'A1', 'ADAM, Nourreddine', { dob: [range(1969, 1971)], aliases: ['ADAM, Nureldine'] }),
        entry('alpha', 'A2', 'STORM, Ida', { dob: [year(1980)], aliases: ['STORM, Idda'] }),
        entry('alpha', 'A3', 'ARIF, Said', { dob: [day('1965-12-05')], aliases: ['GHARIB, Omar'] }),
        entry('alpha', 'A4', 'RAHMAT, Qari', { dob: [year(1981)], aliases: ['RAHMAT, Kari'] }),
      ]),
      snapshot('beta', [
        entry('beta', 'B1', 'NOURREDDINE ADAM', { dob: [year(1970)], aliases: ['Nureldine Adam'] }),
        entry('beta', 'B2', 'Ida Storm', { dob: [year(1982)], aliases: ['Idda Storm'] }),
        entry('beta', 'B3', 'SAID ARIF', { dob: [day('1965-05-12')], aliases: ['Omar Gharib'] }),
        entry('beta', 'B4', 'RAHMATULLAH SHAH NAWAZ', {
          dob: [year(1981)],
          aliases: ['Qari Rahmat', 'Kari Rahmat'],
        }),
      ]),
    ]);
    // Two names of two words each, the same on both lists, and a year in the range: one person.
    const [adam, ...none] = twice.screen({ name: 'Nourreddine Adam' });
    expect(none).toEqual([]);
    expect([...adam!.lists].sort()).toEqual(['alpha', 'beta']);
    // The day and month written the other way round on one list: the year is what counts.
    expect(twice.screen({ name: 'Said Arif' })[0]!.entries).toHaveLength(2);
    // Two spellings both lists give count as two names, though they read alike (Qari / Kari).
    expect(twice.screen({ name: 'Qari Rahmat' })[0]!.entries).toHaveLength(2);
    // Two names alike but the years apart: two people.
    expect(twice.screen({ name: 'Ida Storm' }).map((h) => h.lists)).toEqual([['alpha'], ['beta']]);
  });

  it('links two lists’ names of one person born the same day that share two words', () => {
    const born = new Screener([
      snapshot('alpha', [
        entry('alpha', 'A1', 'FAIZ, Mohammed Karim Yusop', { dob: [day('1978-10-11')] }),
        entry('alpha', 'A2', 'TALIB, Rashid Omar', { dob: [day('1966-03-09')] }),
        entry('alpha', 'A3', 'HADDAD, Sami Nabil', { dob: [day('1973-01-01')] }),
        entry('alpha', 'A4', 'TALIB, Rashid Anwar', { dob: [day('1966-03-09')] }),
      ]),
      snapshot('beta', [
        entry('beta', 'B1', 'MOHAMMED YUSIP KARIM', { dob: [day('1978-10-11')] }),
        entry('beta', 'B2', 'RASHID TALIB', { dob: [day('1966-03-09')] }),
        entry('beta', 'B3', 'NABIL HADDAD', { dob: [day('1973-01-01')] }),
        entry('beta', 'B4', 'OMAR KHALIL', { dob: [day('1966-03-09')] }),
      ]),
    ]);
    // Each list writes the name its own way; the day of birth and two words are the same.
    const [faiz, ...none] = born.screen({ name: 'Mohammed Karim Yusop Faiz' });
    expect(none).toEqual([]);
    expect(faiz!.entries.map((e) => e.entry_id).sort()).toEqual(['A1', 'B1']);
    // 1 January is how lists also write a year alone: no link by it.
    expect(born.screen({ name: 'Nabil Haddad' }).map((h) => h.lists)).toEqual([['beta'], ['alpha']]);
    // One word in common is not enough (B4 shares Omar only with A2); and where one list names two
    // people born that day with the words (A2, A4: brothers, or twins), the other list's RASHID
    // TALIB (B2) is neither's for sure, and nothing is linked.
    expect(born.screen({ name: 'Omar Khalil' })[0]!.lists).toEqual(['beta']);
    const talib = born.screen({ name: 'Rashid Talib' }, { threshold: 0.5 });
    expect(talib.map((h) => h.entry_id).sort()).toEqual(['A2', 'A4', 'B2']);
    expect(talib.every((h) => h.entries.length === 1)).toBe(true);
  });

  it('links the only two holders of a name of three words, one on each list, their dates not apart', () => {
    const only = new Screener([
      snapshot('alpha', [
        entry('alpha', 'A1', 'SAFDARI, Seyed Jaber', { dob: [year(1968)] }),
        entry('alpha', 'A2', 'KORYO TRADING BANK', { type: 'entity' }),
        entry('alpha', 'A3', 'NAJJAR, Karim Sami', { dob: [year(1950)] }),
        entry('alpha', 'A4', 'ISLAMIC ARMY OF ADEN', { type: 'entity', aliases: ['EGYPTIAN ISLAMIC JIHAD'] }),
        entry('alpha', 'A5', 'HADI, Omar Faruq', { dob: [year(1975)] }),
        entry('alpha', 'A6', 'HADI, Omar Faruq', { dob: [year(1980)] }),
        entry('alpha', 'A7', 'HAMID, Tariq'),
      ]),
      snapshot('beta', [
        entry('beta', 'B1', 'SEYED JABER SAFDARI'),
        entry('beta', 'B2', 'KORYO TRADING BANK', { type: 'entity' }),
        entry('beta', 'B3', 'KARIM SAMI NAJJAR', { dob: [year(1985)] }),
        entry('beta', 'B4', 'ISLAMIC ARMY OF ADEN', { type: 'entity' }),
        entry('beta', 'B5', 'EGYPTIAN ISLAMIC JIHAD', { type: 'entity' }),
        entry('beta', 'B6', 'OMAR FARUQ HADI'),
        entry('beta', 'B7', 'TARIQ HAMID'),
      ]),
    ]);
    const linked = (name: string) =>
      only.screen({ name }).map((h) => h.entries.map((e) => e.entry_id).sort());
    // One list gives no date of birth; no other entry has the name: one person, one hit.
    expect(linked('Seyed Jaber Safdari')).toEqual([['A1', 'B1']]);
    expect(linked('Koryo Trading Bank')).toEqual([['A2', 'B2']]);
    // Born 35 years apart: two people of one name.
    expect(linked('Karim Sami Najjar')).toEqual([['A3'], ['B3']]);
    // A4 shares a name with two entries the other list keeps apart: linked to neither.
    expect(linked('Egyptian Islamic Jihad')).toEqual([['A4'], ['B5']]);
    // Nor to B4, since A4 has two partners on that list.
    expect(linked('Islamic Army of Aden')).toEqual([['A4'], ['B4']]);
    // One list names two people so (A5, A6): the other list's holder is neither's for sure.
    expect(linked('Omar Faruq Hadi').sort()).toEqual([['A5'], ['A6'], ['B6']]);
    // Two words are not enough.
    expect(linked('Tariq Hamid')).toEqual([['A7'], ['B7']]);
    expect(only.screen({ name: 'Seyed Jaber Safdari' })).toEqual(
      only.bruteForce({ name: 'Seyed Jaber Safdari' }),
    );
  });

  it('gives the same merged hits with the index as by brute force', () => {
    for (const name of ['Emil Korvald Tarrin', 'Fenwick Holdings', 'Ole Brask']) {
      expect(screener.screen({ name })).toEqual(screener.bruteForce({ name }));
    }
  });
});
