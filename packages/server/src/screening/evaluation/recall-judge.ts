/**
 * How recall counts a top hit. The right answer is the source entry, shown first or among the entries
 * of the top hit (the same subject on several lists is one hit: subjects.ts). Another entry at the top
 * counts only when it ties with the source entry's score and shares an identical listed name (primary
 * or strong alias) with it: the same person or company listed by both OFAC and the UN that the engine
 * could not link (no date of birth or document in common). The engine then says, correctly, that the
 * query is equally both, and which of the two comes first is the order of the lists. A different entry
 * that scores higher, or an equal score on an entry that shares no name, is a miss.
 */
import type { ListEntry } from '../types.ts';
import { nameKeys } from './name-keys.ts';

/** Built once over every list entry: it finds the entries that share a listed name (twins). */
export class RecallJudge {
  private readonly twins = new Map<string, Set<string>>();

  constructor(entries: ListEntry[]) {
    const byName = new Map<string, Set<string>>();
    for (const entry of entries) {
      const id = `${entry.list}:${entry.entry_id}`;
      const strong = entry.aliases.filter((a) => a.strength === 'strong').map((a) => a.name);
      for (const text of [entry.name, ...strong]) {
        for (const key of nameKeys(text, entry.type)) {
          if (!byName.has(key)) byName.set(key, new Set());
          byName.get(key)!.add(id);
        }
      }
    }
    for (const ids of byName.values()) {
      if (ids.size < 2) continue;
      for (const id of ids) {
        if (!this.twins.has(id)) this.twins.set(id, new Set());
        for (const other of ids) if (other !== id) this.twins.get(id)!.add(other);
      }
    }
  }

  /** Hits as `screen` returns them, best first (with a limit that keeps ties, e.g. 5). */
  correct(
    hits: { list: string; entry_id: string; score: number; entries?: { list: string; entry_id: string }[] }[],
    entry: ListEntry,
    threshold = 0,
  ): boolean {
    const top = hits[0];
    if (!top || top.score < threshold) return false;
    const source = `${entry.list}:${entry.entry_id}`;
    const key = (h: { list: string; entry_id: string }) => `${h.list}:${h.entry_id}`;
    if (key(top) === source || (top.entries ?? []).some((e) => key(e) === source)) return true;
    const own = hits.find((h) => `${h.list}:${h.entry_id}` === source);
    return own?.score === top.score && (this.twins.get(source)?.has(`${top.list}:${top.entry_id}`) ?? false);
  }

  /** Whether `correct` accepted a tie with a twin rather than the source entry; the bench counts them. */
  viaTwin(
    hits: { list: string; entry_id: string; score: number; entries?: { list: string; entry_id: string }[] }[],
    entry: ListEntry,
  ): boolean {
    const top = hits[0];
    const source = `${entry.list}:${entry.entry_id}`;
    const shown = [top, ...(top?.entries ?? [])].map((h) => h && `${h.list}:${h.entry_id}`);
    return !!top && !shown.includes(source) && this.correct(hits, entry);
  }
}
