/**
 * Leave-one-out alias queries: each strong alias of an entry is screened against the lists with that
 * alias taken out, and must find its own entry through the entry's other names. Only aliases that are
 * a variant of a name the entry keeps (closeness.ts: other spellings — the lists' own transliteration
 * pairs —, word order, spacing, given names left out or added) can be found by any engine; the others
 * (a different alias altogether, "ALEPH" for "AUM SHINRIKYO") are left out and counted. An alias that
 * another entry names at least as closely has no single right answer and is left out too.
 *
 * Aliases that leave out or add other words (a second surname, "GROUP", a name that is part of
 * another: "NAEEM, Muhammad" / "SHEIKH, Muhammad Naeem") are kept as their own class, `other_words`,
 * reported beside the recall goal but not in it: an ordinary name that happens to be part of a listed
 * one is exactly what the false-hit sets count as a false hit ("Javier Pérez" / "PÉREZ SANTORO,
 * Javier"), so an engine cannot be asked to find both.
 *
 * Aliases are spread over FOLDS groups so that a handful of screeners, not one per alias, cover them:
 * group f's lists lack every alias of group f. An entry's aliases go to different groups while there
 * are groups enough, and its primary name always stays, so each entry keeps a name in every group.
 */
import type { ListEntry, ListSnapshot } from '../../types.ts';
import { type Comparison, compareNames, compareWords, type VariantKind } from './closeness.ts';
import { foldWords } from './fold.ts';
import { headLetters } from './legal-forms.ts';
import { NameIndex } from './name-index.ts';
import { type Split, splitOf } from './split.ts';

export const FOLDS = 4;

export interface AliasQuery {
  query: string;
  entry: ListEntry;
  kind: VariantKind;
  /** The group whose lists lack this alias. */
  fold: number;
  /** The entry's remaining name it is a variant of. */
  nearest: string;
}

export interface AliasSet {
  queries: AliasQuery[];
  /** Strong aliases of the split's entries that are a variant of no remaining name of their entry. */
  unrelated: number;
  /** Aliases another entry names at least as closely. */
  ambiguous: number;
}

/**
 * An entry's name and strong aliases, the names this evaluation draws queries from: not weak aliases,
 * nor a name the list gives in its original script (`script`), which a typo model or a
 * transliteration pair says nothing about.
 */
export function strongNames(entry: ListEntry): string[] {
  return [entry.name, ...strongAliases(entry)];
}

function strongAliases(entry: ListEntry): string[] {
  return entry.aliases.filter((a) => a.strength === 'strong' && !a.script).map((a) => a.name);
}

function foldOffset(entry: ListEntry): number {
  let h = 7;
  for (const ch of entry.entry_id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % FOLDS;
}

export function aliasQueries(entries: ListEntry[], split: Split): AliasSet {
  const index = new NameIndex(entries);
  const queries: AliasQuery[] = [];
  let unrelated = 0;
  let ambiguous = 0;
  for (const entry of entries) {
    if (splitOf(entry) !== split) continue;
    const primary = foldWords(entry.name).join(' ');
    const strong = strongAliases(entry);
    const seen = new Set<string>([primary]);
    const candidates: { text: string; words: string[]; fold: number }[] = [];
    for (const alias of strong) {
      const words = foldWords(alias);
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ text: alias, words, fold: (foldOffset(entry) + candidates.length) % FOLDS });
    }
    for (const c of candidates) {
      const remaining = [entry.name, ...candidates.filter((o) => o.fold !== c.fold).map((o) => o.text)];
      const variant = variantOf(c.text, c.words, entry, remaining, index);
      if (variant === 'unrelated') unrelated++;
      else if (variant === 'ambiguous') ambiguous++;
      else queries.push({ query: c.text, entry, kind: variant.kind, fold: c.fold, nearest: variant.nearest });
    }
  }
  return { queries, unrelated, ambiguous };
}

/**
 * Whether `text` (folded to `words`) is a variant of one of `names`, the names `entry` has for it to
 * be found by: the closest such name and how it differs; 'unrelated' when it is a variant of none;
 * 'ambiguous' when another entry of `index` names it at least as closely, or has the same name but
 * for its legal form ("LIMITED LIABILITY COMPANY … TECHNOPROMEXPORT" beside "JOINT STOCK COMPANY …
 * TECHNOPROMEXPORT").
 */
export function variantOf(
  text: string,
  words: string[],
  entry: ListEntry,
  names: string[],
  index: NameIndex,
): { kind: VariantKind; nearest: string } | 'unrelated' | 'ambiguous' {
  const best = names
    .map((name) => ({ name, cmp: compareNames(text, name) }))
    .filter((r): r is { name: string; cmp: Required<Comparison> } => r.cmp.kind !== undefined)
    .sort((x, y) => y.cmp.closeness - x.cmp.closeness)[0];
  if (!best) return 'unrelated';
  const rival = index
    .near(words)
    .some(
      (n) =>
        n.entry !== entry &&
        (compareWords(words, n.words).closeness >= best.cmp.closeness ||
          headLetters(n.text) === headLetters(text)),
    );
  return rival ? 'ambiguous' : { kind: best.cmp.kind, nearest: best.name };
}

/** The lists with every alias of one group taken out of its entry (and its same-word duplicates). */
export function listsWithout(lists: ListSnapshot[], queries: AliasQuery[], fold: number): ListSnapshot[] {
  const out = new Map<ListEntry, Set<string>>();
  for (const q of queries) {
    if (q.fold !== fold) continue;
    if (!out.has(q.entry)) out.set(q.entry, new Set());
    out.get(q.entry)!.add(foldWords(q.query).join(' '));
  }
  return lists.map((l) => ({
    ...l,
    entries: l.entries.map((e) => {
      const gone = out.get(e);
      if (!gone) return e;
      return { ...e, aliases: e.aliases.filter((a) => !gone.has(foldWords(a.name).join(' '))) };
    }),
  }));
}
