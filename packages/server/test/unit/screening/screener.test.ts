import { beforeAll, describe, expect, it } from 'vitest';
import { ordinaryNames, perturbedQueries } from '../../../src/screening/evaluation/index.ts';
import { DEFAULT_THRESHOLD, loadLists, referenceSources, Screener } from '../../../src/screening/index.ts';

let screener: Screener;

beforeAll(async () => {
  screener = new Screener(await loadLists([...referenceSources(), { list: 'sandbox' }]));
});

describe('Screener', () => {
  it('finds a listed person by name in SURNAME, Given and Given SURNAME order on both lists', () => {
    for (const name of ['Eric Badege', 'BADEGE, Eric']) {
      const hits = screener.screen({ name });
      expect(hits.map((h) => `${h.list}:${h.entry_id}`)).toEqual(
        expect.arrayContaining(['ofac_sdn:15718', 'un_consolidated:6907993']),
      );
      expect(hits[0]!.score).toBe(1);
    }
  });

  it('finds an entry by an alias and says which alias matched', () => {
    const [hit] = screener.screen({ name: 'National Bank of Cuba' });
    expect(hit).toMatchObject({ list: 'ofac_sdn', entry_id: '306', name: 'BANCO NACIONAL DE CUBA' });
    expect(hit!.matched_name).toBe('NATIONAL BANK OF CUBA');
    expect(hit!.explanation).toContain('aka alias "NATIONAL BANK OF CUBA"');
  });

  it('matches spelling variants, typos and a missing middle name, and explains the tokens', () => {
    const [variant] = screener.screen({ name: 'Mohamed Hussein Fadlallah' });
    expect(variant).toMatchObject({ list: 'ofac_sdn', entry_id: '2679' });
    expect(variant!.explanation).toContain('"mohamed" as a spelling variant of "muhammad"');
    const [typo] = screener.screen({ name: 'Frank Kakolere Bwambale' });
    expect(typo).toMatchObject({ list: 'un_consolidated', entry_id: '6907994' });
    expect(typo!.explanation).toMatch(/"kakolere" ≈ "kakolele" \(0\.\d\d\)/);
    const [partial] = screener.screen({ name: 'Frank Bwambale' });
    expect(partial).toMatchObject({ list: 'un_consolidated', entry_id: '6907994' });
    expect(partial!.score).toBeLessThan(1);
  });

  it('raises the score for a matching date of birth and country and lowers it for a different one', () => {
    const name = 'Erik Badeges';
    const score = (q: object) =>
      screener.screen({ name, ...q }, { threshold: 0.5 }).find((h) => h.entry_id === '6907993')!.score;
    const plain = score({});
    expect(score({ birth_date: '1971' })).toBeGreaterThan(plain);
    expect(score({ birth_date: '1990-04-02' })).toBeLessThan(plain);
    expect(score({ country: 'CD' })).toBeGreaterThan(plain);
    expect(score({ country: 'Norway' })).toBeLessThan(plain);
    const hit = screener
      .screen({ name, birth_date: '1990-04-02' }, { threshold: 0.5 })
      .find((h) => h.entry_id === '6907993')!;
    expect(hit.explanation).toContain('date of birth differs');
  });

  it('hits the documented sandbox names and not an ordinary one', () => {
    expect(screener.screen({ name: 'Sandy Sanctioned' })[0]).toMatchObject({
      list: 'sandbox',
      entry_id: 'SBX-0001',
    });
    expect(screener.screen({ name: 'Ivan Sandboxoff' })[0]).toMatchObject({
      list: 'sandbox',
      entry_id: 'SBX-0002',
    });
    expect(screener.screen({ name: 'Acme Sanctioned Trading', type: 'entity' })[0]).toMatchObject({
      entry_id: 'SBX-0101',
    });
    expect(screener.screen({ name: 'Jane Doe' })).toEqual([]);
  });

  it('matches a name whose short segments are written together or apart', () => {
    const [joined] = screener.screen({ name: 'Khaled ALZUBAIDI' });
    expect(joined).toMatchObject({ list: 'ofac_sdn', entry_id: '29026', score: 1 });
    expect(joined!.matched_name).toBe('AL-ZUBAIDI, Khaled');
    expect(screener.screen({ name: 'EX301' })[0]).toMatchObject({ entry_id: '15437', score: 1 });
    expect(screener.screen({ name: 'EX3-01' })[0]).toMatchObject({ entry_id: '15437', score: 1 });
  });

  it('does not hit a name that is only a near miss on every token', () => {
    // Hansen ≈ Hasan and Amara ≈ Ammar, Kaya ≈ Knaya and Linh ≈ Lina: two other people.
    expect(screener.screen({ name: 'Amara Hansen' })).toEqual([]);
    expect(screener.screen({ name: 'Linh Kaya' })).toEqual([]);
    const near = screener.screen({ name: 'Amara Hansen' }, { threshold: 0.5 })[0]!;
    expect(near.score).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('keeps individuals and entities apart when the query says which it is', () => {
    expect(screener.screen({ name: 'Banco Nacional de Cuba', type: 'individual' })).toEqual([]);
    expect(screener.screen({ name: 'Eric Badege', type: 'entity' })).toEqual([]);
  });

  it('returns the same hits with the index as brute force on a sample of queries', () => {
    const queries = perturbedQueries(screener.entries, 20, 3).map((q) => q.query);
    for (const name of [...queries, 'Ahmed Hassan', 'Maria Garcia']) {
      const fast = screener.screen({ name }, { threshold: 0.8, limit: 5 });
      const slow = screener.bruteForce({ name }, { threshold: 0.8, limit: 5 });
      expect(fast.map((h) => [h.entry_id, h.score])).toEqual(slow.map((h) => [h.entry_id, h.score]));
    }
  }, 120_000);

  // Regression guards just under the level measured on these small sets (seed 11: top-1 by entry id
  // alone, without the bench's tie rule for the same subject on both lists; seed 99: ordinary names).
  // The bench measures the goals on the full test set: 99.77 % recall, 0 % false hits.
  it('finds the source entry of perturbed list names as the top hit', () => {
    const queries = perturbedQueries(screener.entries, 300, 11);
    const found = queries.filter(
      (q) => screener.screen({ name: q.query }, { limit: 1 })[0]?.entry_id === q.entry.entry_id,
    );
    expect(found.length / queries.length).toBeGreaterThanOrEqual(0.97);
  });

  it('produces no hit for ordinary names at the default threshold', () => {
    const names = ordinaryNames(screener.entries, 400, 99);
    expect(names.length).toBe(400);
    const hits = names.filter((name) => screener.screen({ name }).length > 0);
    expect(hits.length / names.length).toBeLessThanOrEqual(0.005);
    expect(DEFAULT_THRESHOLD).toBeGreaterThan(0.8);
  });
});
