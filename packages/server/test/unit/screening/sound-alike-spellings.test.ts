/**
 * Romanisations that write one sound two ways (Kanan / Ganan, Hamsho / Hamcho, Hamza / Hamsa) and
 * four-letter names with one vowel, or one such consonant, changed (Azim / Azam, Ruzi / Rozi, Rozi /
 * Rosi): pairs the lists' own aliases
 * spell both ways, each rated below what a spelling variant is worth before (tokens.ts); and gh
 * written g, a last h after a vowel left out, au or aw before a consonant (transliteration.ts). With
 * guards. An h after k, d or t or after a vowel (Dhari / Dari, Pahlawan / Palawan), and a vowel
 * between a four-letter name's consonants (Sakr / Saker), written by one romanisation only.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/screening/normalize.ts';
import { Screener } from '../../../src/screening/screener.ts';
import { spellingSimilarity, VOWEL_VARIANT } from '../../../src/screening/tokens.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'individual', 'MAZAR, Maulana'),
    entry('2', 'individual', 'ROZI, Pahlawan'),
    entry('3', 'individual', 'YAQUB, Ahmed'),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('consonants romanisations alternate between', () => {
  it('count as a spelling variant when the vowels stand in the same places', () => {
    // Jaro-Winkler alone: 0.87, 0.92, 0.91, 0.89 (a changed first letter weighs like any typo there).
    for (const [a, b] of [
      ['kanan', 'ganan'],
      ['hamsho', 'hamcho'],
      ['hamza', 'hamsa'],
      ['kadafi', 'gadafi'],
    ])
      expect(spellingSimilarity(a!, b!), `${a} / ${b}`).toBe(VOWEL_VARIANT);
    // Was 0.85: MASAR and MAZAR a typo apart, below the threshold with the given name exact.
    expect(top('Maulana Masar')).toMatchObject({ entry_id: '1' });
  });

  it('count a little less when the last letter differs too (Andrei / Andrea)', () => {
    expect(spellingSimilarity('andrei', 'andrea')).toBe(0.95);
    expect(VOWEL_VARIANT).toBeGreaterThan(0.95);
  });

  it('do not when the words differ in other letters too, or j stands for y', () => {
    // Martins and Martinez: s / z, and a vowel added, are two surnames.
    expect(spellingSimilarity('martins', 'martinez')).toBeLessThan(0.95);
    // Jakub (Polish) is not Yaqub: J and Y are not one sound at the start of a word.
    expect(spellingSimilarity('jakub', 'yakub')).toBeLessThan(0.9);
    expect(top('Jakub Ahmadi')).toBeUndefined();
  });
});

describe('spellings that differ only in their vowels', () => {
  const named = new Screener([
    snapshot([entry('1', 'individual', 'EHSAN, Muhammad'), entry('2', 'individual', 'HASSAN, Mohamed')]),
  ]);

  it('read a y that starts a name as a consonant (Yunus / Yunes / Yunis)', () => {
    // As a vowel it left two consonants, too few to tell a romanisation from another name (0.92).
    expect(spellingSimilarity('yunus', 'yunes')).toBe(VOWEL_VARIANT);
    expect(spellingSimilarity('yunus', 'yunis')).toBe(VOWEL_VARIANT);
    // Inside a name it is still a vowel: the consonants must be the same.
    expect(spellingSimilarity('yunus', 'yunas')).toBe(VOWEL_VARIANT);
    expect(spellingSimilarity('yunus', 'yanus')).toBe(VOWEL_VARIANT);
    expect(spellingSimilarity('yunus', 'junus')).toBeLessThan(0.95);
  });

  it('are spelling variants with the vowel at the start kept (Ihsan / Ehsan / Ahsan)', () => {
    expect(spellingSimilarity('ahsan', 'ehsan')).toBe(VOWEL_VARIANT);
    expect(spellingSimilarity('hekmatiar', 'hikmetiar')).toBe(VOWEL_VARIANT);
  });

  it('are another name when a vowel moves past the first consonant (Ahsan / Hasan, Ahmad / Hamad)', () => {
    expect(spellingSimilarity('ahsan', 'hasan')).toBeLessThan(0.95);
    expect(spellingSimilarity('ahmad', 'hamad')).toBeLessThan(0.95);
    expect(named.screen({ name: 'AHSAN, Muhammad' })[0]).toMatchObject({ entry_id: '1' });
  });
});

describe('an h or a vowel one romanisation writes and another leaves out', () => {
  // The lists' own aliases write each pair both ways (OFAC's AL-DHARI / AL DARI, RUSTOM, Sakr / ROSTOM,
  // Saker, KATA'IB / KHATA'IB HIZBALLAH); the one-name probe found them at 0.91, just over the
  // threshold, or under a namesake (bench/screening-tuning-misses.ts --one-name).
  const named = new Screener([
    snapshot([
      entry('1', 'individual', 'AL-DHARI, Harith'),
      entry('2', 'individual', 'AL-DHARI, Muthanna Harith Sulayman'),
      entry('3', 'individual', 'RUSTOM, Sakr'),
      entry('4', 'entity', "KATA'IB HIZBALLAH"),
    ]),
  ]);

  it('are spelling variants: an h after k, d or t, or after a vowel before a consonant', () => {
    for (const [a, b] of [
      ['dhari', 'dari'],
      ['khataib', 'kataib'],
      ['thabit', 'tabit'],
      ['mahdi', 'madi'],
    ])
      expect(spellingSimilarity(a!, b!), `${a} / ${b}`).toBe(VOWEL_VARIANT);
    expect(named.screen({ name: 'AL DARI, Hareth' })[0]).toMatchObject({ entry_id: '1' });
    expect(named.screen({ name: "KHATA'IB HEZBOLLAH" })[0]!.score).toBeGreaterThan(0.95);
  });

  it('are spelling variants: a vowel between consonants in a four-letter name (Sakr / Saker)', () => {
    for (const [a, b] of [
      ['sakr', 'saker'],
      ['nasr', 'nasir'],
      ['fahd', 'fahad'],
    ])
      expect(spellingSimilarity(a!, b!), `${a} / ${b}`).toBe(VOWEL_VARIANT);
    expect(named.screen({ name: 'ROSTOM, Saker' })[0]!.score).toBeGreaterThan(0.95);
  });

  it('but not sh for s (Shamir / Samir), nor two four-letter words (Bard / Brad)', () => {
    expect(spellingSimilarity('shamir', 'samir')).toBeLessThan(VOWEL_VARIANT);
    expect(spellingSimilarity('bard', 'brad')).toBeLessThan(0.95);
  });
});

describe('a four-letter name with one vowel changed', () => {
  it('counts as much as the threshold, no more', () => {
    for (const [a, b] of [
      ['azim', 'azam'],
      ['ruzi', 'rozi'],
      ['zaid', 'zeid'],
      // Or the consonant romanisations write two ways, in the same place (z / s).
      ['rozi', 'rosi'],
      ['gala', 'kala'],
    ])
      expect(spellingSimilarity(a!, b!), `${a} / ${b}`).toBe(0.9);
    expect(top('Pahlawan Ruzi')).toMatchObject({ entry_id: '2', score: 0.95 });
  });

  it('with another word spelt near, is the name as two long near words are', () => {
    // 0.89 before: 0.9 kept in the screener's 32-bit table is 0.8999999762, short of the 0.9 a near
    // word needs (match.ts), so the name was unconfirmed and counted 0.95 of its score.
    expect(top('Palawan Ruzi')).toMatchObject({ entry_id: '2' });
    expect(top('RUZI, Palawan')!.score).toBeGreaterThan(0.92);
    // So is z written s, as romanisations do (Rosi); another consonant is not (Roni).
    expect(top('Palawan Rosi')).toMatchObject({ entry_id: '2' });
    expect(top('Palawan Roni')).toBeUndefined();
  });

  it('not two vowels changed, nor a consonant', () => {
    expect(spellingSimilarity('tina', 'toni')).toBe(0);
    expect(spellingSimilarity('rami', 'rafi')).toBeLessThan(0.9);
    expect(spellingSimilarity('rozi', 'roni')).toBeLessThan(0.9);
  });
});

describe('letters one romanisation writes and another leaves out', () => {
  const tokens = (name: string) => normalizeName(name).tokens;

  it('gh is g, and a last h after a vowel is not written in a long word', () => {
    expect(tokens('Ghazi Moghadam')).toEqual(tokens('Gazi Mogadam'));
    expect(tokens('Abu Zubaydah')).toEqual(tokens('Abu Zubayda'));
    expect(tokens('Khalifah')).toEqual(tokens('Khalifa'));
  });

  it('au and aw before a consonant are one sound (Nawshad / Naushad, Fawzi / Fauzi)', () => {
    expect(tokens('Nawshad Fawzi')).toEqual(tokens('Naushad Fauzi'));
    // The Belarusian u after a vowel is the Russian v (Paulichenka / Pavlichenko).
    expect(tokens('Paulichenka')).toEqual(tokens('Pavlichenka'));
    // oo stays a doubled o: a key pressed twice (Doodi for DODI) is a typo of the name.
    expect(tokens('Doodi')).toEqual(tokens('Dodi'));
    // Before a vowel the u is a vowel of its own: Bauer is not Baver.
    expect(tokens('Bauer')).not.toEqual(tokens('Baver'));
  });

  it('a short word keeps its h: Allah is not Alla, Shah not Sha', () => {
    expect(tokens('Allah')).not.toEqual(tokens('Alla'));
    expect(tokens('Shah')).not.toEqual(tokens('Sha'));
  });
});
