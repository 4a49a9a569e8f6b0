/**
 * Hits of the same score: the romanisation rules read SA'ID and SAEED, or Mohamad and Mohammad, as one
 * token, so two entries (or two names of one entry) can score exactly alike; the one spelt as the
 * customer wrote the name comes first. Before, the entry listed first came first. Scores never change.
 * Titles and legal forms are taken off before matching, so `Hajj Ibrahim` and `IBRAHIM, Haji` (two
 * men) score alike for "Hajj Ibrahim", as AERO CONTINENTE E.I.R.L. and AERO CONTINENTE S.A. do for
 * "Aero Continente E. I. R. L."; the one whose title or form the query writes as it does comes first.
 */
import { describe, expect, it } from 'vitest';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'individual', 'SAEED, Hafiz'),
    entry('2', 'individual', 'SAEED, Hafiz', ["SA'ID, Hafiz"]),
    entry('3', 'individual', 'FARHAT, Mohammad'),
    entry('4', 'individual', 'FARHAT, Mohamad'),
    entry('5', 'individual', 'IBRAHIM, Haji'),
    entry('6', 'individual', 'Hajj Ibrahim'),
    entry('7', 'entity', 'AERO CONTINENTE S.A.'),
    entry('8', 'entity', 'AERO CONTINENTE E.I.R.L.'),
  ]),
]);
const screen = (name: string) => screener.screen({ name });

describe('hits of the same score', () => {
  it('put the entry spelt as the query first, and name that spelling as the match', () => {
    const hits = screen("Hafiz SA'ID");
    expect(hits.map((h) => h.entry_id)).toEqual(['2', '1']);
    expect(hits[0]!.score).toBe(hits[1]!.score);
    expect(hits[0]!.matched_name).toBe("SA'ID, Hafiz");
    expect(hits[0]!.explanation).toContain('"said" exactly');
    // Written the other way, the other entry first: the order follows the query, not the list.
    expect(screen('Hafiz Saeed').map((h) => h.entry_id)[0]).toBe('1');
  });

  it('also after a typo: the nearer spelling of the untouched word decides', () => {
    const hits = screen('Mohamad FRAHAT');
    expect(hits.map((h) => h.entry_id)).toEqual(['4', '3']);
    expect(hits[0]!.score).toBe(hits[1]!.score);
    expect(screen('Mohammad FRAHAT')[0]!.entry_id).toBe('3');
  });

  it('the title or legal form written as the query writes it decides next', () => {
    const hajj = screen('Hajj Ibrahimm');
    expect(hajj.map((h) => h.entry_id).slice(0, 2)).toEqual(['6', '5']);
    expect(hajj[0]!.score).toBe(hajj[1]!.score);
    expect(screen('Haji Ibrahim')[0]!.entry_id).toBe('5');
    for (const form of ['E. I. R. L.', 'E I R L', 'e.i.r.l.']) {
      const hits = screen(`Aero Continente ${form}`);
      expect(hits.map((h) => h.entry_id)).toEqual(['8', '7']);
      expect(hits[0]!.score).toBe(hits[1]!.score);
    }
    expect(screen('AERO CONTINENTE S. A.')[0]!.entry_id).toBe('7');
    // No title or form in the query: the order of the lists.
    expect(screen('Aero Continente').map((h) => h.entry_id)).toEqual(['7', '8']);
  });

  it('keep the order of the index and brute force the same', () => {
    for (const name of [
      "Hafiz SA'ID",
      'Hafiz Saeed',
      'Mohamad FRAHAT',
      'Mohammad Farhat',
      'Hajj Ibrahim',
      'Aero Continente E I R L',
    ]) {
      expect(screener.screen({ name }, { limit: 5 })).toEqual(screener.bruteForce({ name }, { limit: 5 }));
    }
  });
});
