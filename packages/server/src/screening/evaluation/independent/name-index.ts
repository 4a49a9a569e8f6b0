/**
 * Every listed name by its folded words, looked up by word beginnings and endings: how the
 * independent evaluation finds the names that could be as close to a query as its source (blocking,
 * so that it need not compare each query with every name).
 */
import type { ListEntry } from '../../types.ts';
import { foldWords } from './fold.ts';

export interface Named {
  entry: ListEntry;
  text: string;
  words: string[];
}

export class NameIndex {
  private readonly byKey = new Map<string, Named[]>();

  constructor(entries: ListEntry[]) {
    for (const entry of entries) {
      for (const text of [entry.name, ...entry.aliases.map((a) => a.name)]) {
        const named = { entry, text, words: foldWords(text) };
        for (const key of new Set(named.words.flatMap(keysOf))) {
          if (!this.byKey.has(key)) this.byKey.set(key, []);
          this.byKey.get(key)!.push(named);
        }
      }
    }
  }

  /**
   * Names that share a word beginning or ending with at least half of these words (a name as close
   * as a variant pairs most words, and paired words nearly always share one or the other); keys
   * shared by very many names are skipped.
   */
  near(words: string[]): Named[] {
    const hits = new Map<Named, number>();
    const keyed = words.filter((w) => keysOf(w).length > 0);
    for (const w of keyed) {
      const seen = new Set<Named>();
      for (const key of keysOf(w)) {
        const list = this.byKey.get(key) ?? [];
        if (list.length > 4000) continue;
        for (const n of list) seen.add(n);
      }
      for (const n of seen) hits.set(n, (hits.get(n) ?? 0) + 1);
    }
    const need = Math.max(1, Math.ceil(keyed.length / 2));
    return [...hits].filter(([, c]) => c >= need).map(([n]) => n);
  }
}

const keysOf = (w: string) => (w.length < 3 ? [] : [`<${w.slice(0, 3)}`, `>${w.slice(-3)}`]);
