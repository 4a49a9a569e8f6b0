/**
 * The independent evaluation's guarantees: entries split once into a tuning and a test part; a
 * leave-one-out alias query really is screened against lists without that alias and is a variant of
 * a name its entry keeps; a cross-list query pairs two lists' entries only through a document number
 * that links those two alone; generated queries and ordinary names come from the part asked for and
 * are not names on a list.
 */
import { describe, expect, it } from 'vitest';
import { foldWords } from '../../../src/screening/evaluation/independent/fold.ts';
import {
  aliasQueries,
  crossListQueries,
  FOLDS,
  type IssueClass,
  issueClassQueries,
  listsWithout,
  ordinaryPeople,
  splitOf,
} from '../../../src/screening/evaluation/independent/index.ts';
import { SURNAMES } from '../../../src/screening/evaluation/independent/name-pool.ts';
import { editDistance } from '../../../src/screening/tokens.ts';
import type { ListEntry, ListSnapshot } from '../../../src/screening/types.ts';

function entry(entry_id: string, name: string, aliases: string[], type: ListEntry['type'] = 'individual') {
  return {
    list: 'test',
    entry_id,
    type,
    name,
    aliases: aliases.map((a) => ({ name: a, type: 'aka' as const, strength: 'strong' as const })),
    programs: [],
    birth_dates: [],
    countries: [],
  };
}

/** The queries of one class drawn from both parts of the split (seed 3, up to 10 each). */
function fromBothParts(entries: ListEntry[], kind: IssueClass) {
  return (['tuning', 'test'] as const).flatMap((split) => issueClassQueries(entries, split, 3, 10, [kind]));
}

// Entries on both sides of the split, each with a transliteration pair and an unrelated alias.
const entries: ListEntry[] = SURNAMES.slice(0, 60).map((surname, k) => {
  const s = foldWords(surname).join('').toUpperCase();
  return entry(`E${k}`, `${s}OV, Viktar Uladzimiravich`, [
    `${s}OFF, Viktor Vladimirovich`,
    `${s}OV, Viktar`,
    `ALEPH ${k}`,
  ]);
});
const lists: ListSnapshot[] = [
  { name: 'test', version: 'v', loaded_at: '2026-01-01T00:00:00.000Z', entries },
];

describe('the independent evaluation', () => {
  it('puts each entry on one side for good, about 30 % tuning', () => {
    const real = Array.from({ length: 2000 }, (_, k) => ({ list: 'ofac_sdn', entry_id: String(k) }));
    const tuning = real.filter((e) => splitOf(e) === 'tuning').length;
    expect(tuning / real.length).toBeGreaterThan(0.25);
    expect(tuning / real.length).toBeLessThan(0.35);
    expect(real.map(splitOf)).toEqual(real.map(splitOf));
  });

  it('screens an alias against lists without it, and only aliases that are a variant of a kept name', () => {
    const set = aliasQueries(entries, 'test');
    expect(set.queries.length).toBeGreaterThan(0);
    for (const q of set.queries) {
      expect(splitOf(q.entry)).toBe('test');
      expect(q.query).not.toMatch(/ALEPH/);
      const without = listsWithout(lists, set.queries, q.fold)[0]!.entries.find(
        (e) => e.entry_id === q.entry.entry_id,
      )!;
      const kept = [without.name, ...without.aliases.map((a) => a.name)];
      expect(kept.map((n) => foldWords(n).join(' '))).not.toContain(foldWords(q.query).join(' '));
      expect(kept).toContain(q.nearest);
      expect(q.fold).toBeLessThan(FOLDS);
    }
    expect(set.unrelated).toBeGreaterThan(0);
  });

  it('draws class queries and ordinary names from the part asked for, none of them a listed name', () => {
    const queries = issueClassQueries(entries, 'tuning', 3, 10);
    for (const q of queries) expect(splitOf(q.entry)).toBe('tuning');
    const listed = new Set(entries.flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)]));
    for (const name of ordinaryPeople(entries, 50, 3)) expect(listed.has(name)).toBe(false);
  });

  it('writes the middle-initial class as the first name, the initial of the second and the surname', () => {
    const queries = issueClassQueries(entries, 'test', 3, 10, ['middle_initial']);
    expect(queries.length).toBeGreaterThan(0);
    for (const q of queries) {
      expect(q.kind).toBe('middle_initial');
      expect(splitOf(q.entry)).toBe('test');
      const [surname, given] = q.source.split(', ') as [string, string];
      const [first, second] = given.split(' ') as [string, string];
      expect(q.query).toBe(`${first} ${second[0]}. ${surname.charAt(0)}${surname.slice(1).toLowerCase()}`);
    }
    // Only beside the goal: the goal's classes are drawn as before.
    expect(issueClassQueries(entries, 'test', 3, 10).some((q) => q.kind === 'middle_initial')).toBe(false);
  });

  it('writes middle names left out with a typo as the first name and the surname one edit off', () => {
    const long = SURNAMES.slice(0, 30).map((surname, k) =>
      entry(`M${k}`, `${foldWords(surname).join('').toUpperCase()}, Viktar Uladzimiravich Ivanavich`, []),
    );
    const made = fromBothParts(long, 'middle_names_and_typo');
    expect(made.length).toBeGreaterThan(5);
    for (const q of made) {
      const [first, surname] = q.query.split(' ') as [string, string];
      expect(first).toBe('Viktar');
      const listed = q.source.split(',')[0]!.toLowerCase();
      expect(surname.toLowerCase()).not.toBe(listed);
      expect(editDistance(surname.toLowerCase(), listed, 2)).toBe(1);
    }
  });

  it('leaves out the space between two words of a name, never where another entry has those words', () => {
    const people = [
      entry('S1', 'DROUKDAL, Abdelmalik', []),
      entry('S2', 'SAID ARIF', []),
      entry('S3', 'ARIF, Said', []),
      entry('S4', 'OKAFOR, Chidi E.', []),
    ];
    const made = fromBothParts(people, 'spaces_left_out');
    expect(made.map((q) => q.query)).toEqual(['Abdelmalikdroukdal']);
    // Each pair of words of Chidi E. Okafor holds the initial: none is joined.
    expect(made.every((q) => q.kind === 'spaces_left_out' && q.entry.entry_id === 'S1')).toBe(true);
  });

  it("leaves out a name's hyphens and apostrophes, the letters either side written together", () => {
    const people = [
      entry('P1', "AL-ISMA'IL, Ammar Fu'ad", []),
      entry('P2', 'OKAFOR, Chidi', []),
      entry('P3', 'AL-HASAN, Omar', []),
      entry('P4', 'ALHASAN, Omar', []),
    ];
    const made = fromBothParts(people, 'punctuation_left_out');
    // Omar AL-HASAN has a twin written without the hyphen: no right answer, left out.
    expect(made.map((q) => q.query)).toEqual(['Ammar Fuad ALISMAIL']);
  });

  it('leaves out the second of two surnames, keeping every given name, and never a particle', () => {
    const people = [
      entry('R1', 'ACOSTA MONTALVAN, Ivan Adolfo', []),
      entry('R2', 'PEREZ SANTORO, Javier', []),
      entry('R3', 'DE LA CRUZ, Jose Maria', []),
      entry('R4', 'GARCIA DEL RIO, Ana Maria', []),
    ];
    const made = fromBothParts(people, 'second_surname_left_out');
    // One given name (R2), particles (R3) and a surname of three words (R4) give no query.
    expect(made.map((q) => q.query)).toEqual(['Ivan Adolfo Acosta']);
  });

  it('writes dotted initials apart, never a name whose only dotted initials are its legal form', () => {
    const names = [
      entry('I1', 'A.I.C. SOGO KENKYUSHO', [], 'entity'),
      entry('I2', 'CIMEX, S.A.', [], 'entity'),
      entry('I3', 'SALEH ABU HUSSEIN, Abdul Latif A.A.', []),
      entry('I4', 'OKAFOR, Chidi E.', []),
      entry('I5', 'U.M.V. TRADING', [], 'entity'),
      entry('I6', 'U M V TRADING', [], 'entity'),
    ];
    const made = fromBothParts(names, 'initials_apart');
    // CIMEX's only dotted run is its form; Chidi E. has one initial; U.M.V. TRADING has a twin (I6).
    expect([...new Set(made.map((q) => q.entry.entry_id))].sort()).toEqual(['I1', 'I3']);
    for (const q of made) {
      expect(q.query).toMatch(
        /^(A I C|A\. I\. C\.) SOGO KENKYUSHO$|^SALEH ABU HUSSEIN, Abdul Latif (A A|A\. A\.)$/,
      );
    }
  });

  it('draws no query from a name the list gives in its original script', () => {
    const original = (name: string) =>
      ({ name, type: 'aka', strength: 'strong', script: 'original' }) as const;
    const people = [
      entry('A1', 'AL-HUSAYNI, Abdulrahman', ['AL-HUSSEINI, Abd al-Rahman']),
      entry('A2', 'OKAFOR, Chidi Emeka', []),
    ].map((e, k) => ({
      ...e,
      aliases: [...e.aliases, original(['عبدالرحمن الحسيني', 'أوكافور تشيدي'][k]!)],
    }));
    const arabic = (q: string) => /\p{Script=Arabic}/u.test(q);
    const aliases = (['tuning', 'test'] as const).flatMap((split) => aliasQueries(people, split).queries);
    expect(aliases.filter((q) => arabic(q.query))).toEqual([]);
    const typos = fromBothParts(people, 'person_typo');
    expect(typos.length).toBeGreaterThan(0);
    expect(typos.filter((q) => arabic(q.query) || arabic(q.source))).toEqual([]);
  });

  it('cuts long names at 35 characters, people given names first, none that starts another name', () => {
    const long = [
      entry('C1', 'TRANSCONTINENTAL PETROLEUM AND GAS TRADING COMPANY', [], 'entity'),
      entry('C2', 'NORTHERN MARITIME SHIPPING AND LOGISTICS SERVICES', [], 'entity'),
      entry('C3', 'NORTHERN MARITIME SHIPPING AND LOGISTICS HOLDINGS', [], 'entity'),
      entry('C4', 'ABDULRAHMANOVA, Gulnara Shamilevna Abdulkerimovna', []),
      entry('C5', 'SHORT NAME TRADING', [], 'entity'),
    ];
    const made = fromBothParts(long, 'cut_at_35');
    expect(made.map((q) => q.query).sort()).toEqual(
      ['Gulnara Shamilevna Abdulkerimovna A', 'TRANSCONTINENTAL PETROLEUM AND GAS '].sort(),
    );
    for (const q of made) expect(q.query.length).toBe(35);
  });

  it('pairs two lists only through a number shared by those two entries, and screens variants only', () => {
    const person = (list: string, id: string, name: string, ids: string[], aliases: string[] = []) => ({
      ...entry(id, name, aliases),
      list,
      identifiers: ids,
    });
    // Numbers chosen so that each pair falls on one side of the split, both entries alike.
    const pairs = SURNAMES.slice(0, 40).map((surname, k) => {
      const s = foldWords(surname).join('').toUpperCase();
      return [
        person('ofac', `O${k}`, `${s}OV, Viktar Uladzimiravich`, [`P${100000 + k}`]),
        person(
          'un',
          `U${k}`,
          `VIKTOR VLADIMIROVICH ${s}OFF`,
          [`P${100000 + k}`],
          [`${s}OV, Viktar Uladzimiravich`],
        ),
      ] as const;
    });
    const sameSide = pairs.filter(([o, u]) => splitOf(o) === splitOf(u));
    const across = pairs.length - sameSide.length;
    // A number three entries share links none of them; a name of another subject is not paired.
    const shared = [
      person('ofac', 'X1', 'ALEPH ONE', ['Z999999']),
      person('un', 'X2', 'ALEPH TWO', ['Z999999']),
      person('un', 'X3', 'ALEPH THREE', ['Z999999']),
    ];
    const lists: ListSnapshot[] = ['ofac', 'un'].map((name) => ({
      name,
      version: 'v',
      loaded_at: '2026-01-01T00:00:00.000Z',
      entries: [...pairs.flat(), ...shared].filter((e) => e.list === name),
    }));
    for (const split of ['tuning', 'test'] as const) {
      const set = crossListQueries(lists, split);
      const mine = sameSide.filter(([o]) => splitOf(o) === split);
      expect(set.pairs).toBe(mine.length);
      expect(set.acrossSplit).toBe(across);
      // OFAC's name is the UN's alias as written (both ways): counted, not screened; the UN's own
      // spelling is screened against OFAC's list.
      expect(set.same).toBe(2 * mine.length);
      expect(set.unrelated).toBe(0);
      expect(set.queries).toHaveLength(mine.length);
      for (const q of set.queries) {
        expect(splitOf(q.entry)).toBe(split);
        expect(q.target).toBe(q.entry.list);
        expect(q.from.list).not.toBe(q.entry.list);
        expect(q.from.identifiers).toEqual(q.entry.identifiers);
        expect(q.query).toMatch(/^VIKTOR VLADIMIROVICH \w+OFF$/);
        expect(q.target).toBe('ofac');
        expect(q.kind).toBe('spelling');
      }
    }
  });
});
