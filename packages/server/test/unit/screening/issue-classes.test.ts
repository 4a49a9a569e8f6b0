/**
 * The classes an outside evaluation found missing (issue 18), each with a case from the lists and a
 * false-positive guard: a person listed with middle names queried by first name and surname, legal
 * forms written with spaces, dots or lower case, one-letter typos in short company names and typos in
 * long ones that carry a legal form. Then the independent evaluation's own generator on its test part
 * with a seed of these tests (the bench uses others): recall per class and ordinary names' false hits.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  foundAtTop,
  ISSUE_CLASSES,
  issueClassQueries,
  ordinaryCompanies,
  ordinaryPeople,
} from '../../../src/screening/evaluation/independent/index.ts';
import { loadLists, referenceSources, Screener } from '../../../src/screening/index.ts';

let screener: Screener;

beforeAll(async () => {
  screener = new Screener(await loadLists(referenceSources()));
});

const top = (name: string) => screener.screen({ name }, { limit: 1 })[0];

describe('a person listed with middle names, queried by first name and surname', () => {
  it('hits however many given names the query leaves out', () => {
    // Scored 0.84 and 0.87 when only one left-out middle name was discounted.
    expect(top('Omar Al-Tikriti')).toMatchObject({ list: 'ofac_sdn', entry_id: '9330' });
    expect(top('Lotfi Rihani')).toMatchObject({ list: 'ofac_sdn', entry_id: '8099' });
    // Given names added to a shorter listed name count the same way.
    expect(top('Sergei Vadimovich Abisov')).toMatchObject({ entry_id: '17753' });
  });

  it('ranks a name listed without a comma, its middle name left out, above near spellings of others', () => {
    // The UN's MOHAMMAD IBRAHIM OMARI scored 0.9614 with IBRAHIM left out at half its weight, below
    // OFAC's OMAR, Mohammed (0.9715: OMARI / OMAR a near spelling); at 0.3 of its weight, 0.9758.
    expect(top('Mohammad Omari')).toMatchObject({ list: 'un_consolidated', entry_id: '111067' });
    expect(screener.screen({ name: 'Mohammad Omari' }).map((h) => h.entry_id)).toContain('6635');
  });

  it('ranks the person whose middle names a query leaves out above another of the two names kept', () => {
    // YUSUF, Mohamed Mire Ali for "Mohamed M. Yusuf" (its second given name as an initial, Ali left
    // out): 0.9885 below the UN's Muhammad Yusuf (0.9888) when a middle name cost 0.05 of its weight.
    expect(top('Mohamed M. Yusuf')).toMatchObject({ list: 'ofac_sdn', entry_id: '23719' });
  });

  it('reads an honorific written as the surname as the family name it is', () => {
    // SHEIKH, Mohammad Nayeem weighed its surname as the title Sheikh, as nothing: "Mohammad SHEIKH"
    // was a Mohammad with a middle name left out (0.9898), below OFAC's AL-SHAYKH, Muhammad (0.9957).
    expect(top('Mohammad SHEIKH')).toMatchObject({ list: 'ofac_sdn', entry_id: '17270' });
    // Nor is a Mohammad alone either of them: the surname is a word the query leaves out.
    const ids = screener.screen({ name: 'Mohammad' }).map((h) => h.entry_id);
    expect(ids).not.toContain('17270');
    expect(ids).not.toContain('22061');
  });

  it('does not discount a surname the query leaves out', () => {
    // "PÉREZ SANTORO, Javier", "FREGOSO GONZÁLEZ, Marco Antonio": two common names, not these people.
    expect(screener.screen({ name: 'Javier Perez' })).toEqual([]);
    expect(screener.screen({ name: 'Marco Gonzalez' })).toEqual([]);
  });
});

describe("a person's one-word name with a typo", () => {
  it('finds the person listed by that one name', () => {
    // 0.88 and 0.88 when the typo left the one word unconfirmed, as two people's near names are.
    expect(top('SAJTOSO')).toMatchObject({ list: 'ofac_sdn', entry_id: '19651' });
    expect(top('Kqkazada')).toMatchObject({ list: 'un_consolidated', entry_id: '111304' });
  });

  it('does not read two words written together as one mistyped name', () => {
    // "renkato" is one letter from RENATO; the customer wrote two names.
    expect(screener.screen({ name: 'Ren Kato' }).map((h) => h.entry_id)).not.toContain('9344');
  });
});

describe('legal forms however they are written', () => {
  it.each([
    ['Rancho Agricola Ganadero Los Mezquites s a de c v', '15699'],
    ['AVIANDINA s a c', '8245'],
    ['CECOEX S.a.', '480'],
    ['Dalian Zhongchuang Char-White Co., Ltd', '16847'],
    ['DALIAN ZHONGCHUANG CHAR-WHITE CO., LDT.', '16847'],
  ])('%s finds entry %s with score 1', (name, id) => {
    expect(top(name)).toMatchObject({ entry_id: id, score: 1 });
  });

  it('keeps a person’s last word that only looks like a misspelt form', () => {
    // As a company "SAD" would be S.A.L. misspelt; a query that does not say is also read as a person.
    expect(top('Abd al-Latif Sad')).toMatchObject({ entry_id: '23674', score: 1 });
  });
});

describe('typos in company names', () => {
  it('finds a one-word company name with one letter wrong', () => {
    // Jaro-Winkler rated KWLA / KALA 0.85 and INTERCONSULT without its N 0.85: under the threshold.
    expect(top('KWLA LIMITED')).toMatchObject({ entry_id: '11636' });
    expect(top('ITERCONSULT')).toMatchObject({ entry_id: '1043' });
    expect(top('KAIFENG PINGMEI XINXINGTAN MATERIAL TECHNOLGY CO., LTD.')).toMatchObject({
      entry_id: '30754',
    });
  });

  it("does not let two near misses in a person's name hit a company", () => {
    // Kofi ≈ COPY, Reddy ≈ RED; Nour ≈ the vessel NOOR with Eze left over.
    expect(screener.screen({ name: 'Kofi Reddy' })).toEqual([]);
    expect(screener.screen({ name: 'Nour Eze' })).toEqual([]);
  });
});

describe('the independent generator, test part, seed 31', () => {
  // Floors just under what these sets measure (59 or 60 of 60 per class, no ordinary name hit of
  // 1,000); the bench reports the classes on their full test part.
  it('finds the source entry at top-1 for each class', () => {
    const queries = issueClassQueries(screener.entries, 'test', 31, 60);
    for (const kind of ISSUE_CLASSES) {
      const of = queries.filter((q) => q.kind === kind);
      expect(of.length).toBeGreaterThan(20);
      const found = of.filter((q) => foundAtTop(screener.screen({ name: q.query }, { limit: 5 }), q.entry));
      expect(found.length / of.length, kind).toBeGreaterThanOrEqual(0.98);
    }
  }, 60_000);

  it('produces almost no hit for ordinary people and companies', () => {
    const names = [
      ...ordinaryPeople(screener.entries, 500, 31),
      ...ordinaryCompanies(screener.entries, 500, 31),
    ];
    const hits = names.filter((name) => screener.screen({ name }).length > 0);
    // The issue's goal: at most 0.1 % false hits.
    expect(hits.length / names.length).toBeLessThanOrEqual(0.001);
  });
});
