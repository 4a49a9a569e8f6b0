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

  it('reads the article before a sun letter in the Maghreb spellings, the letter doubled or not', () => {
    for (const [one, two, name] of [
      ['Abderahmane', 'Abderrahmane', 'rahmane'],
      ['Abdenour', 'Abdennour', 'nur'],
      ['Abdenaser', 'Abdennasser', 'naser'],
      ['Abderazak', 'Abderrazak', 'razak'],
    ] as const) {
      expect(normalizeName(one).tokens, one).toEqual(['abd', 'al', name]);
      expect(normalizeName(two).tokens, two).toEqual(['abd', 'al', name]);
    }
    expect(normalizeName('Abdessalam').tokens).toEqual(['abd', 'al', 'salam']);
    expect(normalizeName('Abdelkader').tokens).toEqual(['abd', 'al', 'kader']);
  });

  it('splits a mistyped Abdul / Abdel the same way, but not a name that merely starts alike', () => {
    expect(normalizeName('Apdul Rauf').tokens).toEqual(normalizeName('Abdul Rauf').tokens);
    expect(normalizeName('Abmdulkadir').tokens).toEqual(['abd', 'al', 'kadir']);
    expect(normalizeName('Abdetnasser').tokens).toEqual(['abd', 'al', 'naser']);
    expect(normalizeName('Adelina').tokens).toEqual(['adelina']);
    expect(normalizeName('Abbas').tokens).toEqual(['abas']);
  });
});

describe('legal forms', () => {
  const words = (name: string) => normalizeName(name, 'entity').written;

  it('takes a form off however it is written: dots, spaces, lower case, in words', () => {
    for (const form of ['S.A. de C.V.', 's a de c v', 'SA DE CV', 'S. A. DE C. V.']) {
      expect(words(`Rancho Los Mezquites ${form}`)).toEqual(['rancho', 'los', 'mezquites']);
    }
    for (const form of ['s a c', 'S.a.c.', 'S.A.C.'])
      expect(words(`Aviandina ${form}`)).toEqual(['aviandina']);
    for (const form of [
      'Co., Ltd',
      'CO LTD',
      'Co.,Ltd.',
      'Company Limited',
      'Private Limited',
      'Pvt. Ltd.',
    ]) {
      expect(words(`Kala Trading ${form}`)).toEqual(['kala', 'trading']);
    }
    expect(words('Open Joint-Stock Company Izhmash')).toEqual(['izhmash']);
    expect(words('Garces y Bedoya Cia. Ltda.')).toEqual(['garces', 'y', 'bedoya']);
  });

  it('takes off a misspelt form next to an intact one or at the end of a long name, nothing else', () => {
    expect(words('Dalian Char-White CO., LDT.')).toEqual(['dalian', 'char', 'white']);
    expect(words('Damascus Cham Private Jint Stock Company')).toEqual(['damascus', 'cham']);
    expect(words('Al Ali and Al Hamza LC')).toEqual(['al', 'ali', 'and', 'al', 'hamza']);
    // Real words one letter from a form stay: ORO / OOO, ASMA / ASA, the company IAC after INC., a 1.
    expect(words('La Monedita de Oro Ltda')).toEqual(['la', 'monedita', 'de', 'oro']);
    expect(words('Authorised Money Exchangers Asma')).toContain('asma');
    expect(words('International Inc. IAC')).toEqual(['international', 'iac']);
    expect(words('Constello No. 1 Corporation')).toEqual(['constello', 'no', '1']);
  });

  it('leaves people’s names whole', () => {
    expect(normalizeName('SAD, Abd-al-Latif', 'individual').written).toContain('sad');
    expect(normalizeName('Kumar A G', 'individual').written).toEqual(['kumar', 'a', 'g']);
  });

  it('marks where a SURNAME, Given name’s surname starts', () => {
    expect(normalizeName('FREGOSO GONZALEZ, Marco Antonio', 'individual')).toMatchObject({
      written: ['marco', 'antonio', 'fregoso', 'gonzalez'],
      surname: 2,
    });
    expect(normalizeName('Marco Antonio Fregoso').surname).toBeUndefined();
  });
});

describe('romanisation letters', () => {
  it('reads the letters romanisations swap as one, in words of four letters or more', () => {
    const same = (a: string, b: string) => expect(normalizeName(a).tokens).toEqual(normalizeName(b).tokens);
    same('Natalya', 'Natalia');
    same('Wladimir Kadyrow', 'Vladimir Kadyrov');
    same('Victor Caraman', 'Viktor Karaman');
    same('Aleksey Kovalevskij', 'Alexey Kovalevsky');
    same('Tjurin', 'Tyurin');
    same('Bengoetxea', 'Bengoechea');
    expect(normalizeName('Yan').tokens).not.toEqual(normalizeName('Ian').tokens);
    expect(normalizeName('MMT').tokens).not.toEqual(normalizeName('MTT').tokens);
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
