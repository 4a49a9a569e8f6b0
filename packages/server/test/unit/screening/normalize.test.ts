import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../../src/screening/jaro-winkler.ts';
import { normalizeName } from '../../../src/screening/normalize.ts';

describe('normalizeName', () => {
  it('folds case and removes diacritics', () => {
    expect(normalizeName('José Müller-Lüdenscheidt').tokens).toEqual(['jose', 'muler', 'ludenscheidt']);
    expect(normalizeName('Łukasz Øster Straße').written).toEqual(['lukasz', 'oster', 'strasse']);
  });

  it('puts SURNAME, Given names in given-name order', () => {
    const n = normalizeName('BADEGE, Eric', 'individual');
    expect(n.written).toEqual(['eric', 'badege']);
    expect(n.reordered).toBe(true);
  });

  it('keeps an entity name with a legal form after the comma as it is', () => {
    const n = normalizeName('CECOEX, S.A.', 'entity');
    expect(n.written).toEqual(['cecoex']);
    expect(n.removed).toEqual(['sa']);
    expect(n.reordered).toBe(false);
  });

  it('strips company legal forms before and after the name and notes them', () => {
    expect(normalizeName('Acme Trading LLC').written).toEqual(['acme', 'trading']);
    expect(normalizeName('OOO Romashka').removed).toEqual(['ooo']);
    expect(normalizeName('Deutsche Beispiel GmbH').written).toEqual(['deutsche', 'beispiel']);
  });

  it('removes honorifics', () => {
    const n = normalizeName('Sheikh Ahmad Yasin');
    expect(n.removed).toEqual(['sheikh']);
    expect(n.tokens).toEqual(['ahmad', 'yasin']);
  });

  it('maps romanisation variants to one canonical spelling', () => {
    for (const v of ['Mohammed', 'Muhammad', 'Mohamed', 'Mohamad']) {
      expect(normalizeName(v).tokens).toEqual(['muhammad']);
    }
    expect(normalizeName('Hussein').tokens).toEqual(normalizeName('Husayn').tokens);
    expect(normalizeName('Ivanoff').tokens).toEqual(normalizeName('Ivanov').tokens);
    expect(normalizeName('Dmitriy').tokens).toEqual(normalizeName('Dmitry').tokens);
    expect(normalizeName('Philip').tokens).toEqual(normalizeName('Filip').tokens);
  });

  it('splits Abdel / Abdul / Abdulrahman into abd al …', () => {
    expect(normalizeName('Abdel Rahman').tokens).toEqual(['abd', 'al', 'rahman']);
    expect(normalizeName('Abdulrahman').tokens).toEqual(['abd', 'al', 'rahman']);
    expect(normalizeName('Abd al-Rahman').tokens).toEqual(['abd', 'al', 'rahman']);
    expect(normalizeName('Abdullah').tokens).toEqual(['abdallah']);
  });

  it('splits a mistyped Abdul / Abdel the same way, but not a name that merely starts alike', () => {
    expect(normalizeName('Apdul Rauf').tokens).toEqual(['abd', 'al', 'rauf']);
    expect(normalizeName('Abmdulkadir').tokens).toEqual(['abd', 'al', 'kadir']);
    expect(normalizeName('Abdetnasser').tokens).toEqual(['abd', 'al', 'naser']);
    expect(normalizeName('Adelina').tokens).toEqual(['adelina']);
    expect(normalizeName('Abbas').tokens).toEqual(['abas']);
  });
});

describe('jaroWinkler', () => {
  it('matches the published reference values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('same', 'same')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});
