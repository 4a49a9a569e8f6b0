/**
 * Cross-list queries: the same subject as two lists write it. OFAC and the UN transcribe names on
 * their own, years apart (OFAC's `QADHAFI, Ayesha` is the UN's `AISHA MUAMMAR MUHAMMED ABU MINYAR
 * QADHAFI`), so each list's names, screened against the other list alone, must find the other list's
 * entry: real transliteration pairs that no list states as aliases of each other.
 *
 * Two entries are the same subject here only when they share a document or registration number
 * (lists/identifiers.ts) that links exactly one entry on each list, never by name or date of birth:
 * linking by name would keep only the pairs a name matcher already finds, and of the 618 OFAC / UN
 * entry pairs with the same full date of birth about a hundred and twenty share it by chance (as many
 * pairs, 92 to 143, have dates one to thirty days apart). A pair counts on a side of the split only when
 * both entries fall on it (split.ts); pairs across the split are left out and counted.
 *
 * As for aliases (alias-queries.ts), a name is used only when it is a variant of a name the other
 * entry has (closeness.ts) and no other entry of that list names it as closely; names written the
 * same way on both lists are counted, not screened (they test nothing but exact lookup).
 */
import type { ListEntry, ListSnapshot } from '../../types.ts';
import { strongNames, variantOf } from './alias-queries.ts';
import type { VariantKind } from './closeness.ts';
import { foldWords } from './fold.ts';
import { NameIndex } from './name-index.ts';
import { type Split, splitOf } from './split.ts';

export interface CrossListQuery {
  /** One of `from`'s names, screened against `target` alone. */
  query: string;
  from: ListEntry;
  /** The entry it must find: the same subject on the other list. */
  entry: ListEntry;
  /** The list to screen against (`entry.list`). */
  target: string;
  kind: VariantKind;
  /** The name of `entry` the query is a variant of. */
  nearest: string;
}

export interface CrossListSet {
  queries: CrossListQuery[];
  /** Linked pairs with both entries on this side. */
  pairs: number;
  /** Linked pairs with one entry on each side of the split (used by neither side). */
  acrossSplit: number;
  /** Names the other list writes the same way. */
  same: number;
  /** Names that are a variant of no name of the other entry. */
  unrelated: number;
  /** Names another entry of the target list names at least as closely. */
  ambiguous: number;
}

/** Pairs of same-type entries on two different lists linked by a number that links no other entry. */
function linkedPairs(lists: ListSnapshot[]): [ListEntry, ListEntry][] {
  const byId = new Map<string, ListEntry[]>();
  for (const list of lists)
    for (const e of list.entries)
      for (const id of e.identifiers ?? []) {
        const holders = byId.get(id);
        if (holders) holders.push(e);
        else byId.set(id, [e]);
      }
  const pairs = new Map<string, [ListEntry, ListEntry]>();
  for (const holders of byId.values()) {
    if (holders.length !== 2) continue;
    const [a, b] = holders as [ListEntry, ListEntry];
    if (a.list === b.list || a.type !== b.type) continue;
    pairs.set(`${a.list}:${a.entry_id}|${b.list}:${b.entry_id}`, [a, b]);
  }
  return [...pairs.values()];
}

export function crossListQueries(lists: ListSnapshot[], split: Split): CrossListSet {
  const indexes = new Map(lists.map((l) => [l.name, new NameIndex(l.entries)]));
  const set: CrossListSet = { queries: [], pairs: 0, acrossSplit: 0, same: 0, unrelated: 0, ambiguous: 0 };
  for (const [a, b] of linkedPairs(lists)) {
    if (splitOf(a) !== splitOf(b)) {
      set.acrossSplit++;
      continue;
    }
    if (splitOf(a) !== split) continue;
    set.pairs++;
    for (const [from, entry] of [
      [a, b],
      [b, a],
    ] as const) {
      const targets = strongNames(entry);
      const written = new Set(targets.map((t) => foldWords(t).join(' ')));
      const seen = new Set<string>();
      for (const query of strongNames(from)) {
        const words = foldWords(query);
        const key = words.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        if (written.has(key)) {
          set.same++;
          continue;
        }
        const variant = variantOf(query, words, entry, targets, indexes.get(entry.list)!);
        if (variant === 'unrelated') set.unrelated++;
        else if (variant === 'ambiguous') set.ambiguous++;
        else set.queries.push({ query, from, entry, target: entry.list, ...variant });
      }
    }
  }
  return set;
}
