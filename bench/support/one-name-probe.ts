/**
 * A probe of the independent evaluation's TUNING entries that is harder than leaving one alias out
 * (`bench/screening-tuning-misses.ts --one-name`): in round r each tuning entry with two names or
 * more keeps only its r-th distinct strong name (its weak aliases and original-script names stay),
 * and each of its other strong names is screened against those lists and must find it. A query is
 * kept as the evaluation keeps an alias (alias-queries.ts `variantOf`): a variant of the kept name —
 * other spelling, word order, spacing, given names — that no other entry names at least as closely;
 * the others are left out. Test entries are never queried (their names stay as listed).
 */
import {
  strongNames,
  variantOf,
} from '../../packages/server/src/screening/evaluation/independent/alias-queries.ts';
import type { VariantKind } from '../../packages/server/src/screening/evaluation/independent/closeness.ts';
import { foldWords } from '../../packages/server/src/screening/evaluation/independent/fold.ts';
import { NameIndex } from '../../packages/server/src/screening/evaluation/independent/name-index.ts';
import { splitOf } from '../../packages/server/src/screening/evaluation/independent/split.ts';
import type { ListEntry, ListSnapshot } from '../../packages/server/src/screening/types.ts';

export interface OneNameQuery {
  query: string;
  /** The entry as the round's lists hold it (its kept name only). */
  entry: ListEntry;
  kind: VariantKind;
  kept: string;
}

export interface OneNameRound {
  lists: ListSnapshot[];
  queries: OneNameQuery[];
}

const key = (name: string) => foldWords(name).join(' ');

/** Round `round` of the probe: the lists with each tuning entry down to one name, and the queries. */
export function oneNameRound(lists: ListSnapshot[], round: number, index: NameIndex): OneNameRound {
  const queries: OneNameQuery[] = [];
  const reduced = new Map<ListEntry, ListEntry>();
  for (const entry of lists.flatMap((l) => l.entries)) {
    if (splitOf(entry) !== 'tuning') continue;
    const seen = new Set<string>();
    const names = strongNames(entry).filter((n) => !seen.has(key(n)) && seen.add(key(n)));
    if (names.length < 2 || round >= names.length) continue;
    const kept = names[round]!;
    const one: ListEntry = {
      ...entry,
      name: kept,
      aliases: entry.aliases.filter(
        (a) => (a.strength !== 'strong' || a.script) && key(a.name) !== key(kept),
      ),
    };
    reduced.set(entry, one);
    for (const query of names) {
      if (query === kept) continue;
      const variant = variantOf(query, foldWords(query), entry, [kept], index);
      if (variant !== 'unrelated' && variant !== 'ambiguous')
        queries.push({ query, entry: one, kind: variant.kind, kept });
    }
  }
  return {
    lists: lists.map((l) => ({ ...l, entries: l.entries.map((e) => reduced.get(e) ?? e) })),
    queries,
  };
}

/** The index `variantOf` checks rival entries in: every entry of the full lists. */
export function probeIndex(lists: ListSnapshot[]): NameIndex {
  return new NameIndex(lists.flatMap((l) => l.entries));
}
